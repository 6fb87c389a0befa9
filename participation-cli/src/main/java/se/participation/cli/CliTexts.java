// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import se.participation.api.text.Language;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;

/** The command's texts ({@code texts_sv/en.properties} beside this class). */
final class CliTexts {
  static final TextCatalog CATALOG = TextCatalog.load(CliTexts.class, "texts");

  private CliTexts() {}

  static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }

  static String text(Language language, String key, Object... arguments) {
    return CATALOG.text(key, arguments).in(language);
  }
}
