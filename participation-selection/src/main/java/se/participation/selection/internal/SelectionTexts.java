// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.util.List;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;
import se.participation.api.text.TextCatalogProvider;

/** The selection module's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class SelectionTexts {
  /** Every text of the selection module. */
  public static final TextCatalog CATALOG = TextCatalog.load("se.participation.selection", "texts",
      name -> SelectionTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH));

  private SelectionTexts() {}

  /** The text for a key, with placeholders filled. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
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
