// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import se.participation.api.text.LocalizedText;
import se.participation.api.text.TextCatalog;

/** The json module's text catalog ({@code texts_sv/en.properties} beside this class). */
public final class Texts {
  /** Every text of the json module. */
  public static final TextCatalog CATALOG = TextCatalog.load(Texts.class, "texts");

  private Texts() {}

  /** The text for a key, with placeholders filled. */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOG.text(key, arguments);
  }
}
