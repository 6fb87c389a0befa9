// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import java.util.List;
import se.participation.api.ParticipationProcess;
import se.participation.api.Part;
import se.participation.api.Severity;
import se.participation.api.text.LocalizedText;

/**
 * A rule of the handbook, or of an integrator: a stable id, the part it belongs to, a severity,
 * its text, the passage it rests on, and a pure evaluation.
 *
 * <p>A rule's part is the part whose move onwards it guards: a blocking finding of the current
 * part stops the process from moving to the next. {@link #evaluate} must be pure: no clock, no
 * I/O, no state; it may throw, and the engine turns that into a finding that names the rule.
 */
public interface Rule {

  /** The rule's stable identifier. */
  RuleId id();

  /** The part whose move onwards the rule guards. */
  Part part();

  /** The severity of the rule's findings. */
  Severity severity();

  /** What the rule demands, in Swedish and English. */
  LocalizedText description();

  /** The passage of the handbook (or other source) the rule rests on, quoted with its place. */
  String source();

  /**
   * The word of the source that sets the rule's severity, quoted: "ska" or "måste" make a rule
   * blocking, "viktigt", "av yttersta vikt" or "bör" a warning, "gärna", "kan" or "ett stöd"
   * advice. Empty when the source gives no such word (say so in {@link #source()}).
   */
  default java.util.Optional<String> severityWord() {
    return java.util.Optional.empty();
  }

  /**
   * Whether the rule applies to the process at all. By default a rule applies only to dialogue:
   * information and consultation are not dialogue, and the handbook's rules for dialogue do not
   * count them as such.
   */
  default boolean appliesTo(ParticipationProcess process) {
    return process.isDialogue();
  }

  /** The findings for a process; empty when the rule is satisfied. */
  List<Finding> evaluate(ParticipationProcess process);
}
