// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import java.util.List;
import java.util.Objects;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;
import se.participation.api.ParticipationProcess;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;

/**
 * What the core made of a document or an event history, judged as a record: its events, and the
 * {@link Verdict}: every part the record reached, judged on what it held when the process left
 * that part, whether or not a live engine would have let it move on; the documentation gaps; and
 * the four success criteria.
 *
 * @param history the record's events
 * @param verdict the judgement of the record
 */
public record Judgement(List<Event> history, Verdict verdict) {

  /**
   * Judges an input that holds a process document (YAML or JSON) or an event history (JSON
   * Lines, told apart by its first line) as a record: a document's steps are entered through the
   * engine {@link ProcessEngine#forRecords() for records}, a history is replayed, and every part
   * the record reached is judged ({@link ProcessEngine#judge}).
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
      return EventHistories.judge(EventHistories.located(input), input.name(), engine);
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
   * Copies the history.
   *
   * @throws NullPointerException when a component is null
   */
  public Judgement {
    history = List.copyOf(history);
    Objects.requireNonNull(verdict, "verdict");
  }

  /** The process the record describes. */
  public ParticipationProcess process() {
    return verdict.process();
  }

  /** Every finding of every judged part, in the order of the parts. */
  public List<Finding> findings() {
    return verdict.allFindings();
  }

  /** The blocking findings of every judged part: what a live engine would have refused. */
  public List<Finding> blockers() {
    return verdict.blocking();
  }

  /** Whether something blocks: a blocking finding in some judged part. */
  public boolean blocked() {
    return verdict.blocked();
  }
}
