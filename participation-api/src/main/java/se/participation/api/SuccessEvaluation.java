// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import se.participation.api.internal.Checks;

/**
 * The evaluation of a process: each of the four success criteria with its result and evidence,
 * the representation analysis, the participants' own evaluation answers and the lessons learned.
 */
@Value.Immutable
public abstract class SuccessEvaluation {

  /** The process evaluated. */
  public abstract ProcessId process();

  /** The version of the process evaluated. */
  public abstract long version();

  /** One assessment per criterion, in the handbook's order. */
  public abstract Map<SuccessCriterion, CriterionAssessment> assessments();

  /** Who took part compared with the plan. */
  public abstract RepresentationAnalysis representation();

  /** The participants' own evaluation answers. */
  public abstract List<EvaluationAnswer> participantAnswers();

  /** The lessons learned. */
  public abstract List<Lesson> lessons();

  /**
   * The assessment of one criterion.
   *
   * @throws IllegalStateException when the evaluation has none for the criterion (an evaluation
   *     built by {@code SuccessEvaluator} has all four)
   */
  public final CriterionAssessment assessment(SuccessCriterion criterion) {
    CriterionAssessment assessment = assessments().get(criterion);
    if (assessment == null) {
      throw new IllegalStateException("no assessment of " + criterion);
    }
    return assessment;
  }

  /** Whether every criterion was met. */
  public final boolean successful() {
    return assessments().values().stream().allMatch(a -> a.result() == CriterionResult.MET);
  }

  @Value.Check
  void check() {
    Checks.check(
        assessments().keySet().containsAll(List.of(SuccessCriterion.values())),
        "assessments",
        "must hold every criterion",
        assessments().keySet());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuccessEvaluation}. */
  public static final class Builder extends ImmutableSuccessEvaluation.Builder {}
}
