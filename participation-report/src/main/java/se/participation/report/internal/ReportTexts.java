// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report.internal;

import java.util.List;
import java.util.Locale;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;
import se.participation.api.text.TextCatalogProvider;

/** The report module's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class ReportTexts {
  /** Every text of the report. */
  public static final TextCatalog CATALOG = TextCatalog.load("se.participation.report", "texts",
      name -> ReportTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH));

  private ReportTexts() {}

  /** The text for a key, with placeholders filled. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }

  /** The text for a key in a language. */
  public static String in(Locale language, String key, Object... arguments) {
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
