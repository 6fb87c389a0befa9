// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.participation.api.event.Event;
import se.participation.api.internal.Checks;
import se.participation.api.rule.Finding;

/**
 * What became of a command: accepted with the events it caused, or rejected with every reason.
 * A refusal is a value, not an exception.
 */
public sealed interface Outcome {

  /** Whether the command was accepted. */
  boolean isAccepted();

  /**
   * The acceptance, for callers that treat a refusal as exceptional.
   *
   * @throws CommandRefusedException carrying every reason when the command was rejected
   */
  Accepted orElseThrow();

  /** The events the command caused; empty when it was rejected. */
  List<Event> events();

  /** The refusal, when the command was rejected. */
  Optional<Rejected> refusal();

  /**
   * The command was accepted.
   *
   * @param events the events it caused, in order; at least one
   * @param findings non-blocking findings the move produced (warnings and advice), if any
   */
  record Accepted(List<Event> events, List<Finding> findings) implements Outcome {
    /**
     * Rejects an acceptance without events.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Accepted {
      events = List.copyOf(Checks.notEmpty("events", Objects.requireNonNull(events, "events")));
      findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Accepted orElseThrow() {
      return this;
    }

    @Override
    public Optional<Rejected> refusal() {
      return Optional.empty();
    }
  }

  /**
   * The command was rejected; nothing changed.
   *
   * @param reasons every reason, at least one
   */
  record Rejected(List<Reason> reasons) implements Outcome {
    /**
     * Rejects a rejection without reasons.
     *
     * @throws NullPointerException naming the component when one is null
     * @throws IllegalArgumentException naming the component and its value when the value is not allowed
     */
    public Rejected {
      reasons = List.copyOf(Checks.notEmpty("reasons", Objects.requireNonNull(reasons, "reasons")));
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Accepted orElseThrow() {
      throw new CommandRefusedException(this);
    }

    @Override
    public List<Event> events() {
      return List.of();
    }

    @Override
    public Optional<Rejected> refusal() {
      return Optional.of(this);
    }

    /** The blocking findings among the reasons. */
    public List<Finding> blockingFindings() {
      return reasons.stream()
          .filter(Reason.Blocked.class::isInstance)
          .map(r -> ((Reason.Blocked) r).finding())
          .toList();
    }

    /** Whether the rejection is a version conflict. */
    public boolean isConflict() {
      return reasons.stream().anyMatch(Reason.Conflict.class::isInstance);
    }
  }
}
