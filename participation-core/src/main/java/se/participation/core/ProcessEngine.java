// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.participation.api.Part;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.api.rule.RuleSet;
import se.participation.core.internal.Decider;
import se.participation.core.internal.Evolver;
import se.participation.core.internal.RuleEngine;

/**
 * Runs participation processes by the rules of a rule set: a process is the fold of its events,
 * {@link #decide} turns a command into events or a rejection, {@link #evolve} applies an event.
 *
 * <p>Both are pure: no clock, no I/O, no state besides the immutable rule set. Time and the actor
 * come in with each command, and the embedding system stores the events wherever it likes.
 *
 * <pre>{@code
 * ProcessEngine engine = ProcessEngine.withHandbookRules();
 * Outcome outcome = engine.decide(process, command);
 * if (outcome instanceof Outcome.Accepted accepted) {
 *   process = engine.apply(process, accepted.events());
 * }
 * }</pre>
 */
public final class ProcessEngine {
  private final RuleSet rules;

  private ProcessEngine(RuleSet rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** An engine with the handbook's rules only. */
  public static ProcessEngine withHandbookRules() {
    return new ProcessEngine(HandbookRules.ruleSet());
  }

  /** An engine with the given rules, e.g. {@link HandbookRules#withContributedRules()}. */
  public static ProcessEngine of(RuleSet rules) {
    return new ProcessEngine(rules);
  }

  /** The rules this engine applies. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Decides a command: accepted with the events it causes, or rejected with every reason (a
   * version conflict, a role that may not issue it, a part in which it is not possible, input
   * that does not fit the process, and every blocking finding of the current part when the
   * command moves the process on). A rejection changes nothing.
   *
   * @param process the current process, or {@code null} before it exists (for {@code
   *     StartProcess})
   */
  public Outcome decide(@Nullable ParticipationProcess process, Command command) {
    Objects.requireNonNull(command, "command");
    return Decider.decide(rules, process, command);
  }

  /**
   * The process after an event.
   *
   * @param process the current process, or {@code null} for the first event
   * @throws IllegalArgumentException when the event does not follow the process (another
   *     process, not the next version, or a first event other than {@code ProcessStarted})
   */
  public ParticipationProcess evolve(@Nullable ParticipationProcess process, Event event) {
    Objects.requireNonNull(event, "event");
    return Evolver.evolve(process, event);
  }

  /**
   * The process after a sequence of events, in time linear in their number.
   *
   * @throws IllegalArgumentException as {@link #evolve}, or when {@code process} is {@code null}
   *     and there are no events
   */
  public ParticipationProcess apply(@Nullable ParticipationProcess process, List<Event> events) {
    Objects.requireNonNull(events, "events");
    return Evolver.fold(process, events);
  }

  /**
   * The process an event history describes, from its first event.
   *
   * @throws IllegalArgumentException when the history is empty or not a consistent history of
   *     one process
   */
  public ParticipationProcess replay(List<Event> history) {
    return apply(null, history);
  }

  /**
   * An event history with a participant's personal data removed, for event stores that must
   * forget it (GDPR): the participant's registration keeps the opaque id, role and target groups
   * but loses contact details, pseudonym and consent. Run {@code EraseParticipantData} first;
   * replaying the redacted history then gives the same process as the original.
   */
  public List<Event> redact(List<Event> history, ParticipantId participant) {
    Objects.requireNonNull(participant, "participant");
    return Evolver.redact(history, participant);
  }

  /**
   * Decides a command and, when it is accepted, applies its events.
   *
   * @return the outcome and the process after it (unchanged when rejected)
   */
  public Step handle(@Nullable ParticipationProcess process, Command command) {
    Outcome outcome = decide(process, command);
    if (outcome instanceof Outcome.Accepted accepted) {
      return new Step(outcome, apply(process, accepted.events()));
    }
    return new Step(outcome, process);
  }

  /** Every finding of the rules of one part that apply to the process. */
  public List<Finding> findings(ParticipationProcess process, Part part) {
    return RuleEngine.evaluate(rules, process, part);
  }

  /** Every finding of the rules of the current part and the parts before it. */
  public List<Finding> findings(ParticipationProcess process) {
    List<Finding> findings = new ArrayList<>();
    for (Part part : Part.values()) {
      if (part.compareTo(process.part()) > 0) {
        break;
      }
      findings.addAll(RuleEngine.evaluate(rules, process, part));
    }
    return findings;
  }

  /** The blocking findings that keep the process in its current part. */
  public List<Finding> blockers(ParticipationProcess process) {
    return findings(process, process.part()).stream().filter(Finding::isBlocking).toList();
  }

  /**
   * A command's outcome and the process after it.
   *
   * @param outcome accepted or rejected
   * @param process the process after the outcome; {@code null} only when a first command was
   *     rejected
   */
  public record Step(Outcome outcome, @Nullable ParticipationProcess process) {
    /** Checks the outcome is present. */
    public Step {
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
