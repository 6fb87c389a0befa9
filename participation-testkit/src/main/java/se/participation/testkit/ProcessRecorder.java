// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.participation.api.Actor;
import se.participation.api.ParticipationProcess;
import se.participation.api.ProcessId;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;

/**
 * Records a process by running commands through an engine: each command gets the current version
 * and the time given, must be accepted, and its events are applied and kept.
 *
 * <pre>{@code
 * ProcessRecorder recorder = new ProcessRecorder(ProcessEngine.withHandbookRulesOnly(), ProcessId.of("p"));
 * recorder.at(Instant.parse("2021-03-01T09:00:00Z"))
 *     .run(owner, c -> new Command.StartProcess(c, "Title", "Question", EngagementLevel.RESONEMANG));
 * }</pre>
 */
public final class ProcessRecorder {
  private final ProcessEngine engine;
  private final ProcessId id;
  private final List<Event> history = new ArrayList<>();
  private @Nullable ParticipationProcess process;
  private Instant now = Instant.EPOCH;

  /**
   * A recorder for a new process with the given id.
   *
   * @throws NullPointerException when an argument is null
   */
  public ProcessRecorder(ProcessEngine engine, ProcessId id) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * Sets the time of the next commands; time must not go backwards.
   *
   * @throws IllegalArgumentException when {@code time} is before the current time
   */
  public ProcessRecorder at(Instant time) {
    if (time.isBefore(now)) {
      throw new IllegalArgumentException("time must not go backwards: " + time + " is before " + now);
    }
    this.now = time;
    return this;
  }

  /** The context of the next command by an actor: this process, its version, the current time. */
  public CommandContext context(Actor actor) {
    return CommandContext.of(id, process == null ? 0 : process.version(), actor, now);
  }

  /**
   * Runs a command that must be accepted.
   *
   * @throws IllegalStateException listing every reason when the command is rejected
   */
  public ProcessRecorder run(Actor actor, Function<CommandContext, Command> command) {
    Command built = command.apply(context(actor));
    Outcome outcome = engine.decide(process, built);
    if (outcome instanceof Outcome.Rejected rejected) {
      throw new IllegalStateException(
          built.getClass().getSimpleName()
              + " was rejected: "
              + rejected.reasons().stream().map(r -> r.message().en()).collect(Collectors.joining("; ")));
    }
    List<Event> events = ((Outcome.Accepted) outcome).events();
    process = engine.apply(process, events);
    history.addAll(events);
    return this;
  }

  /** Decides a command without running it. */
  public Outcome decide(Actor actor, Function<CommandContext, Command> command) {
    return engine.decide(process, command.apply(context(actor)));
  }

  /**
   * Grants each actor, in the process, the roles it claims (but {@code PARTICIPANT}, which
   * residents hold as themselves), as the owner would: authority is bound to the process.
   *
   * @param owner the process owner who grants
   * @param actors the actors whose roles are granted
   * @return this recorder
   * @throws IllegalStateException when a grant is refused, or before the process started
   */
  public ProcessRecorder grant(Actor owner, Actor... actors) {
    for (Actor actor : actors) {
      for (se.participation.api.ActorRole role : actor.roles()) {
        if (role != se.participation.api.ActorRole.PARTICIPANT && !process().rolesOf(actor.id()).contains(role)) {
          run(owner, c -> new Command.GrantRole(c, actor.id(), role));
        }
      }
    }
    return this;
  }

  /**
   * The process as recorded so far.
   *
   * @throws IllegalStateException before the first command
   */
  public ParticipationProcess process() {
    if (process == null) {
      throw new IllegalStateException("no command has been run yet");
    }
    return process;
  }

  /** Every event so far, oldest first. */
  public List<Event> history() {
    return List.copyOf(history);
  }
}
