// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * The opaque identifier of a participation process.
 *
 * @param value 1 to 64 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}
 */
public record ProcessId(String value) implements Comparable<ProcessId> {

  /** Rejects a value that is not a valid identifier, naming it. */
  public ProcessId {
    Checks.id("processId", Objects.requireNonNull(value, "processId"));
  }

  /** The identifier with the given value. */
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
