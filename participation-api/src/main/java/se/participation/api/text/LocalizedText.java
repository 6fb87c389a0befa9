// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.util.Objects;
import se.participation.api.internal.Checks;

/**
 * A text a person reads, in Swedish and in English. Neither may be blank.
 *
 * @param sv the Swedish wording
 * @param en the English wording
 */
public record LocalizedText(String sv, String en) {

  /** Checks that both wordings are present. */
  public LocalizedText {
    Checks.notBlank("sv", Objects.requireNonNull(sv, "sv"));
    Checks.notBlank("en", Objects.requireNonNull(en, "en"));
  }

  /** A text with a Swedish and an English wording. */
  public static LocalizedText of(String sv, String en) {
    return new LocalizedText(sv, en);
  }

  /** The wording in the given language. */
  public String in(Language language) {
    return switch (language) {
      case SV -> sv;
      case EN -> en;
    };
  }

  @Override
  public String toString() {
    return sv + " / " + en;
  }
}
