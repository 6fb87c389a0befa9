// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.participation.api.ActorId;
import se.participation.api.Authorship;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ChecklistQuestion;
import se.participation.api.Consent;
import se.participation.api.ContactDetails;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.LineageStep;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.Part;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipantRole;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.Proposal;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.ProposalStatus;
import se.participation.api.QuestionId;
import se.participation.api.TargetGroupId;
import se.participation.api.event.Event;
import se.participation.api.event.EventContext;
import se.participation.testkit.Pilot;

/** Records of growing size built on the pilot: n participants, 10 n proposals, and their events. */
final class Records {
  static final Instant T = Instant.parse("2021-01-01T00:00:00Z");

  private Records() {}

  /** The pilot after its meetings, grown by n participants who attended and 10 n proposals. */
  static ParticipationProcess carryingOut(int n) {
    return grow(Pilot.afterMeetings(), n, ProposalStatus.SUBMITTED);
  }

  /** The evaluated pilot grown by n participants and 10 n settled proposals, fed back. */
  static ParticipationProcess evaluated(int n) {
    return grow(Pilot.evaluated(), n, ProposalStatus.DROPPED);
  }

  private static ParticipationProcess grow(ParticipationProcess base, int n, ProposalStatus status) {
    ParticipationProcess.Builder b = ParticipationProcess.builder().from(base);
    List<TargetGroupId> groups = List.of(Pilot.RESIDENTS, Pilot.ASSOCIATIONS);
    Set<ParticipantId> attendance = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      ParticipantId id = ParticipantId.of("x" + i);
      b.putParticipant(id, Participant.builder().id(id).role(ParticipantRole.RESIDENT).addTargetGroup(groups.get(i % 2))
          .consent(new Consent(T, "f")).build());
      b.putContact(id, ContactDetails.builder().participant(id).email("x" + i + "@e.se").build());
      attendance.add(id);
    }
    Meeting first = base.meeting(Pilot.FIRST_MEETING).orElseThrow();
    b.putMeeting(MeetingId.of("stor"), Meeting.builder().from(first).id(MeetingId.of("stor")).attendance(attendance)
        .documentation(List.of(new Documentation(DocumentationKind.TEXT, "stor.txt", "Anteckningar"))).build());
    for (int i = 0; i < 10 * n; i++) {
      ProposalId id = ProposalId.of("y" + i);
      LineageStep.Builder step = LineageStep.builder().status(status).actor(ActorId.of("a")).at(T);
      if (status == ProposalStatus.DROPPED) {
        step.reason("r");
      }
      b.putProposal(id, Proposal.builder().id(id).text("t").kind(ProposalKind.GOAL)
          .authorship(Authorship.named(ParticipantId.of("x" + (i % n)))).measurement("m").addQuestion(QuestionId.of("mal"))
          .addLineage(step.build()).build());
    }
    if (n > 0) {
      b.addFeedback(FeedbackDelivery.builder().id(FeedbackId.of("stor")).audience(FeedbackAudience.PARTICIPANTS)
          .participants(attendance).channel("e-post").at(T).content("c").build());
    }
    return b.build();
  }

  /** A valid history of about {@code size} events: registrations, then proposals. */
  static List<Event> history(int size) {
    ProcessId id = ProcessId.of("replay");
    List<Event> events = new ArrayList<>(size);
    ActorId actor = ActorId.of("a");
    long[] version = {0};
    java.util.function.Supplier<EventContext> next = () -> new EventContext(id, ++version[0], actor, T);
    events.add(new Event.ProcessStarted(next.get(), "Replay", "Q", EngagementLevel.RESONEMANG));
    for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
      events.add(new Event.DecisionQuestionAnswered(next.get(),
          ChecklistAnswer.builder().question(q).yes(true).answeredBy(actor).answeredAt(T).build()));
    }
    events.add(new Event.DialogueApproved(next.get()));
    events.add(new Event.PlanRecorded(next.get(), Pilot.plan()));
    int participants = Math.max(1, (size - 12) / 4);
    for (int i = 0; i < participants; i++) {
      ParticipantId p = ParticipantId.of("p" + i);
      events.add(new Event.ParticipantRegistered(next.get(), Participant.builder().id(p).role(ParticipantRole.RESIDENT)
          .addTargetGroup(Pilot.RESIDENTS).build(), Optional.empty()));
    }
    events.add(new Event.PlanApproved(next.get()));
    for (int i = 0; events.size() < size; i++) {
      events.add(new Event.ProposalSubmitted(next.get(), ProposalDraft.builder().id(ProposalId.of("f" + i)).text("t")
          .authorship(Authorship.named(ParticipantId.of("p" + (i % participants)))).build()));
    }
    return events;
  }

  /** The part after a part, as the floor computes it. */
  static Part next(Part part) {
    return part.next().orElse(part);
  }
}
