// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The identifier of a participation process: whatever the municipality files it under, such as a
 * case number ("diarienummer") {@code KS 2025/1234} or {@code SN 2020/00123}, or a slug such as
 * {@code sn-mal-2021}.
 *
 * @param value printable text of 1 to 100 characters, without leading or trailing white space,
 *     line breaks or other control characters
 */
public record ProcessId(String value) implements Comparable<ProcessId> {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 100;

  /**
   * Rejects a value that is not an identifier, naming it.
   *
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when it is blank, longer than {@link #MAX_LENGTH}, padded
   *     with white space, or holds a control character
   */
  public ProcessId {
    Checks.printable("processId", Objects.requireNonNull(value, "processId"), MAX_LENGTH);
  }

  /**
   * The identifier with the given value.
   *
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException as the constructor
   */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }

  @Override
  public int compareTo(ProcessId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
