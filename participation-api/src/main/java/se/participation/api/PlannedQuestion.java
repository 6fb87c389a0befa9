// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * A question the dialogue should answer, and how the answers will be used (checklist
 * PLANERING-2).
 */
@Value.Immutable
public abstract class PlannedQuestion {

  /** The question's identifier, referred to by proposals and meetings. */
  @Value.Parameter
  public abstract QuestionId id();

  /** The question. */
  @Value.Parameter
  public abstract String text();

  /** How the answers will be used. */
  @Value.Parameter
  public abstract Optional<String> intendedUse();

  @Value.Check
  void check() {
    Checks.notBlank("text", text());
    intendedUse().ifPresent(u -> Checks.notBlank("intendedUse", u));
  }

  /** A planned question with how its answers will be used. */
  public static PlannedQuestion of(String id, String text, String intendedUse) {
    return ImmutablePlannedQuestion.of(QuestionId.of(id), text, Optional.of(intendedUse));
  }

  /** A planned question whose use is not yet stated. */
  public static PlannedQuestion of(String id, String text) {
    return ImmutablePlannedQuestion.of(QuestionId.of(id), text, Optional.empty());
  }
}
