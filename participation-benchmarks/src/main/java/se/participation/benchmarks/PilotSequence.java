// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistQuestion;
import se.participation.api.Documentation;
import se.participation.api.DocumentationKind;
import se.participation.api.EngagementLevel;
import se.participation.api.FeedbackAudience;
import se.participation.api.FeedbackDelivery;
import se.participation.api.FeedbackId;
import se.participation.api.Meeting;
import se.participation.api.MeetingId;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/**
 * The pilot's sequence of steps, the same in every engine: start; five decision answers; go ahead;
 * record the plan; register a participant; schedule two meetings; approve the plan; hold the two
 * meetings; move to Återkoppling; feed back to participants and decision makers; move to
 * Utvärdering; record a lesson; close. Twenty steps.
 */
final class PilotSequence {
  /** What each step is, for the engines that have no commands of their own. */
  enum Trigger { START, ANSWER, PROCEED, RECORD, REGISTER, SCHEDULE, APPROVE, HOLD, ADVANCE, FEEDBACK, LESSON, CLOSE }

  static final List<Trigger> TRIGGERS = List.of(
      Trigger.START, Trigger.ANSWER, Trigger.ANSWER, Trigger.ANSWER, Trigger.ANSWER, Trigger.ANSWER, Trigger.PROCEED,
      Trigger.RECORD, Trigger.REGISTER, Trigger.SCHEDULE, Trigger.SCHEDULE, Trigger.APPROVE, Trigger.HOLD, Trigger.HOLD,
      Trigger.ADVANCE, Trigger.FEEDBACK, Trigger.FEEDBACK, Trigger.ADVANCE, Trigger.LESSON, Trigger.CLOSE);

  private PilotSequence() {}

  /** The twenty commands, with the versions they expect when run from the start. */
  static List<Command> commands() {
    ProcessEngine engine = ProcessEngine.withHandbookRulesOnly();
    Actor actor = Actor.of("a", ActorRole.PROCESS_OWNER, ActorRole.FACILITATOR);
    ProcessId id = ProcessId.of("bench");
    Instant at = Instant.parse("2021-01-01T00:00:00Z");
    List<java.util.function.Function<CommandContext, Command>> steps = new ArrayList<>();
    steps.add(c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.DELAKTIGHET));
    for (ChecklistQuestion q : ChecklistQuestion.decisionQuestions()) {
      steps.add(c -> new Command.AnswerDecisionQuestion(c, q, true, Optional.empty()));
    }
    steps.add(Command.ProceedWithDialogue::new);
    // Residents do not evaluate in this sequence, so that a lesson suffices to close it.
    se.participation.api.Plan plan = se.participation.api.Plan.builder().from(Pilot.plan())
        .evaluation(se.participation.api.EvaluationPlan.builder().residentsEvaluate(false)
            .whatAndHow("Uppföljningsmöte").sharing("Delas").build())
        .build();
    steps.add(c -> new Command.RecordPlan(c, plan));
    steps.add(c -> new Command.RegisterParticipant(c, Pilot.evaluated().participants().values().iterator().next(), Optional.empty()));
    for (MeetingId m : List.of(Pilot.FIRST_MEETING, Pilot.SECOND_MEETING)) {
      Meeting meeting = Meeting.builder().from(Pilot.planned().meeting(m).orElseThrow()).build();
      steps.add(c -> new Command.ScheduleMeeting(c, meeting));
    }
    steps.add(Command.ApprovePlan::new);
    ParticipantId p = Pilot.evaluated().participants().keySet().iterator().next();
    for (MeetingId m : List.of(Pilot.FIRST_MEETING, Pilot.SECOND_MEETING)) {
      steps.add(c -> new Command.HoldMeeting(c, m, Set.of(p), Set.of(),
          List.of(new Documentation(DocumentationKind.TEXT, "m.txt", "Anteckningar"))));
    }
    steps.add(Command.AdvancePart::new);
    steps.add(c -> new Command.DeliverFeedback(c, FeedbackDelivery.builder().id(FeedbackId.of("f1"))
        .audience(FeedbackAudience.PARTICIPANTS).addParticipant(p).channel("e-post").at(at).content("c").build()));
    steps.add(c -> new Command.DeliverFeedback(c, FeedbackDelivery.builder().id(FeedbackId.of("f2"))
        .audience(FeedbackAudience.DECISION_MAKERS).addDecisionMaker("Nämnden").channel("möte").at(at).content("c").build()));
    steps.add(Command.AdvancePart::new);
    steps.add(c -> new Command.RecordLesson(c, "Lärdom"));
    steps.add(Command.CloseProcess::new);
    List<Command> commands = new ArrayList<>();
    ParticipationProcess process = null;
    for (var step : steps) {
      Command command = step.apply(CommandContext.of(id, process == null ? 0 : process.version(), actor, at));
      Outcome outcome = engine.decide(process, command);
      if (!(outcome instanceof Outcome.Accepted accepted)) {
        throw new IllegalStateException(command.getClass().getSimpleName() + " was refused: " + outcome);
      }
      process = engine.apply(process, accepted.events());
      commands.add(command);
    }
    if (commands.size() != TRIGGERS.size()) {
      throw new IllegalStateException("the sequence has " + commands.size() + " commands, not " + TRIGGERS.size());
    }
    return commands;
  }
}
