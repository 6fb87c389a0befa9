// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.assertions;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import se.participation.api.rule.Finding;

/** Assertions on a list of findings. */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  FindingsAssert(List<Finding> actual) {
    super(actual, FindingsAssert.class);
  }

  /** There is a finding of the rule with this id. */
  public FindingsAssert containsRule(String ruleId) {
    isNotNull();
    if (actual.stream().noneMatch(f -> f.ruleId().value().equals(ruleId))) {
      failWithMessage("Expected a finding for %s, but the findings were:%s", ruleId, ParticipationAssertions.describeAll(actual));
    }
    return this;
  }

  /** There is no finding of the rule with this id. */
  public FindingsAssert doesNotContainRule(String ruleId) {
    isNotNull();
    List<Finding> found = actual.stream().filter(f -> f.ruleId().value().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      failWithMessage("Expected no finding for %s, but found:%s", ruleId, ParticipationAssertions.describeAll(found));
    }
    return this;
  }

  /** No finding is blocking. */
  public FindingsAssert hasNoBlocking() {
    isNotNull();
    List<Finding> blocking = actual.stream().filter(Finding::isBlocking).toList();
    if (!blocking.isEmpty()) {
      failWithMessage("Expected no blocking finding, but found:%s", ParticipationAssertions.describeAll(blocking));
    }
    return this;
  }

  /** Every finding has a message, and advice where given, in Swedish and English with no placeholder left. */
  public FindingsAssert allRenderInBothLanguages() {
    isNotNull();
    for (Finding finding : actual) {
      boolean complete = rendered(finding.message().sv()) && rendered(finding.message().en())
          && finding.advice().map(a -> rendered(a.sv()) && rendered(a.en())).orElse(true);
      if (!complete) {
        failWithMessage("Expected every finding to render in Swedish and English, but %s has sv \"%s\", en \"%s\"",
            finding.ruleId(), finding.message().sv(), finding.message().en());
      }
    }
    return this;
  }

  private static boolean rendered(String text) {
    return !text.isBlank() && !text.matches(".*\\{\\d+}.*");
  }
}
