// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import se.participation.api.ParticipationProcess;
import se.participation.api.Part;
import se.participation.api.Severity;
import se.participation.api.rule.Finding;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleId;
import se.participation.api.text.LocalizedText;

/**
 * A rule of the handbook as data: id, part, severity, source passage, when it applies, and a pure
 * check that reports problems to a {@link Findings} collector. Its texts are in the core catalog
 * under {@code rule.<ID>.*}.
 */
public final class HandbookRule implements Rule {

  /** The check of a rule: looks at the process and reports each problem found. */
  @FunctionalInterface
  public interface Check {
    /** Reports every problem of the process to {@code findings}. */
    void check(ParticipationProcess process, Findings findings);
  }

  private final RuleId id;
  private final Part part;
  private final Severity severity;
  private final String source;
  private final Predicate<ParticipationProcess> applicability;
  private final Check check;
  private final String word;

  HandbookRule(
      String id,
      Part part,
      Severity severity,
      String source,
      Predicate<ParticipationProcess> applicability,
      Check check) {
    this.id = RuleId.of(id);
    this.part = Objects.requireNonNull(part, "part");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.source = Objects.requireNonNull(source, "source");
    this.applicability = Objects.requireNonNull(applicability, "applicability");
    this.check = Objects.requireNonNull(check, "check");
    this.word = "";
  }

  private HandbookRule(HandbookRule rule, Severity severity, String word) {
    this.id = rule.id;
    this.part = rule.part;
    this.severity = severity;
    this.source = rule.source;
    this.applicability = rule.applicability;
    this.check = rule.check;
    this.word = word;
  }

  /** This rule at another severity, set by a word of its source. */
  HandbookRule at(Severity newSeverity, String newWord) {
    return new HandbookRule(this, newSeverity, newWord);
  }

  @Override
  public java.util.Optional<String> severityWord() {
    return word.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(word);
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public Part part() {
    return part;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public LocalizedText description() {
    return CoreTexts.text("rule." + id + ".description");
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public boolean appliesTo(ParticipationProcess process) {
    return applicability.test(process);
  }

  @Override
  public List<Finding> evaluate(ParticipationProcess process) {
    Findings findings = new Findings(this);
    check.check(process, findings);
    return findings.list();
  }

  @Override
  public String toString() {
    return id + " (" + part + ", " + severity + ")";
  }

  /** Collects the findings of one rule, with its id, part and severity. */
  public static final class Findings {
    private final HandbookRule rule;
    private final List<Finding> found = new ArrayList<>();

    Findings(HandbookRule rule) {
      this.rule = rule;
    }

    /**
     * Reports a problem with the message {@code rule.<ID>.<message>} and the advice {@code
     * rule.<ID>.<message>.advice}, or {@code rule.<ID>.advice} when the message has none of its own,
     * about a subject.
     */
    public void report(String message, String subject, Object... arguments) {
      String prefix = "rule." + rule.id + ".";
      found.add(
          Finding.builder()
              .ruleId(rule.id)
              .part(rule.part)
              .severity(rule.severity)
              .message(CoreTexts.text(prefix + message, arguments))
              .advice(CoreTexts.text(CoreTexts.CATALOG.contains(prefix + message + ".advice")
                  ? prefix + message + ".advice" : prefix + "advice", arguments))
              .subject(subject)
              .build());
    }

    /**
     * Reports that what the rule needs is missing unless the record marks the question as not
     * documented, in which case a documentation gap is reported instead: never blocking (a
     * blocking rule warns), marked {@link Finding#documentationGap()}.
     *
     * @return whether a gap was reported (so the caller reports nothing else)
     */
    public boolean gapIfUndocumented(ParticipationProcess process, se.participation.api.ChecklistQuestion question) {
      se.participation.api.Undocumented mark = process.undocumented().get(question);
      if (mark == null) {
        return false;
      }
      Severity gap = rule.severity == Severity.BLOCKING ? Severity.WARNING : rule.severity;
      found.add(
          Finding.builder()
              .ruleId(rule.id)
              .part(rule.part)
              .severity(gap)
              .message(CoreTexts.text("rule.undocumented", question.id(), question.text(),
                  mark.note().map(n -> (Object) n).orElse(CoreTexts.text("rule.undocumented.noNote"))))
              .advice(CoreTexts.text("rule.undocumented.advice", question.id()))
              .subject(question.id())
              .documentationGap(true)
              .build());
      return true;
    }

    List<Finding> list() {
      return List.copyOf(found);
    }
  }
}
