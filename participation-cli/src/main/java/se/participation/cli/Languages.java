// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.participation.api.text.TextCatalog;

/** The languages {@code --lang} takes: every language an installed text catalog holds. */
final class Languages {
  private Languages() {}

  /**
   * The installed language for a tag such as {@code sv}, {@code en}, {@code sv-SE} or a
   * contributed {@code fi}: the exact tag if a catalog holds it, else its language alone.
   *
   * @throws IllegalArgumentException naming the tag and the languages there are
   */
  static Locale resolve(String tag) {
    Set<Locale> installed = TextCatalog.installedLanguages();
    Locale wanted;
    try {
      wanted = new Locale.Builder().setLanguageTag(tag.strip()).build();
    } catch (IllformedLocaleException e) {
      throw unknown(tag, installed);
    }
    for (Locale language : installed) {
      if (language.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())) {
        return language;
      }
    }
    for (Locale language : installed) {
      if (language.toLanguageTag().equalsIgnoreCase(wanted.getLanguage())) {
        return language;
      }
    }
    throw unknown(tag, installed);
  }

  private static IllegalArgumentException unknown(String tag, Set<Locale> installed) {
    return new IllegalArgumentException("--lang must be one of ["
        + installed.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")) + "], was \""
        + tag + "\"");
  }
}
