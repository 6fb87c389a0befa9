// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.Authorship;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackAudience;
import se.participation.api.GroupId;
import se.participation.api.MeetingId;
import se.participation.api.OffTopicId;
import se.participation.api.ParticipantId;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.ProposalKind;
import se.participation.api.QuestionId;
import se.participation.api.SmallGroup;
import se.participation.api.Tally;
import se.participation.api.TallyKind;
import se.participation.api.TargetGroupId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;

/**
 * A command that names what the process does not hold (a participant never registered, a proposal
 * that does not exist or is in the wrong state, a meeting or question not in the plan, an empty
 * decision) is refused with a reason naming the field and the value, and changes nothing: the
 * record never holds a reference to nothing.
 */
class RefusedInputTest {
  private static final ParticipantId STRANGER = ParticipantId.of("okand");
  private static final ProposalId NOWHERE = ProposalId.of("finns-inte");
  private static final ProposalId PR1 = ProposalId.of("pr1");
  private static final ProposalId PR3 = ProposalId.of("pr3");
  private static final MeetingId NO_MEETING = MeetingId.of("inget-mote");
  private static final QuestionId NO_QUESTION = QuestionId.of("ingen-fraga");

  private static ProposalDraft.Builder draft(String id) {
    return ProposalDraft.builder().id(ProposalId.of(id)).text("Ett förslag").kind(ProposalKind.GOAL)
        .authorship(Authorship.anonymous("förslagslåda"));
  }

  private static Arguments refused(String what, Supplier<Scenario> state, Actor actor,
      Function<CommandContext, Command> command, String field, String value) {
    return Arguments.of(what, state, actor, command, field, value);
  }

