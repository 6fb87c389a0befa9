// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.util.Locale;
import se.participation.api.text.LocalizedText;
import java.util.List;
import se.participation.api.text.TextCatalog;
import se.participation.api.text.TextCatalogProvider;

/** The command's texts ({@code texts_sv/en.properties} beside this class). */
public final class CliTexts {
  static final TextCatalog CATALOG = TextCatalog.load("se.participation.cli", "texts",
      name -> CliTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH));

  private CliTexts() {}

  static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }

  static String text(Locale language, String key, Object... arguments) {
    return CATALOG.text(key, arguments).in(language);
  }

  /** Makes the catalog known to {@link TextCatalog#installed()}. */
  public static final class Provider implements TextCatalogProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public TextCatalog catalog() {
      return CATALOG;
    }
  }
}
