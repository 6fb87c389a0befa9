// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core.internal;

import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;

/** The core module's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class CoreTexts {
  /** Every text of the core module. */
  public static final TextCatalog CATALOG = TextCatalog.load(CoreTexts.class, "texts");

  private CoreTexts() {}

  /** The text for a key, with placeholders filled in each language. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }
}
