// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/** How the process will be evaluated (checklist UTVARDERING-1 to UTVARDERING-3). */
@Value.Immutable
public abstract class EvaluationPlan {

  /** Whether residents evaluate their part in the dialogue (UTVARDERING-1). */
  public abstract boolean residentsEvaluate();

  /** What is evaluated and how, against the goals set in planning (UTVARDERING-2). */
  public abstract String whatAndHow();

  /** How the experience is shared with colleagues (UTVARDERING-3), if decided. */
  public abstract Optional<String> sharing();

  @Value.Check
  void check() {
    Checks.notBlank("whatAndHow", whatAndHow());
    sharing().ifPresent(s -> Checks.notBlank("sharing", s));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvaluationPlan}. */
  public static final class Builder extends ImmutableEvaluationPlan.Builder {}
}
