// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The opaque identifier of a question the plan wants answered (checklist PLANERING-2).
 *
 * @param value 1 to 64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}
 */
public record QuestionId(String value) implements Comparable<QuestionId> {

  /**
   * Rejects a value that is not a valid identifier, naming it.
   *
   * @throws NullPointerException naming the component when one is null
   * @throws IllegalArgumentException naming the component and its value when the value is not allowed
   */
  public QuestionId {
    Checks.id("questionId", Objects.requireNonNull(value, "questionId"));
  }

  /** The identifier with the given value. */
  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public int compareTo(QuestionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
