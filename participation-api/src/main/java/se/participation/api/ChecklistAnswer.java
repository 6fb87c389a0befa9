// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A yes or no to a question of the decision checklist, with who answered, when and why. A new
 * answer to the same question replaces the old one in the process; the history keeps both.
 */
@Value.Immutable
public abstract class ChecklistAnswer {

  /** The question answered; a yes/no question. */
  public abstract ChecklistQuestion question();

  /** Whether the answer is yes ("Ja"). */
  public abstract boolean yes();

  /** Who answered. */
  public abstract ActorId answeredBy();

  /** When the answer was given. */
  public abstract Instant answeredAt();

  /** Why, or under which conditions, if said. */
  public abstract Optional<String> comment();

  @Value.Check
  void check() {
    Checks.check(
        question().answerKind() == AnswerKind.YES_NO,
        "question",
        "must be a yes/no question",
        question().id());
    comment().ifPresent(c -> Checks.notBlank("comment", c));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChecklistAnswer}. */
  public static final class Builder extends ImmutableChecklistAnswer.Builder {}
}
