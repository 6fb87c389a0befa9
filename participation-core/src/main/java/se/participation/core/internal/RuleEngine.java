// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.participation.api.ParticipationProcess;
import se.participation.api.Part;
import se.participation.api.Severity;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.rule.RuleSet;

/**
 * Evaluates the rules of a part, containing failures: a rule that throws, or returns findings
 * that are not its own, produces one finding that names it; it never stops the engine.
 */
public final class RuleEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private RuleEngine() {}

  /** Every finding of the rules of {@code part} that apply to the process. */
  public static List<Finding> evaluate(RuleSet rules, ParticipationProcess process, Part part) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules.rulesOf(part)) {
      findings.addAll(evaluate(rule, process));
    }
    return findings;
  }

  /** The findings of one rule, or one finding naming the rule when it fails. */
  public static List<Finding> evaluate(Rule rule, ParticipationProcess process) {
    RuleId id = rule.id();
    try {
      if (!rule.appliesTo(process)) {
        return List.of();
      }
      List<Finding> findings = rule.evaluate(process);
      for (Finding finding : findings) {
        if (!finding.ruleId().equals(id)) {
          return List.of(
              broken(
                  rule,
                  new IllegalStateException(
                      "returned a finding of another rule, " + finding.ruleId())));
        }
      }
      return List.copyOf(findings);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      LOG.warn("Rule {} failed on process {}; reported as a finding", id, process.id(), e);
      return List.of(broken(rule, e));
    }
  }

  private static Finding broken(Rule rule, Throwable failure) {
    Severity severity;
    Part part;
    try {
      severity = rule.severity() == Severity.BLOCKING ? Severity.BLOCKING : Severity.WARNING;
      part = rule.part();
    } catch (RuntimeException e) {
      severity = Severity.BLOCKING;
      part = Part.BESLUT;
    }
    String detail = failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    return Finding.builder()
        .ruleId(rule.id())
        .part(part)
        .severity(severity)
        .message(CoreTexts.text("engine.brokenRule", rule.id(), detail))
        .advice(CoreTexts.text("engine.brokenRule.advice", rule.id()))
        .subject(rule.id().value())
        .build();
  }
}
