// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import java.util.Optional;
import org.immutables.value.Value;
import se.participation.api.Part;
import se.participation.api.Severity;
import se.participation.api.text.LocalizedText;

/**
 * What a rule found: which rule, in which part, how serious, what is wrong in both languages,
 * what to do about it, and what it concerns (a question, a group, a proposal…).
 */
@Value.Immutable
public abstract class Finding {

  /** The rule that found it. */
  public abstract RuleId ruleId();

  /** The part the rule belongs to. */
  public abstract Part part();

  /** Blocking, warning or advice. */
  public abstract Severity severity();

  /** What is wrong. */
  public abstract LocalizedText message();

  /** What to do about it, if the rule says. */
  public abstract Optional<LocalizedText> advice();

  /** What the finding concerns, e.g. {@code "BESLUT-4"}, {@code "proposal P3"}; empty for all. */
  public abstract Optional<String> subject();

  /**
   * Whether the finding is a documentation gap: what the rule needs is marked as not documented
   * ({@link se.participation.api.Undocumented}), not missing. A judged record lists it among its
   * gaps rather than its findings; it never blocks.
   */
  @org.immutables.value.Value.Default
  public boolean documentationGap() {
    return false;
  }

  /** Whether the finding stops the move to the next part. */
  public final boolean isBlocking() {
    return severity() == Severity.BLOCKING;
  }

  /** A finding of a rule, with its id, part and severity. */
  public static Finding of(Rule rule, LocalizedText message) {
    return builder()
        .ruleId(rule.id())
        .part(rule.part())
        .severity(rule.severity())
        .message(message)
        .build();
  }

  /** A finding of a rule about a subject, with advice. */
  public static Finding of(Rule rule, LocalizedText message, LocalizedText advice, String subject) {
    return builder()
        .ruleId(rule.id())
        .part(rule.part())
        .severity(rule.severity())
        .message(message)
        .advice(advice)
        .subject(subject)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
