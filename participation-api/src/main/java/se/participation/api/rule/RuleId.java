// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a rule, such as {@code BESLUT-4} or {@code PLANERING-SVARNADDA}:
 * upper-case letters, digits and single hyphens.
 *
 * @param value the identifier
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  /**
   * Rejects an identifier of the wrong form, naming it.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public RuleId {
    Objects.requireNonNull(value, "ruleId");
    if (!FORM.matcher(value).matches() || value.length() > 64) {
      throw new IllegalArgumentException(
          "ruleId must be upper-case letters and digits separated by single hyphens, at most 64"
              + " characters, was \""
              + value
              + "\"");
    }
  }

  /** The identifier with the given value. */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
