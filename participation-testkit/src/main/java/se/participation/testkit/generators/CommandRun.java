// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.generators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Command;
import se.participation.api.command.CommandContext;
import se.participation.api.command.Outcome;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.testkit.property.Gen;

/**
 * A random run of commands through an engine, step by step, for stateful property tests: each
 * step has the process before, the command, the outcome and the process after.
 *
 * @param steps every step, in order
 * @param history the events of every accepted command, in order
 */
public record CommandRun(List<Step> steps, List<Event> history) {

  /** Copies the lists. */
  public CommandRun {
    steps = List.copyOf(steps);
    history = List.copyOf(history);
  }

  /**
   * One step of a run.
   *
   * @param before the process before the command, or null before it started
   * @param command the command
   * @param outcome accepted or rejected
   * @param after the process after the command (the same as before when rejected)
   */
  public record Step(
      @Nullable ParticipationProcess before,
      Command command,
      Outcome outcome,
      @Nullable ParticipationProcess after) {
    /**
     * Checks the command and outcome are present.
     *
     * @throws NullPointerException naming the component when one is null
     */
    public Step {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  /** The process at the end of the run, or null when it never started. */
  public @Nullable ParticipationProcess process() {
    return steps.isEmpty() ? null : steps.get(steps.size() - 1).after();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CommandRun[");
    for (Step step : steps) {
      out.append(System.lineSeparator()).append("  ").append(step.command().getClass().getSimpleName())
          .append(" by ").append(step.command().context().actor().roles())
          .append(" at v").append(step.command().context().expectedVersion())
          .append(step.outcome().isAccepted() ? " -> accepted" : " -> rejected");
    }
    return out.append(System.lineSeparator()).append("]").toString();
  }

  /** Decides a command, applies it when accepted, and records the step; gives the process after it. */
  private static @Nullable ParticipationProcess step(ProcessEngine engine, @Nullable ParticipationProcess process,
      Command command, List<Step> steps, List<Event> history) {
    Outcome outcome = engine.decide(process, command);
    ParticipationProcess after = process;
    if (outcome instanceof Outcome.Accepted accepted) {
      after = engine.apply(process, accepted.events());
      history.addAll(accepted.events());
    }
    steps.add(new Step(process, command, outcome, after));
    return after;
  }

  static Gen<CommandRun> generator(ProcessEngine engine, int maxSteps) {
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be at least 1, was " + maxSteps);
    }
    return source -> {
      List<Step> steps = new ArrayList<>();
      List<Event> history = new ArrayList<>();
      ParticipationProcess process = null;
      Instant at = Generators.epoch();
      for (int i = 0; i < maxSteps && (i == 0 || source.drawBoolean(0.97)); i++) {
        at = at.plusSeconds(60);
        Command command;
        if (process == null) {
          command = source.drawBoolean(0.9)
              ? Commands.start(at).generate(source)
              : Commands.arbitrary(null, at).generate(source);
        } else if (source.drawBoolean(0.75)) {
          command = Commands.progress(process, at).generate(source);
        } else {
          command = Commands.arbitrary(process, at).generate(source);
        }
        ParticipationProcess after = step(engine, process, command, steps, history);
        if (process == null && after != null) {
          // The owner grants the generated actors their roles in the process.
          ParticipationProcess started = after;
          for (se.participation.api.ActorRole role : se.participation.api.ActorRole.values()) {
            if (role == se.participation.api.ActorRole.PARTICIPANT) {
              continue;
            }
            se.participation.api.ActorId actor = Commands.actorId(role);
            if (started.rolesOf(actor).contains(role)) {
              continue;
            }
            at = at.plusSeconds(1);
            Command grant = new Command.GrantRole(CommandContext.of(started.id(), started.version(),
                se.participation.api.Actor.of(started.owner().value(), se.participation.api.ActorRole.PROCESS_OWNER), at),
                actor, role);
            ParticipationProcess granted = step(engine, started, grant, steps, history);
            started = granted == null ? started : granted;
          }
          after = started;
        }
        process = after;
      }
      return new CommandRun(steps, history);
    };
  }
}
