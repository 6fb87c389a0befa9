// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the API's value types. Each failure names the field and the value.
 *
 * <p>Not exported: internal to the module.
 */
public final class Checks {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

  private Checks() {}

  /** Rejects a blank string; returns it unchanged. */
  public static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was \"" + value + "\"");
    }
    return value;
  }

  /** Rejects a string that is not a valid opaque identifier. */
  public static String id(String field, String value) {
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter"
              + " or digit, was \""
              + value
              + "\"");
    }
    return value;
  }

  /**
   * Rejects a string that is not printable text of 1 to {@code max} characters without leading or
   * trailing white space, line breaks or other control characters (a case number such as {@code
   * KS 2025/1234} is fine).
   */
  public static String printable(String field, String value, int max) {
    String problem = null;
    if (value.isEmpty() || value.isBlank()) {
      problem = "must not be blank";
    } else if (value.length() > max) {
      problem = "must be at most " + max + " characters, was " + value.length();
    } else if (!value.equals(value.strip())) {
      problem = "must not begin or end with white space";
    } else {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
            || c == '\u2028' || c == '\u2029') {
          problem = "must not hold control or formatting characters (found U+"
              + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at " + i + ")";
          break;
        }
      }
    }
    if (problem != null) {
      throw new IllegalArgumentException(field + " " + problem + ", was \"" + shown(value) + "\"");
    }
    return value;
  }

  /** A value as it may be quoted in an error: control characters escaped, at most 80 characters. */
  public static String shown(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < value.length() && out.length() < 80; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    // Cut where the shown text reaches 80 characters, escapes counted: the mark says so.
    return i < value.length() ? out + "…" : out.toString();
  }

  private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of(
      "vet ej", "vet inte", "okänt", "okänd", "saknas", "uppgift saknas", "ej känt", "inte känt", "ej aktuellt",
      "ingen uppgift", "n/a", "na", "tbd", "todo", "unknown", "x", "xx", "xxx", "test");

  /**
   * Whether a text answers nothing: only punctuation (a dash, a question mark, dots) or a
   * placeholder such as "vet ej", "okänt", "saknas", "tbd".
   */
  public static boolean placeholder(String text) {
    String stripped = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true;
    }
    return PLACEHOLDERS.contains(stripped.replaceAll("[.!?…]+$", "").strip());
  }

  /** Rejects a negative number. */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return value;
  }

  /** Rejects a number below the given minimum. */
  public static long atLeast(String field, long minimum, long value) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          field + " must be at least " + minimum + ", was " + value);
    }
    return value;
  }

  /** Rejects an empty collection. */
  public static <C extends Collection<?>> C notEmpty(String field, C value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty, was " + value);
    }
    return value;
  }

  /** Rejects a condition that does not hold, with the given message after the field name. */
  public static void check(boolean condition, String field, String problem, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + problem + ", was " + value);
    }
  }
}
