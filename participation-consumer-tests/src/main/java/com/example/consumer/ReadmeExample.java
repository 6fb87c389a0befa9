// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.participation.api.Actor;
import se.participation.api.ActorRole;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.core.Descriptions;
import se.participation.core.ProcessEngine;

/**
 * The README's first example, kept compiling (with NullAway, as main code) and running in a
 * consumer module: the lines between the markers are the README's code block.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** What the example stored and showed. */
  public record Result(List<Event> store, List<String> shown, ParticipationProcess process) {}

  /** Runs the example, showing messages in a language. */
  public static Result run(Locale language) {
    List<String> shown = new ArrayList<>();
    // README example starts here
    ProcessEngine engine = ProcessEngine.withContributedRules(); // the handbook's rules and yours
    List<Event> store = new ArrayList<>();                        // stands in for your event table
    ProcessId id = ProcessId.of("SN 2021/00123");                 // your case number
    Actor owner = Actor.of("anna", ActorRole.PROCESS_OWNER);
    Instant now = Instant.parse("2021-02-01T09:00:00Z");

    // Start a process. A refusal is a value that lists every reason, never an exception.
    ProcessEngine.Started started = engine.start(new Command.StartProcess(
        CommandContext.of(id, 0, owner, now), "Mål för socialnämnden",
        "Vilka mål ska nämnden ha?", EngagementLevel.DELAKTIGHET));
    Optional<ParticipationProcess> begun = started.process();
    if (begun.isEmpty()) {
      shown.add(Descriptions.of(started.outcome()).in(language));
      return new Result(store, shown, engine.replay(store));
    }
    store.addAll(started.events());
    ParticipationProcess process = begun.get();

    // Answer the decision checklist; there is no time for a dialogue yet.
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      ProcessEngine.Step step = engine.handle(process, new Command.AnswerDecisionQuestion(
          CommandContext.of(id, process.version(), owner, now),
          question, question != ChecklistQuestion.BESLUT_4, Optional.empty()));
      store.addAll(step.events());   // none when refused
      process = step.process();      // never null: unchanged when refused
    }

    // Going ahead is refused: show every reason in the user's language. Nothing changed.
    ProcessEngine.Step proceed = engine.handle(process, new Command.ProceedWithDialogue(
        CommandContext.of(id, process.version(), owner, now)));
    if (proceed.outcome() instanceof Outcome.Rejected rejected) {
      for (Reason reason : rejected.reasons()) {
        shown.add(reason.message().in(language)); // "BESLUT-4: Frågan är besvarad nej: …"
      }
    }

    // Conditions change: answer again, and move on to Planering. Where a refusal would be a bug
    // in your own code, orElseThrow() turns it into a CommandRefusedException with every reason.
    Instant later = now.plusSeconds(86_400);
    ProcessEngine.Step answered = engine.handle(process, new Command.AnswerDecisionQuestion(
        CommandContext.of(id, process.version(), owner, later),
        ChecklistQuestion.BESLUT_4, true, Optional.of("Åtgärderna skjuts upp till hösten")));
    store.addAll(answered.events());
    ProcessEngine.Step moved = engine.handle(answered.orElseThrow(), new Command.ProceedWithDialogue(
        CommandContext.of(id, answered.process().version(), owner, later)));
    store.addAll(moved.events());
    process = moved.orElseThrow();
    shown.add(Descriptions.of(moved.outcome()).in(language)); // "Beslut: en dialog ska hållas. …"
    // README example ends here
    return new Result(store, shown, process);
  }
}