  static Stream<Arguments> cases() {
    Supplier<Scenario> planned = () -> new Scenario().planned();
    Supplier<Scenario> approved = () -> new Scenario().planned().run(Scenario.OWNER, Command.ApprovePlan::new);
    Supplier<Scenario> carriedOut = () -> new Scenario().carriedOut();
    Supplier<Scenario> inFeedback = () -> new Scenario().carriedOut().run(Scenario.OWNER, Command.AdvancePart::new);
    Supplier<Scenario> fedBack = () -> new Scenario().fedBack();
    Actor facilitator = Scenario.FACILITATOR;
    return Stream.of(
        refused("attendance of someone never registered", approved, facilitator,
            c -> new Command.HoldMeeting(c, Scenario.M1, Set.of(Scenario.P1, STRANGER), Set.of(), List.of()),
            "attendance", "okand"),
        refused("a question discussed that the plan does not hold", approved, facilitator,
            c -> new Command.HoldMeeting(c, Scenario.M1, Set.of(Scenario.P1), Set.of(NO_QUESTION), List.of()),
            "questionsDiscussed", "ingen-fraga"),
        refused("holding a meeting never scheduled", approved, facilitator,
            c -> new Command.HoldMeeting(c, NO_MEETING, Set.of(Scenario.P1), Set.of(), List.of()),
            "meeting", "inget-mote"),
        refused("holding a meeting twice", carriedOut, facilitator,
            c -> new Command.HoldMeeting(c, Scenario.M1, Set.of(Scenario.P1), Set.of(), List.of()),
            "meeting", "m1"),
        refused("a small group at a meeting never scheduled", carriedOut, facilitator,
            c -> new Command.FormSmallGroups(c, NO_MEETING, List.of(new SmallGroup(GroupId.of("g9"), Set.of(Scenario.P1)))),
            "meeting", "inget-mote"),
        refused("a small group formed twice", carriedOut, facilitator,
            c -> new Command.FormSmallGroups(c, Scenario.M1, List.of(new SmallGroup(GroupId.of("g1"), Set.of(Scenario.P1)))),
            "groups", "g1"),
        refused("a small group with a member never registered", carriedOut, facilitator,
            c -> new Command.FormSmallGroups(c, Scenario.M1, List.of(new SmallGroup(GroupId.of("g2"), Set.of(STRANGER)))),
            "groups[g2].members", "okand"),
        refused("a proposal by an author never registered", carriedOut, facilitator,
            c -> new Command.SubmitProposal(c, draft("pr9").authorship(Authorship.named(STRANGER)).build()),
            "proposal.authorship.authors", "okand"),
        refused("a proposal with an id already used", carriedOut, facilitator,
            c -> new Command.SubmitProposal(c, draft("pr1").build()),
            "proposal.id", "pr1"),
        refused("a proposal answering a question not in the plan", carriedOut, facilitator,
            c -> new Command.SubmitProposal(c, draft("pr9").addQuestion(NO_QUESTION).build()),
            "proposal.questions", "ingen-fraga"),
        refused("a proposal from a meeting never scheduled", carriedOut, facilitator,
            c -> new Command.SubmitProposal(c, draft("pr9").originMeeting(NO_MEETING).build()),
            "proposal.originMeeting", "inget-mote"),
        refused("a proposal from a small group not at its meeting", carriedOut, facilitator,
            c -> new Command.SubmitProposal(c, draft("pr9").originMeeting(Scenario.M1).originGroup(GroupId.of("g7")).build()),
            "proposal.originGroup", "g7"),
        refused("a measurement for a proposal that does not exist", carriedOut, facilitator,
            c -> new Command.ProposeMeasurement(c, NOWHERE, "Andel"),
            "proposal", "finns-inte"),
        refused("an off-topic matter raised at a meeting never scheduled", carriedOut, facilitator,
            c -> new Command.RecordOffTopicMatter(c, se.participation.api.OffTopicMatter.builder()
                .id(OffTopicId.of("o9")).text("Parkering").raisedAt(NO_MEETING).build()),
            "matter.raisedAt", "inget-mote"),
        refused("an off-topic matter recorded twice", carriedOut, facilitator,
            c -> new Command.RecordOffTopicMatter(c, se.participation.api.OffTopicMatter.builder()
                .id(OffTopicId.of("o1")).text("Parkering").build()),
            "matter.id", "o1"),
        refused("routing an off-topic matter that does not exist", carriedOut, facilitator,
            c -> new Command.RouteOffTopicMatter(c, OffTopicId.of("o9"), "Trafiknämnden"),
            "matter", "o9"),
        refused("shortlisting nothing", inFeedback, facilitator,
            c -> new Command.ShortlistProposals(c, Set.of(), Optional.of("urval")),
            "proposals", "proposal"),
        refused("shortlisting a proposal that does not exist", inFeedback, facilitator,
            c -> new Command.ShortlistProposals(c, Set.of(NOWHERE), Optional.of("urval")),
            "proposals", "finns-inte"),
        refused("merging nothing", inFeedback, facilitator,
            c -> new Command.MergeProposals(c, Set.of(), PR1, "lika"),
            "merged", "proposal"),
        refused("merging into a proposal that does not exist", inFeedback, facilitator,
            c -> new Command.MergeProposals(c, Set.of(ProposalId.of("pr2")), NOWHERE, "lika"),
            "into", "finns-inte"),
        refused("dropping a proposal that does not exist", inFeedback, facilitator,
            c -> new Command.DropProposal(c, NOWHERE, "utanför frågan"),
            "proposal", "finns-inte"),
        refused("adapting nothing", inFeedback, Scenario.ADMINISTRATION,
            c -> new Command.AdaptProposals(c, Set.of(), draft("pr9").build(), "krav"),
            "originals", "proposal"),
        refused("adapting a proposal that does not exist", inFeedback, Scenario.ADMINISTRATION,
            c -> new Command.AdaptProposals(c, Set.of(NOWHERE), draft("pr9").build(), "krav"),
            "originals", "finns-inte"),
        refused("an adapted text whose id is taken", inFeedback, Scenario.ADMINISTRATION,
            c -> new Command.AdaptProposals(c, Set.of(PR1), draft("pr2").build(), "krav"),
            "adapted.id", "pr2"),
        refused("a committee decision on nothing", inFeedback, Scenario.COMMITTEE,
            c -> new Command.DecideInCommittee(c, Set.of(), Set.of(), "SN § 1"),
            "approved", "no proposal"),
        refused("a committee approving and declining the same proposal", inFeedback, Scenario.COMMITTEE,
            c -> new Command.DecideInCommittee(c, Set.of(PR1), Set.of(PR1), "SN § 1"),
            "declined", "pr1"),
        refused("a committee deciding a proposal that does not exist", inFeedback, Scenario.COMMITTEE,
            c -> new Command.DecideInCommittee(c, Set.of(NOWHERE), Set.of(), "SN § 1"),
            "approved", "finns-inte"),
        refused("a committee declining a proposal that does not exist", inFeedback, Scenario.COMMITTEE,
            c -> new Command.DecideInCommittee(c, Set.of(), Set.of(NOWHERE), "SN § 1"),
            "declined", "finns-inte"),
        refused("sending back nothing", inFeedback, Scenario.COMMITTEE,
            c -> new Command.SendBackForRework(c, Set.of(), "mer arbete"),
            "proposals", "proposal"),
        refused("sending back a proposal that does not exist", inFeedback, Scenario.COMMITTEE,
            c -> new Command.SendBackForRework(c, Set.of(NOWHERE), "mer arbete"),
            "proposals", "finns-inte"),
        refused("proposing nothing to the council", inFeedback, Scenario.COMMITTEE,
            c -> new Command.ProposeToCouncil(c, Set.of(), "SN § 2"),
            "proposals", "proposal"),
        refused("proposing to the council a proposal the committee has not decided", inFeedback, Scenario.COMMITTEE,
            c -> new Command.ProposeToCouncil(c, Set.of(PR1), "SN § 2"),
            "proposals", "pr1"),
        refused("the council adopting a proposal never put to it", inFeedback, Scenario.COUNCIL,
            c -> new Command.DecideInCouncil(c, Set.of(PR1), Set.of(), "KF § 3"),
            "adopted", "pr1"),
        refused("deciding with residents never registered", inFeedback, Scenario.COMMITTEE,
            c -> new Command.DecideWithResidents(c, Set.of(PR1), Set.of(), Set.of(STRANGER), "röstning"),
            "residents", "okand"),
        refused("handing over a proposal that does not exist", inFeedback, facilitator,
            c -> new Command.HandOverProposals(c, Set.of(NOWHERE), "Trafiknämnden", "deras ansvar"),
            "proposals", "finns-inte"),
        refused("feedback to someone never registered", fedBack, facilitator,
            c -> new Command.DeliverFeedback(c, fedBackDelivery("f9", c.at()).addParticipant(STRANGER).build()),
            "delivery.participants", "okand"),
        refused("feedback with an id already used", fedBack, facilitator,
            c -> new Command.DeliverFeedback(c, fedBackDelivery("f1", c.at()).addParticipant(Scenario.P1).build()),
            "delivery.id", "f1"),
        refused("an evaluation answer by someone never registered", fedBack, Scenario.OWNER,
            c -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder().participant(STRANGER)
                .question("Blev du lyssnad på?").answer("Ja").at(c.at()).build()),
            "answer.participant", "okand"),
        refused("a tally for a meeting never scheduled", carriedOut, facilitator,
            c -> new Command.RecordTally(c, new Tally(TallyKind.CONTRIBUTIONS, "synpunkter", se.participation.api.Count.exactly(3), Optional.of(NO_MEETING), Optional.empty(), Optional.empty())),
            "tally.meeting", "inget-mote"),
        refused("a tally for a proposal that does not exist", carriedOut, facilitator,
            c -> new Command.RecordTally(c, new Tally(TallyKind.VOTES, "röster", se.participation.api.Count.exactly(3), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(NOWHERE))),
            "tally.proposal", "finns-inte"),
        refused("a tally for a target group not in the plan", carriedOut, facilitator,
            c -> new Command.RecordTally(c, new Tally(TallyKind.CONTRIBUTIONS, "synpunkter", se.participation.api.Count.exactly(3), Optional.empty(), Optional.of(TargetGroupId.of("pensionarer")), Optional.empty())),
            "tally.group", "pensionarer"),
        refused("a participant in a target group not in the plan", planned, facilitator,
            c -> new Command.RegisterParticipant(c, Scenario.named(ParticipantId.of("p9"), se.participation.api.ParticipantRole.RESIDENT, "pensionarer"), Optional.empty()),
            "participant.targetGroups", "pensionarer"),
        refused("erasing someone never registered", fedBack, Scenario.OWNER,
            c -> new Command.EraseParticipantData(c, STRANGER),
            "participant", "okand"),
        refused("revoking a role never granted", planned, Scenario.OWNER,
            c -> new Command.RevokeRole(c, se.participation.api.ActorId.of("nagon"), ActorRole.COMMITTEE),
            "role", "nagon"));
  }

  private static se.participation.api.FeedbackDelivery.Builder fedBackDelivery(String id, java.time.Instant at) {
    return se.participation.api.FeedbackDelivery.builder().id(se.participation.api.FeedbackId.of(id))
        .audience(FeedbackAudience.PARTICIPANTS).channel("e-post").at(at)
        .content("Fullmäktige antog målet.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedNamingTheFieldAndTheValueAndChangesNothing(String what, Supplier<Scenario> state, Actor actor,
      Function<CommandContext, Command> command, String field, String value) {
    Scenario scenario = state.get();
    var before = scenario.process();
    Outcome outcome = scenario.decide(actor, command);
    assertThat(outcome.isAccepted()).as(what).isFalse();
    List<Reason> reasons = ((Outcome.Rejected) outcome).reasons();
    assertThat(reasons).as(what).filteredOn(Reason.InvalidInput.class::isInstance)
        .map(Reason.InvalidInput.class::cast)
        .anySatisfy(reason -> {
          assertThat(reason.field()).isEqualTo(field);
          assertThat(reason.problem().en()).contains(value);
          assertThat(reason.problem().sv()).isNotBlank().isNotEqualTo(reason.problem().en());
        });
    assertThat(scenario.process()).as("the process is unchanged").isEqualTo(before);
  }
}
