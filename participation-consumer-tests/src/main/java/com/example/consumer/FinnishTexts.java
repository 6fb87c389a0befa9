// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import se.participation.api.text.TextBundle;

/**
 * Finnish, one of Sweden's national minority languages, for a part of the SDK's texts: a
 * municipality in the Finnish administrative area contributes it. The texts sit in this module's
 * own resources ({@code <catalog>_fi.properties}) and are read by this module's code, so the
 * module opens nothing.
 */
public final class FinnishTexts implements TextBundle {
  /** Finnish. */
  public static final Locale FINNISH = Locale.forLanguageTag("fi");

  /** For ServiceLoader. */
  public FinnishTexts() {}

  @Override
  public Locale language() {
    return FINNISH;
  }

  @Override
  public Map<String, String> texts(String catalog) {
    try (InputStream in = FinnishTexts.class.getResourceAsStream(catalog + "_fi.properties")) {
      return in == null ? Map.of() : TextBundle.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
