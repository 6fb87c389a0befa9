// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.participation.api.Part;
import se.participation.api.ParticipantId;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.CommandRefusedException;
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
 * ProcessEngine engine = ProcessEngine.withContributedRules();
 * ProcessEngine.Step step = engine.handle(process, command);
 * if (step.outcome() instanceof Outcome.Rejected rejected) {
 *   show(rejected.reasons());           // nothing changed; step.process() is the process as it was
 * } else {
 *   store(step.events());
 *   process = step.process();
 * }
 * }</pre>
 *
 * <p>Which rules: {@link #withHandbookRulesOnly()} applies exactly the handbook's rules and
 * ignores rules contributed through {@link java.util.ServiceLoader}; {@link
 * #withContributedRules()} adds them (what the {@code participation} command uses); {@link
 * #of(RuleSet)} takes any composition.
 *
 * <p>An engine is immutable and safe to share between threads.
 */
public final class ProcessEngine {
  private final RuleSet rules;
  private final boolean guarded;

  private ProcessEngine(RuleSet rules) {
    this(rules, true);
  }

  private ProcessEngine(RuleSet rules, boolean guarded) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.guarded = guarded;
  }

  /**
   * An engine with the handbook's rules and nothing else: rules contributed through {@link
   * java.util.ServiceLoader} are <em>not</em> applied (use {@link #withContributedRules()}).
   */
  public static ProcessEngine withHandbookRulesOnly() {
    return new ProcessEngine(HandbookRules.ruleSet());
  }

  /**
   * An engine with the handbook's rules and every rule an integrator contributes through {@link
   * java.util.ServiceLoader} ({@link se.participation.api.rule.RuleProvider}), added or replacing
   * handbook rules of the same id: {@link HandbookRules#withContributedRules()}.
   */
  public static ProcessEngine withContributedRules() {
    return new ProcessEngine(HandbookRules.withContributedRules());
  }

  /**
   * An engine with the given rules, e.g. {@code HandbookRules.ruleSet().with(myRule)}.
   *
   * @throws NullPointerException when {@code rules} is null
   */
  public static ProcessEngine of(RuleSet rules) {
    return new ProcessEngine(rules);
  }

  /** The rules this engine applies. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * This engine's rules, for recording what happened rather than running it: a move the record
   * holds (approving the dialogue or the plan, advancing a part, closing) is accepted even when
   * its part has blocking findings, which then come with the acceptance ({@link
   * Outcome.Accepted#findings()}). Everything else is checked as in a live process: the version,
   * the actor's roles, the part a command belongs to, the input. Use it to enter a record after
   * the fact; {@link #judge} then says what the handbook makes of it.
   */
  public ProcessEngine forRecords() {
    return guarded ? new ProcessEngine(rules, false) : this;
  }

  /** Whether moves are refused for blocking findings: true for a live engine, false {@link #forRecords() for records}. */
  public boolean guardsMoves() {
    return guarded;
  }

  /**
   * Judges a record: replays the history and judges every part it reached on the state in which
   * the process left that part (the part it is in, on its state now), with the four success
   * criteria. A move a live engine would have refused does not stop the judgement: its blocking
   * findings are in the verdict. What the record marks as not documented ({@code
   * MarkUndocumented}) is a gap of the verdict, not a finding.
   *
   * @throws NullPointerException when {@code history} is or holds null
   * @throws ImpossibleHistoryException naming the event and why, when the engine could never have
   *     produced the history: an event after the process ended (except an erasure), time running
   *     backwards by more than five minutes, a second entity with one identifier, a move from a
   *     part the process is not in, an event whose command is not possible in its part
   * @throws IllegalArgumentException when the history is empty or not a consistent history of
   *     one process
   */
  public Verdict judge(List<Event> history) {
    Objects.requireNonNull(history, "history");
    java.util.Map<Part, List<Finding>> byPart = new java.util.EnumMap<>(Part.class);
    List<Verdict.Gap> gaps = new ArrayList<>();
    ParticipationProcess end = Evolver.foldJudging(history, (part, state) -> {
      List<Finding> findings = new ArrayList<>();
      for (Finding finding : RuleEngine.evaluate(rules, state, part)) {
        if (finding.documentationGap()) {
          // One gap per element of a part, however many rules rest on it (PLANERING-9 and the
          // priority-group rule both ask for the target groups).
          Verdict.Gap gap = new Verdict.Gap(part, finding.subject().orElse(finding.ruleId().value()), finding.message());
          if (gaps.stream().noneMatch(g -> g.part() == gap.part() && g.element().equals(gap.element()))) {
            gaps.add(gap);
          }
        } else {
          findings.add(finding);
        }
      }
      byPart.put(part, findings);
    });
    return new Verdict(end, byPart, gaps, SuccessEvaluator.evaluate(end));
  }

  /**
   * Decides a command: accepted with the events it causes, or rejected with every reason (a
   * version conflict, a role that may not issue it, a part in which it is not possible, input
   * that does not fit the process, a command dated more than five minutes before the process's
   * last event, and every blocking finding of the current part when the command moves the
   * process on). A rejection changes nothing.
   *
   * @param process the current process, or {@code null} before it exists (for {@code
   *     StartProcess})
   * @throws NullPointerException when {@code command} is null
   */
  public Outcome decide(@Nullable ParticipationProcess process, Command command) {
    Objects.requireNonNull(command, "command");
    return Decider.decide(rules, process, command, guarded);
  }

  /**
   * The process after an event.
   *
   * @param process the current process, or {@code null} for the first event
   * @throws NullPointerException when {@code event} is null
   * @throws ImpossibleHistoryException when the event does not follow the process (another
   *     process, not the next version, a first event other than {@code ProcessStarted}, or
   *     anything {@link #replay} refuses)
   */
  public ParticipationProcess evolve(@Nullable ParticipationProcess process, Event event) {
    Objects.requireNonNull(event, "event");
    return Evolver.evolve(process, event);
  }

  /**
   * The process after a sequence of events, in time linear in their number.
   *
   * @throws NullPointerException when {@code events} is or holds null
   * @throws ImpossibleHistoryException when the events cannot follow the process (see {@link #replay})
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
   * @throws NullPointerException when {@code history} is or holds null
   * @throws ImpossibleHistoryException naming the event and why, when the engine could never have
   *     produced the history: an event after the process ended (except an erasure), time running
   *     backwards by more than five minutes, a second entity with one identifier, a move from a
   *     part the process is not in, an event whose command is not possible in its part
   * @throws IllegalArgumentException when the history is empty or not a consistent history of
   *     one process
   */
  public ParticipationProcess replay(List<Event> history) {
    Objects.requireNonNull(history, "history");
    return apply(null, history);
  }

  /**
   * An event history with a participant's personal data removed, for event stores that must
   * forget it (GDPR): the participant's registration keeps the opaque id, role and target groups
   * but loses contact details, pseudonym, consent and a feedback channel she alone used; her
   * pseudonym and channel are replaced wherever they appear (proposals' authorship, feedback
   * deliveries), and her actor id, where she acted herself as a participant, by {@code
   * raderad-<id>}. Run {@code EraseParticipantData} first; replaying the redacted history then
   * gives the same process as the live one after the erasure, with the same evaluation. What is
   * personal and what erasure does is listed in {@code docs/personal-data.md}.
   *
   * @throws NullPointerException when an argument is null
   */
  public List<Event> redact(List<Event> history, ParticipantId participant) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(participant, "participant");
    return Evolver.redact(history, participant);
  }

  /**
   * Whether an event may hold personal data that {@link #redact} removes or replaces: a
   * participant's registration, a proposal or an adaptation (authorship, pseudonyms, channels), a
   * proposed measurement or an evaluation answer (her actor id as a participant), a feedback
   * delivery (her channel). No other event ever changes under {@code redact}. Event stores keep
   * these events apart from their append-only log, in storage they may rewrite at erasure
   * ({@code participation-store-jdbc} does).
   *
   * @throws NullPointerException when {@code event} is null
   */
  public boolean mayHoldPersonalData(Event event) {
    Objects.requireNonNull(event, "event");
    return Evolver.mayHoldPersonalData(event);
  }

  /**
   * Starts a process: decides {@code StartProcess} and, when it is accepted, gives the new
   * process.
   *
   * @throws NullPointerException when {@code command} is null
   */
  public Started start(Command.StartProcess command) {
    Outcome outcome = decide(null, Objects.requireNonNull(command, "command"));
    return new Started(outcome,
        outcome.isAccepted() ? Optional.of(apply(null, outcome.events())) : Optional.empty());
  }

  /**
   * Decides a command on an existing process and, when it is accepted, applies its events.
   *
   * @return the outcome and the process after it: the process as it was when the command was
   *     rejected
   * @throws NullPointerException when an argument is null (start a process with {@link #start})
   */
  public Step handle(ParticipationProcess process, Command command) {
    Objects.requireNonNull(process, "process");
    Outcome outcome = decide(process, Objects.requireNonNull(command, "command"));
    String name = command.getClass().getSimpleName();
    if (outcome instanceof Outcome.Accepted accepted) {
      return new Step(name, outcome, apply(process, accepted.events()));
    }
    return new Step(name, outcome, process);
  }

  /**
   * Every finding of the rules of one part that apply to the process.
   *
   * @throws NullPointerException when an argument is null
   */
  public List<Finding> findings(ParticipationProcess process, Part part) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(part, "part");
    return RuleEngine.evaluate(rules, process, part);
  }

  /**
   * Every finding of the rules of the current part and the parts before it.
   *
   * @throws NullPointerException when {@code process} is null
   */
  public List<Finding> findings(ParticipationProcess process) {
    Objects.requireNonNull(process, "process");
    List<Finding> findings = new ArrayList<>();
    for (Part part : Part.values()) {
      if (part.compareTo(process.part()) > 0) {
        break;
      }
      findings.addAll(RuleEngine.evaluate(rules, process, part));
    }
    return findings;
  }

  /**
   * The blocking findings that keep the process in its current part.
   *
   * @throws NullPointerException when {@code process} is null
   */
  public List<Finding> blockers(ParticipationProcess process) {
    Objects.requireNonNull(process, "process");
    return findings(process, process.part()).stream().filter(Finding::isBlocking).toList();
  }

  /**
   * A command's outcome and the process after it, which is never null: the changed process when
   * the command was accepted, the unchanged one when it was rejected.
   *
   * @param command the command's name, e.g. {@code ApprovePlan}
   * @param outcome accepted or rejected
   * @param process the process after the outcome
   */
  public record Step(String command, Outcome outcome, ParticipationProcess process) {
    /**
     * Checks every part is present.
     *
     * @throws NullPointerException when an argument is null
     */
    public Step {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(process, "process");
    }

    /** Whether the command was accepted. */
    public boolean accepted() {
      return outcome.isAccepted();
    }

    /** The events to store: those of an accepted command, none for a rejected one. */
    public List<Event> events() {
      return outcome.events();
    }

    /**
     * The process after an accepted command, for callers that treat a refusal as exceptional.
     *
     * @throws CommandRefusedException carrying every reason when the command was rejected
     */
    public ParticipationProcess orElseThrow() {
      if (outcome instanceof Outcome.Rejected rejected) {
        throw new CommandRefusedException(command, rejected);
      }
      return process;
    }
  }

  /**
   * The outcome of starting a process, and the process when it started.
   *
   * @param outcome accepted or rejected
   * @param process the new process; empty when the start was rejected
   */
  public record Started(Outcome outcome, Optional<ParticipationProcess> process) {
    /**
     * Checks the parts agree.
     *
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when an accepted outcome has no process or a rejected one has
     */
    public Started {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(process, "process");
      if (outcome.isAccepted() != process.isPresent()) {
        throw new IllegalArgumentException("process must be present exactly when the outcome is accepted");
      }
    }

    /** The events to store: those of an accepted start, none for a rejected one. */
    public List<Event> events() {
      return outcome.events();
    }

    /**
     * The new process, for callers that treat a refusal as exceptional.
     *
     * @throws CommandRefusedException carrying every reason when the start was rejected
     */
    public ParticipationProcess orElseThrow() {
      if (outcome instanceof Outcome.Rejected rejected) {
        throw new CommandRefusedException("StartProcess", rejected);
      }
      return process.orElseThrow();
    }
  }
}
