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
 * Evaluates the rules of a part, containing failures: a rule that throws anything (an exception,
 * checked or not, an {@code AssertionError}, a {@code StackOverflowError}, a linkage error), or
 * returns findings that are not its own, produces one finding that names it; it never stops the
 * engine. Only a {@link VirtualMachineError} other than stack overflow (the machine is out of
 * memory or broken) passes through.
 *
 * <p>A failure's message may hold anything the rule saw, personal data included, so neither the
 * finding nor the log carries it: both name the rule and the exception's type. An integrator who
 * wants the message and the stack trace in the log while developing a rule sets the system
 * property {@value #DETAILS} to {@code true}.
 */
public final class RuleEngine {
  /** The system property that puts a failing rule's message and stack trace in the log. */
  public static final String DETAILS = "participation.rules.logFailureDetails";

  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);
  private static final RuleId UNIDENTIFIED = RuleId.of("UNIDENTIFIED-RULE");

  private RuleEngine() {}

  /** Every finding of the rules of {@code part} that apply to the process. */
  public static List<Finding> evaluate(RuleSet rules, ParticipationProcess process, Part part) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules.rulesOf(part)) {
      findings.addAll(evaluate(rule, process, part));
    }
    return findings;
  }

  /** The findings of one rule, or one finding naming the rule when it fails. */
  public static List<Finding> evaluate(Rule rule, ParticipationProcess process) {
    return evaluate(rule, process, null);
  }

  private static List<Finding> evaluate(Rule rule, ParticipationProcess process, @org.jspecify.annotations.Nullable Part part) {
    RuleId id;
    try {
      id = java.util.Objects.requireNonNull(rule.id(), "id");
    } catch (Throwable e) {
      rethrowIfFatal(e);
      id = UNIDENTIFIED;
    }
    try {
      if (!rule.appliesTo(process)) {
        return List.of();
      }
      List<Finding> findings = java.util.Objects.requireNonNull(rule.evaluate(process), "findings");
      for (Finding finding : findings) {
        if (finding == null || !finding.ruleId().equals(id)) {
          return List.of(finding(rule, id, part, CoreTexts.text("engine.foreignFinding", id,
              finding == null ? "null" : finding.ruleId())));
        }
      }
      return List.copyOf(findings);
    } catch (Throwable e) {
      rethrowIfFatal(e);
      if (Boolean.getBoolean(DETAILS)) {
        LOG.warn("Rule {} failed on process {}; reported as a finding", id, process.id(), e);
      } else {
        LOG.warn("Rule {} failed on process {} with {}; reported as a finding (set -D{}=true for the message)",
            id, process.id(), e.getClass().getName(), DETAILS);
      }
      return List.of(broken(rule, id, part, e));
    }
  }

  private static void rethrowIfFatal(Throwable e) {
    if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
      throw fatal;
    }
  }

  private static Finding broken(Rule rule, RuleId id, @org.jspecify.annotations.Nullable Part known, Throwable failure) {
    return finding(rule, id, known, CoreTexts.text("engine.brokenRule", id, failure.getClass().getSimpleName()));
  }

  private static Finding finding(Rule rule, RuleId id, @org.jspecify.annotations.Nullable Part known,
      se.participation.api.text.LocalizedText message) {
    Severity severity = Severity.BLOCKING;
    Part part = known == null ? Part.BESLUT : known;
    try {
      severity = rule.severity() == Severity.BLOCKING ? Severity.BLOCKING : Severity.WARNING;
      if (known == null) {
        part = java.util.Objects.requireNonNull(rule.part(), "part");
      }
    } catch (Throwable e) {
      rethrowIfFatal(e);
    }
    return Finding.builder()
        .ruleId(id)
        .part(part)
        .severity(severity)
        .message(message)
        .advice(CoreTexts.text("engine.brokenRule.advice", id))
        .subject(id.value())
        .build();
  }
}
