// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.util.List;
import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;
import se.participation.api.text.TextCatalogProvider;

/** The API module's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class ApiTexts {
  /** Every text of the API module. */
  public static final TextCatalog CATALOG = TextCatalog.load("se.participation.api", "texts",
      name -> ApiTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH));

  private ApiTexts() {}

  /** The text for a key, with placeholders filled. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }

  /** The label of an enum constant: key {@code <EnumSimpleName>.<CONSTANT>}. */
  public static LocalizedText label(Enum<?> constant) {
    return CATALOG.text(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** An attribute text of an enum constant: key {@code <EnumSimpleName>.<CONSTANT>.<attribute>}. */
  public static LocalizedText attribute(Enum<?> constant, String attribute) {
    return CATALOG.text(
        constant.getDeclaringClass().getSimpleName() + "." + constant.name() + "." + attribute);
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
