// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import org.assertj.core.api.AbstractAssert;
import se.participation.api.CriterionAssessment;
import se.participation.api.CriterionResult;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.TargetGroupId;
import se.participation.api.text.LocalizedText;

/** Assertions on an evaluation of the four success criteria. */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, SuccessEvaluation> {

  EvaluationAssert(SuccessEvaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /** The criterion has this result. */
  public EvaluationAssert hasResult(SuccessCriterion criterion, CriterionResult result) {
    isNotNull();
    CriterionAssessment assessment = actual.assessment(criterion);
    if (assessment.result() != result) {
      failWithMessage("Expected %s to be %s, but it is %s; the evidence is:%s", criterion, result, assessment.result(), evidence(assessment));
    }
    return this;
  }

  /** The criterion's evidence has a line containing this text, in Swedish or English. */
  public EvaluationAssert hasEvidenceContaining(SuccessCriterion criterion, String text) {
    isNotNull();
    CriterionAssessment assessment = actual.assessment(criterion);
    if (assessment.evidence().stream().noneMatch(e -> e.sv().contains(text) || e.en().contains(text))) {
      failWithMessage("Expected evidence of %s containing \"%s\", but the evidence is:%s", criterion, text, evidence(assessment));
    }
    return this;
  }

  /** The representation analysis names this target group as missing. */
  public EvaluationAssert isMissingGroup(String targetGroupId) {
    isNotNull();
    if (!actual.representation().missingGroups().contains(TargetGroupId.of(targetGroupId))) {
      failWithMessage("Expected target group %s to be missing, but the missing groups are %s",
          targetGroupId, actual.representation().missingGroups());
    }
    return this;
  }

  private static String evidence(CriterionAssessment assessment) {
    StringBuilder out = new StringBuilder();
    for (LocalizedText line : assessment.evidence()) {
      out.append(System.lineSeparator()).append("  - ").append(line.en());
    }
    return out.toString();
  }
}
