// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.participation.api.ChecklistAnswer;
import se.participation.api.ContactDetails;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackDelivery;
import se.participation.api.Lesson;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Participant;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.Plan;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.event.Event;
import se.participation.json.ProcessDocument;
import se.participation.json.ProcessDocument.Action;
import se.participation.json.ProcessDocument.LineageEntry;

/** Writes an event history down as a process document, as a person would have written it. */
public final class DocumentExporter {
  private DocumentExporter() {}

  /** The document of a history; judging it reaches a process with the same content. */
  public static ProcessDocument export(List<Event> history, ParticipationProcess process) {
    ProcessDocument.@Nullable Metadata metadata = null;
    List<ChecklistAnswer> answers = new ArrayList<>();
    Optional<ProcessDocument.Decision> decision = Optional.empty();
    Optional<Plan> plan = Optional.empty();
    Optional<Instant> approved = Optional.empty();
    Map<ParticipantId, Participant> participants = new LinkedHashMap<>();
    Map<ParticipantId, ContactDetails> contacts = new LinkedHashMap<>();
    Map<ProposalId, ProposalDraft> proposals = new LinkedHashMap<>();
    Map<OffTopicId, OffTopicMatter> matters = new LinkedHashMap<>();
    List<LineageEntry> lineage = new ArrayList<>();
    List<FeedbackDelivery> feedback = new ArrayList<>();
    List<EvaluationAnswer> evaluationAnswers = new ArrayList<>();
    List<Lesson> lessons = new ArrayList<>();
    List<ProcessDocument.NotDocumented> undocumented = new ArrayList<>();
    List<se.participation.api.Tally> tallies = new ArrayList<>();
    Optional<se.participation.api.Mandate> mandate = Optional.empty();
    Map<se.participation.api.ActorId, java.util.Set<se.participation.api.ActorRole>> grants = new java.util.LinkedHashMap<>();
    Optional<Instant> closed = Optional.empty();
    for (Event event : history) {
      Instant at = event.context().at();
      if (event instanceof Event.ProcessStarted e) {
        metadata = new ProcessDocument.Metadata(e.context().process(), e.title(), e.question(), e.intendedLevel(), e.context().actor(), at);
      } else if (event instanceof Event.DecisionQuestionAnswered e) {
        answers.add(e.answer());
      } else if (event instanceof Event.DialogueApproved) {
        decision = Optional.of(new ProcessDocument.Decision(ProcessDocument.Choice.DIALOGUE, at, Optional.empty()));
      } else if (event instanceof Event.ContinuedWithoutDialogue e) {
        decision = Optional.of(new ProcessDocument.Decision(ProcessDocument.Choice.valueOf(e.level().name()), at, Optional.of(e.reason())));
      } else if (event instanceof Event.ProcessWithdrawn e) {
        decision = Optional.of(new ProcessDocument.Decision(ProcessDocument.Choice.WITHDRAWN, at, Optional.of(e.reason())));
      } else if (event instanceof Event.PlanRecorded e) {
        plan = Optional.of(e.plan());
      } else if (event instanceof Event.PlanApproved) {
        approved = Optional.of(at);
      } else if (event instanceof Event.ParticipantRegistered e) {
        participants.put(e.participant().id(), e.participant());
        e.contact().ifPresent(c -> contacts.put(c.participant(), c));
      } else if (event instanceof Event.ProposalSubmitted e) {
        proposals.put(e.proposal().id(), e.proposal());
      } else if (event instanceof Event.MeasurementProposed e) {
        ProposalDraft draft = proposals.get(e.proposal());
        if (draft != null) {
          proposals.put(e.proposal(), ProposalDraft.builder().from(draft).measurement(e.measurement()).build());
        } else {
          lineage.replaceAll(entry -> entry.adapted().filter(a -> a.id().equals(e.proposal()))
              .map(a -> new LineageEntry(entry.action(), entry.at(), entry.by(), entry.proposals(), entry.rejected(),
                  entry.into(), Optional.of(ProposalDraft.builder().from(a).measurement(e.measurement()).build()), entry.reason(),
                  entry.body(), entry.recipient(), entry.residents()))
              .orElse(entry));
        }
      } else if (event instanceof Event.OffTopicMatterRecorded e) {
        matters.put(e.matter().id(), e.matter());
      } else if (event instanceof Event.OffTopicMatterRouted e) {
        OffTopicMatter matter = matters.get(e.matter());
        if (matter != null) {
          matters.put(e.matter(), OffTopicMatter.builder().from(matter).routedTo(e.routedTo()).build());
        }
      } else if (event instanceof Event.ProposalsShortlisted e) {
        lineage.add(entry(Action.SHORTLIST, event, e.proposals(), Set.of(), Optional.empty(), Optional.empty(), e.reason()));
      } else if (event instanceof Event.ProposalsMerged e) {
        lineage.add(entry(Action.MERGE, event, e.merged(), Set.of(), Optional.of(e.into()), Optional.empty(), Optional.of(e.reason())));
      } else if (event instanceof Event.ProposalDropped e) {
        lineage.add(entry(Action.DROP, event, Set.of(e.proposal()), Set.of(), Optional.empty(), Optional.empty(), Optional.of(e.reason())));
      } else if (event instanceof Event.ProposalsAdapted e) {
        lineage.add(entry(Action.ADAPT, event, e.originals(), Set.of(), Optional.empty(), Optional.of(e.adapted()), Optional.of(e.reason())));
      } else if (event instanceof Event.CommitteeDecided e) {
        lineage.add(withBody(entry(Action.COMMITTEE, event, e.approved(), e.declined(), Optional.empty(), Optional.empty(), Optional.of(e.reason())), e.body()));
      } else if (event instanceof Event.ProposedToCouncil e) {
        lineage.add(entry(Action.TO_COUNCIL, event, e.proposals(), Set.of(), Optional.empty(), Optional.empty(), Optional.of(e.reason())));
      } else if (event instanceof Event.SentBackForRework e) {
        lineage.add(entry(Action.SEND_BACK, event, e.proposals(), Set.of(), Optional.empty(), Optional.empty(), Optional.of(e.reason())));
      } else if (event instanceof Event.CouncilDecided e) {
        lineage.add(withBody(entry(Action.COUNCIL, event, e.adopted(), e.notAdopted(), Optional.empty(), Optional.empty(), Optional.of(e.reason())), e.body()));
      } else if (event instanceof Event.ProposalsHandedOver e) {
        lineage.add(new LineageEntry(Action.HAND_OVER, event.context().at(), Optional.of(event.context().actor()), e.proposals(),
            Set.of(), Optional.empty(), Optional.empty(), Optional.of(e.reason()), Optional.empty(), Optional.of(e.recipient()), Set.of()));
      } else if (event instanceof Event.DecidedWithResidents e) {
        lineage.add(new LineageEntry(Action.CO_DECIDE, event.context().at(), Optional.of(event.context().actor()), e.approved(),
            e.declined(), Optional.empty(), Optional.empty(), Optional.of(e.how()), Optional.empty(), Optional.empty(), e.residents()));
      } else if (event instanceof Event.RoleGranted e) {
        // A document declares every role an actor held; revocations live in histories.
        grants.computeIfAbsent(e.actor(), a -> java.util.EnumSet.noneOf(se.participation.api.ActorRole.class)).add(e.role());
      } else if (event instanceof Event.MandateRecorded e) {
        mandate = Optional.of(e.mandate());
      } else if (event instanceof Event.FeedbackDelivered e) {
        feedback.add(e.delivery());
      } else if (event instanceof Event.EvaluationAnswerRecorded e) {
        evaluationAnswers.add(e.answer());
      } else if (event instanceof Event.LessonRecorded e) {
        lessons.add(new Lesson(e.text(), e.context().actor(), at));
      } else if (event instanceof Event.ProcessClosed) {
        closed = Optional.of(at);
      } else if (event instanceof Event.TallyRecorded e) {
        tallies.add(e.tally());
      } else if (event instanceof Event.MarkedUndocumented e) {
        undocumented.removeIf(u -> u.question() == e.question());
        undocumented.add(new ProcessDocument.NotDocumented(e.question(), e.note()));
      } else if (event instanceof Event.ParticipantDataErased e) {
        contacts.remove(e.participant());
        Participant participant = participants.get(e.participant());
        if (participant != null) {
          participants.put(e.participant(), Participant.builder().from(participant).pseudonym(Optional.empty())
              .consent(Optional.empty()).erased(true).build());
        }
      }
    }
    if (metadata == null) {
      throw new IllegalArgumentException("the history has no ProcessStarted event");
    }
    List<ProcessDocument.Registration> registrations = new ArrayList<>();
    participants.forEach((id, p) -> registrations.add(new ProcessDocument.Registration(p, Optional.ofNullable(contacts.get(id)))));
    Map<MeetingId, se.participation.api.Meeting> meetings = process.meetings();
    return new ProcessDocument(DocumentCodec.SCHEMA_VERSION, metadata, answers, decision, plan, approved, registrations,
        List.copyOf(meetings.values()), List.copyOf(proposals.values()), List.copyOf(matters.values()), lineage, feedback,
        evaluationAnswers, lessons, closed, undocumented, tallies, mandate,
        grants.entrySet().stream().map(g -> new ProcessDocument.ActorGrant(g.getKey(), g.getValue())).toList(),
        List.copyOf(process.sortitions().values()));
  }

  private static LineageEntry entry(Action action, Event event, Set<ProposalId> proposals, Set<ProposalId> rejected,
      Optional<ProposalId> into, Optional<ProposalDraft> adapted, Optional<String> reason) {
    return new LineageEntry(action, event.context().at(), Optional.of(event.context().actor()), proposals, rejected, into, adapted, reason,
        Optional.empty(), Optional.empty(), Set.of());
  }

  private static LineageEntry withBody(LineageEntry entry, Optional<String> body) {
    return new LineageEntry(entry.action(), entry.at(), entry.by(), entry.proposals(), entry.rejected(), entry.into(),
        entry.adapted(), entry.reason(), body, entry.recipient(), entry.residents());
  }
}
