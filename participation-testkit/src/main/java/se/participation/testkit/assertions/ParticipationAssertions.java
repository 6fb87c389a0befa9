// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import java.util.List;
import se.participation.api.ParticipationProcess;
import se.participation.api.SuccessEvaluation;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;

/**
 * Entry points of the testkit's assertions.
 *
 * <pre>{@code
 * import static se.participation.testkit.assertions.ParticipationAssertions.assertThat;
 *
 * assertThat(engine.decide(process, proceed)).isRejected().hasFindingFor("BESLUT-4");
 * assertThat(process).isInPart(Part.PLANERING).hasNoBlockingFindings(engine);
 * assertThat(SuccessEvaluator.evaluate(process))
 *     .hasResult(SuccessCriterion.TARGET_GROUPS_REACHED, CriterionResult.NOT_MET);
 * }</pre>
 */
public final class ParticipationAssertions {
  private ParticipationAssertions() {}

  /** Assertions on the outcome of a command. */
  public static OutcomeAssert assertThat(Outcome actual) {
    return new OutcomeAssert(actual);
  }

  /** Assertions on a process. */
  public static ProcessAssert assertThat(ParticipationProcess actual) {
    return new ProcessAssert(actual);
  }

  /** Assertions on an evaluation of the success criteria. */
  public static EvaluationAssert assertThat(SuccessEvaluation actual) {
    return new EvaluationAssert(actual);
  }

  /** Assertions on findings, e.g. {@code engine.findings(process)}. */
  public static FindingsAssert assertThatFindings(List<Finding> actual) {
    return new FindingsAssert(actual);
  }

  static String describe(Finding finding) {
    return finding.ruleId() + " (" + finding.part() + ", " + finding.severity() + "): " + finding.message().en();
  }

  static String describeAll(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    StringBuilder out = new StringBuilder();
    for (Finding finding : findings) {
      out.append(System.lineSeparator()).append("  - ").append(describe(finding));
    }
    return out.toString();
  }
}
