// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.participation.core.ProcessEngine;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;

/**
 * What the core made of a document or an event history: the process it reached, its events, the
 * move that was refused if the input went further than the rules allow, and the findings of the
 * process's current part and the parts before it.
 *
 * @param process the process reached
 * @param history its events
 * @param refusedMove the refused move, if any
 * @param findings the findings of the current part and the parts before it
 */
public record Judgement(
    ParticipationProcess process, List<Event> history, Optional<Outcome.Rejected> refusedMove, List<Finding> findings) {

  /**
   * Judges an input that holds a process document (YAML or JSON) or an event history (JSON
   * Lines, told apart by its first line): a document's commands are run through the engine, a
   * history is replayed, and the findings of the part the process reached are evaluated.
   *
   * <pre>{@code
   * Judgement judgement = Judgement.of(Input.of(Path.of("plan.yaml")), ProcessEngine.withContributedRules());
   * }</pre>
   *
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the file, line, column and field when the input cannot be read
   *     or contradicts itself (e.g. attendance of a participant it never registers)
   */
  public static Judgement of(Input input, ProcessEngine engine) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(engine, "engine");
    if (EventHistories.looksLikeHistory(input.text())) {
      return EventHistories.judge(EventHistories.read(input), input.name(), engine);
    }
    return ProcessDocuments.judge(input, engine);
  }

  /**
   * Judges a document already read.
   *
   * @throws NullPointerException when an argument is null
   * @throws InputException when the document contradicts itself, naming the element
   */
  public static Judgement of(ProcessDocument document, ProcessEngine engine) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(engine, "engine");
    return ProcessDocuments.judge(document, engine);
  }

  /**
   * Judges an event history already read: replays it and evaluates its findings.
   *
   * @throws NullPointerException when an argument is null
   * @throws InputException when the events do not form one history
   */
  public static Judgement of(List<Event> history, ProcessEngine engine) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(engine, "engine");
    return EventHistories.judge(history, "history", engine);
  }

  /**
   * Copies the lists.
   *
   * @throws NullPointerException when a component is null
   */
  public Judgement {
    Objects.requireNonNull(process, "process");
    history = List.copyOf(history);
    Objects.requireNonNull(refusedMove, "refusedMove");
    findings = List.copyOf(findings);
  }

  /** The blocking findings of the current part: what keeps the process from moving on. */
  public List<Finding> blockers() {
    return findings.stream().filter(f -> f.isBlocking() && f.part() == process.part()).toList();
  }

  /** Whether something blocks the current part (a refused move, or a blocking finding). */
  public boolean blocked() {
    return refusedMove.isPresent() || !blockers().isEmpty();
  }
}
