// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.participation.api.Actor;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.command.Reason;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/**
 * Runs commands against a store: loads the process, decides, and appends what was decided, all
 * or nothing. When another writer appended first, the command is refused with a {@link
 * Reason.Conflict} naming both versions, never an exception, and nothing is appended; {@link
 * #handleRetrying} decides such a command again on the newer version.
 *
 * <pre>{@code
 * ProcessService service = new ProcessService(ProcessEngine.withContributedRules(), new InMemoryEventStore());
 * Outcome started = service.handle(new Command.StartProcess(CommandContext.of(id, 0, owner, now), title, question, level));
 * Outcome lesson = service.handleRetrying(id, owner, now, c -> new Command.RecordLesson(c, "Fler träffar på kvällstid."), 3);
 * }</pre>
 *
 * <p>Safe for use by many threads, as far as its store is.
 */
public final class ProcessService {
  private final ProcessEngine engine;
  private final EventStore store;

  /**
   * A service over an engine and a store.
   *
   * @throws NullPointerException when an argument is null
   */
  public ProcessService(ProcessEngine engine, EventStore store) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The engine that decides. */
  public ProcessEngine engine() {
    return engine;
  }

  /** The store that keeps the events. */
  public EventStore store() {
    return store;
  }

  /**
   * The process as its stored events make it; empty when the store holds none of it.
   *
   * @throws NullPointerException when {@code process} is null
   * @throws se.participation.core.ImpossibleHistoryException when the stored events could never
   *     have been produced by the engine (the store was written by something else)
   */
  public Optional<ParticipationProcess> load(ProcessId process) {
    List<Event> history = store.load(Objects.requireNonNull(process, "process"));
    return history.isEmpty() ? Optional.empty() : Optional.of(engine.replay(history));
  }

  /**
   * Decides a command on the stored process and appends its events. The command's expected
   * version is checked twice: by the engine against the loaded process, and by the store against
   * what was appended since.
   *
   * @return the engine's outcome; {@link Outcome.Rejected} with a {@link Reason.Conflict} when
   *     the process had moved on, whether before loading or while deciding
   * @throws NullPointerException when {@code command} is null
   */
  public Outcome handle(Command command) {
    Objects.requireNonNull(command, "command");
    return attempt(command, load(command.context().process()).orElse(null));
  }

  /**
   * Decides a command on the latest stored version, again when another writer came first, at
   * most {@code attempts} times in all: for commands that stay right on a newer version (a
   * lesson, a tally, a registration), not for a decision someone took looking at one version.
   *
   * @param process the process
   * @param actor who issues the command
   * @param at when
   * @param command the command for a context (the latest version each attempt)
   * @param attempts at least 1
   * @return the last attempt's outcome: a conflict only when every attempt lost a race
   * @throws NullPointerException when an argument is null, or {@code command} gives null
   * @throws IllegalArgumentException when {@code attempts} is below 1
   */
  public Outcome handleRetrying(ProcessId process, Actor actor, Instant at,
      Function<CommandContext, ? extends Command> command, int attempts) {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(command, "command");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    Outcome outcome;
    int attempt = 0;
    do {
      ParticipationProcess current = load(process).orElse(null);
      long version = current == null ? 0 : current.version();
      Command next = Objects.requireNonNull(command.apply(CommandContext.of(process, version, actor, at)), "command");
      outcome = attempt(next, current);
      attempt++;
    } while (attempt < attempts && outcome instanceof Outcome.Rejected rejected && rejected.isConflict());
    return outcome;
  }

  private Outcome attempt(Command command, @Nullable ParticipationProcess current) {
    Outcome outcome = engine.decide(current, command);
    if (outcome instanceof Outcome.Accepted accepted) {
      long expected = current == null ? 0 : current.version();
      AppendResult result = store.append(command.context().process(), expected, accepted.events());
      if (result instanceof AppendResult.Conflict conflict) {
        return new Outcome.Rejected(List.of(new Reason.Conflict(command.context().expectedVersion(), conflict.actual())));
      }
    }
    return outcome;
  }

  @Override
  public String toString() {
    return "ProcessService[" + store + "]";
  }
}
