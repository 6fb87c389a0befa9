// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import java.util.Locale;
import se.participation.api.text.LocalizedText;

/** The embedder's example of README.md, kept compiling and passing. Keep the two in step. */
class ReadmeExampleTest {

  @Test
  void startAnswerBeRefusedFixAndMoveOn() {
    // README example starts here
    ProcessEngine engine = ProcessEngine.withHandbookRules();
    ProcessId id = ProcessId.of("sn-mal-2021");
    Actor owner = Actor.of("anna", ActorRole.PROCESS_OWNER);
    Instant now = Instant.parse("2021-02-01T09:00:00Z");

    // Start a process: the engine returns the events, the embedder stores them.
    ProcessEngine.Step step = engine.handle(null, new Command.StartProcess(
        CommandContext.of(id, 0, owner, now), "Mål för socialnämnden",
        "Vilka mål ska nämnden ha?", EngagementLevel.DELAKTIGHET));
    ParticipationProcess process = step.process();

    // Answer the decision checklist; there is no time for a dialogue yet.
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      boolean yes = question != ChecklistQuestion.BESLUT_4;
      process = engine.handle(process, new Command.AnswerDecisionQuestion(
          CommandContext.of(id, process.version(), owner, now), question, yes, Optional.empty()))
          .process();
    }

    // Going ahead is refused, with every reason, in Swedish and English.
    Outcome refused = engine.decide(process, new Command.ProceedWithDialogue(
        CommandContext.of(id, process.version(), owner, now)));
    if (refused instanceof Outcome.Rejected rejected) {
      for (Reason reason : rejected.reasons()) {
        System.out.println(reason.message().in(LocalizedText.SWEDISH)); // BESLUT-4: BESLUT-4 är besvarad nej: …
      }
    }

    // Conditions change: answer again, and move on to Planering.
    process = engine.handle(process, new Command.AnswerDecisionQuestion(
        CommandContext.of(id, process.version(), owner, now.plusSeconds(86_400)),
        ChecklistQuestion.BESLUT_4, true, Optional.of("Åtgärderna skjuts upp till hösten")))
        .process();
    process = engine.handle(process, new Command.ProceedWithDialogue(
        CommandContext.of(id, process.version(), owner, now.plusSeconds(86_400))))
        .process();
    // README example ends here

    assertThat(refused).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) refused).blockingFindings())
        .extracting(f -> f.ruleId().value()).isEqualTo(List.of("BESLUT-4"));
    assertThat(process).isNotNull();
    assertThat(process.part()).isEqualTo(Part.PLANERING);
  }
}
