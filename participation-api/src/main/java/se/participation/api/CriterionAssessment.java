// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;
import se.participation.api.text.LocalizedText;

/** Whether one success criterion was met, and the evidence from the record. */
@Value.Immutable
public abstract class CriterionAssessment {

  /** The criterion. */
  public abstract SuccessCriterion criterion();

  /** Met, partly met or not met. */
  public abstract CriterionResult result();

  /** What in the record shows it, one line a fact. */
  public abstract List<LocalizedText> evidence();

  /**
   * The measure behind the result: target groups reached, planned questions addressed,
   * proposals of the expected result standing, or participants who took part and got feedback.
   */
  public abstract int achieved();

  /**
   * What {@link #achieved()} is measured against: planned target groups, planned questions, the
   * minimum number of proposals wanted, or participants who took part.
   */
  public abstract int outOf();

  @Value.Check
  void check() {
    Checks.notNegative("achieved", achieved());
    Checks.notNegative("outOf", outOf());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionAssessment}. */
  public static final class Builder extends ImmutableCriterionAssessment.Builder {}
}
