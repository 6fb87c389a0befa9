// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.util.Locale;

/** A language every text of the SDK exists in: Swedish, the handbook's, and English. */
public enum Language {
  /** Swedish, the language of the handbook and the default. */
  SV(Locale.forLanguageTag("sv-SE")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale to format numbers and dates with in this language. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a tag such as {@code "sv"}, {@code "en"} or {@code "sv-SE"}.
   *
   * @throws IllegalArgumentException naming the tag and the allowed values when it is neither
   */
  public static Language fromTag(String tag) {
    String language = Locale.forLanguageTag(tag.strip()).getLanguage();
    for (Language candidate : values()) {
      if (candidate.locale.getLanguage().equals(language)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("language must be one of [sv, en], was \"" + tag + "\"");
  }
}
