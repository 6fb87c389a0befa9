// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.participation.api.Authorship;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.EvaluationAnswer;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.OffTopicId;
import se.participation.api.OffTopicMatter;
import se.participation.api.Participant;
import se.participation.api.ParticipantRole;
import se.participation.api.Plan;
import se.participation.api.ProposalDraft;
import se.participation.api.ProposalId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;

/** One well-formed command of every type, for tests that must cover every command. */
final class SampleCommands {
  private SampleCommands() {}

  static Map<Class<? extends Command>, Function<CommandContext, Command>> all() {
    ProposalId pr = ProposalId.of("pr1");
    ProposalDraft draft =
        ProposalDraft.builder().id(ProposalId.of("px")).text("Förslag").authorship(Authorship.anonymous("låda")).build();
    Map<Class<? extends Command>, Function<CommandContext, Command>> all = new LinkedHashMap<>();
    all.put(Command.StartProcess.class, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    all.put(Command.AnswerDecisionQuestion.class, c -> new Command.AnswerDecisionQuestion(c, ChecklistQuestion.BESLUT_1, true, Optional.empty()));
    all.put(Command.ProceedWithDialogue.class, Command.ProceedWithDialogue::new);
    all.put(Command.ContinueWithoutDialogue.class, c -> new Command.ContinueWithoutDialogue(c, EngagementLevel.INFORMATION, "r"));
    all.put(Command.Withdraw.class, c -> new Command.Withdraw(c, "r"));
    all.put(Command.RecordPlan.class, c -> new Command.RecordPlan(c, Plan.empty()));
    all.put(Command.ApprovePlan.class, Command.ApprovePlan::new);
    all.put(Command.ScheduleMeeting.class, c -> new Command.ScheduleMeeting(c, Scenario.physicalMeeting(se.participation.api.MeetingId.of("mx"), "2021-03-20")));
    all.put(Command.HoldMeeting.class, c -> new Command.HoldMeeting(c, Scenario.M1, Set.of(), Set.of(), List.of()));
    all.put(Command.FormSmallGroups.class, c -> new Command.FormSmallGroups(c, Scenario.M1, List.of()));
    all.put(Command.RegisterParticipant.class, c -> new Command.RegisterParticipant(c, Participant.builder().id(se.participation.api.ParticipantId.of("px")).role(ParticipantRole.RESIDENT).build(), Optional.empty()));
    all.put(Command.SubmitProposal.class, c -> new Command.SubmitProposal(c, draft));
    all.put(Command.ProposeMeasurement.class, c -> new Command.ProposeMeasurement(c, pr, "m"));
    all.put(Command.RecordOffTopicMatter.class, c -> new Command.RecordOffTopicMatter(c, OffTopicMatter.builder().id(OffTopicId.of("ox")).text("t").build()));
    all.put(Command.RouteOffTopicMatter.class, c -> new Command.RouteOffTopicMatter(c, OffTopicId.of("o1"), "x"));
    all.put(Command.ShortlistProposals.class, c -> new Command.ShortlistProposals(c, Set.of(pr), Optional.empty()));
    all.put(Command.MergeProposals.class, c -> new Command.MergeProposals(c, Set.of(pr), ProposalId.of("pr2"), "r"));
    all.put(Command.DropProposal.class, c -> new Command.DropProposal(c, pr, "r"));
    all.put(Command.AdaptProposals.class, c -> new Command.AdaptProposals(c, Set.of(pr), draft, "r"));
    all.put(Command.DecideInCommittee.class, c -> new Command.DecideInCommittee(c, Set.of(pr), Set.of(), "r"));
    all.put(Command.ProposeToCouncil.class, c -> new Command.ProposeToCouncil(c, Set.of(pr), "r"));
    all.put(Command.DecideInCouncil.class, c -> new Command.DecideInCouncil(c, Set.of(pr), Set.of(), "r"));
    all.put(Command.DeliverFeedback.class, c -> new Command.DeliverFeedback(c, FeedbackDelivery.builder().id(FeedbackId.of("fx")).audience(FeedbackAudience.DECISION_MAKERS).addDecisionMaker("Nämnden").channel("möte").at(c.at()).content("x").build()));
    all.put(Command.RecordEvaluationAnswer.class, c -> new Command.RecordEvaluationAnswer(c, EvaluationAnswer.builder().question("q").answer("a").at(c.at()).build()));
    all.put(Command.RecordLesson.class, c -> new Command.RecordLesson(c, "l"));
    all.put(Command.SendBackForRework.class, c -> new Command.SendBackForRework(c, Set.of(ProposalId.of("pr1")), "Återremiss"));
    all.put(Command.RecordTally.class, c -> new Command.RecordTally(c, se.participation.api.Tally.of(
        se.participation.api.TallyKind.CONTRIBUTIONS, "synpunkter", se.participation.api.Count.about(320, "ca 320"))));
    se.participation.api.SortitionId lot = se.participation.api.SortitionId.of("lottning");
    se.participation.api.Sortition.Seat seat = new se.participation.api.Sortition.Seat(
        se.participation.api.ParticipantId.of("px"), Map.of("kön", "kvinna"));
    all.put(Command.RecordInvitations.class, c -> new Command.RecordInvitations(c, lot,
        se.participation.api.Count.exactly(1000), Optional.of("folkbokförda")));
    all.put(Command.RecordPool.class, c -> new Command.RecordPool(c, lot,
        se.participation.api.Sortition.Pool.of(se.participation.api.Count.exactly(50))));
    all.put(Command.RecordPanelDraw.class, c -> new Command.RecordPanelDraw(c, lot, new se.participation.api.Sortition.Panel(
        List.of(new se.participation.api.Sortition.Quota("kön", "kvinna", 1, 1)), List.of(seat), Optional.of("LEXIMIN"),
        Optional.empty(), java.util.OptionalDouble.empty(), 0)));
    all.put(Command.ReplacePanelMember.class, c -> new Command.ReplacePanelMember(c, lot,
        se.participation.api.ParticipantId.of("px"), Optional.empty(), "avböjde"));
    all.put(Command.MarkUndocumented.class, c -> new Command.MarkUndocumented(c, se.participation.api.ChecklistQuestion.PLANERING_14, java.util.Optional.empty()));
    all.put(Command.GrantRole.class, c -> new Command.GrantRole(c, se.participation.api.ActorId.of("ny"), se.participation.api.ActorRole.FACILITATOR));
    all.put(Command.RevokeRole.class, c -> new Command.RevokeRole(c, Scenario.FACILITATOR.id(), se.participation.api.ActorRole.FACILITATOR));
    all.put(Command.RecordMandate.class, c -> new Command.RecordMandate(c, se.participation.api.Mandate.by("Socialnämnden")));
    all.put(Command.DecideWithResidents.class, c -> new Command.DecideWithResidents(c, Set.of(pr), Set.of(), Set.of(Scenario.P1), "Omröstning"));
    all.put(Command.HandOverProposals.class, c -> new Command.HandOverProposals(c, Set.of(pr), "Utredningen", "Underlag"));
    all.put(Command.AdvancePart.class, Command.AdvancePart::new);
    all.put(Command.CloseProcess.class, Command.CloseProcess::new);
    all.put(Command.EraseParticipantData.class, c -> new Command.EraseParticipantData(c, Scenario.P1));
    return all;
  }
}
