// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/** A participant's own answer in the evaluation of the dialogue (checklist UTVARDERING-1). */
@Value.Immutable
public abstract class EvaluationAnswer {

  /** Who answered; empty for an anonymous answer. */
  public abstract Optional<ParticipantId> participant();

  /** The evaluation question. */
  public abstract String question();

  /** The answer. */
  public abstract String answer();

  /** When it was given. */
  public abstract Instant at();

  @Value.Check
  void check() {
    Checks.notBlank("question", question());
    Checks.notBlank("answer", answer());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationAnswer}. */
  public static final class Builder extends ImmutableEvaluationAnswer.Builder {}
}
