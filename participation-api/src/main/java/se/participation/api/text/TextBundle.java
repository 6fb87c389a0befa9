// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The SDK's texts in one more language, contributed by an integrator: a service found through
 * {@link java.util.ServiceLoader}, declared with {@code provides
 * se.participation.api.text.TextBundle with …} in a module, or in {@code
 * META-INF/services/se.participation.api.text.TextBundle} on the class path.
 *
 * <p>A bundle gives, for each of the SDK's catalogs ({@link TextCatalog#name()}: {@code
 * se.participation.api}, {@code se.participation.core}, {@code se.participation.json}, {@code
 * se.participation.cli}), the texts it translates. A key it leaves out falls back to Swedish, and
 * {@link TextCatalog#missingKeys(Locale)} lists it. Read the texts from your own module, for
 * example with {@link #read(InputStream)} on {@code getClass().getResourceAsStream(…)}: your module
 * needs to open nothing.
 *
 * <pre>{@code
 * public final class FinnishTexts implements TextBundle {
 *   public Locale language() { return Locale.forLanguageTag("fi"); }
 *   public Map<String, String> texts(String catalog) {
 *     try (InputStream in = FinnishTexts.class.getResourceAsStream(catalog + "_fi.properties")) {
 *       return in == null ? Map.of() : TextBundle.read(in);
 *     } catch (IOException e) {
 *       throw new UncheckedIOException(e);
 *     }
 *   }
 * }
 * }</pre>
 */
public interface TextBundle {

  /** The language of the texts, e.g. {@code fi}, {@code fit} (Meänkieli) or {@code sv-x-lattlast}. */
  Locale language();

  /**
   * The texts of a catalog in this language, key to wording, with the placeholders {@code {0}},
   * {@code {1}}, … of the Swedish wording; empty when the bundle has none for the catalog.
   *
   * @param catalog the catalog's name, e.g. {@code se.participation.core}
   */
  Map<String, String> texts(String catalog);

  /**
   * Reads a UTF-8 properties file into a map of key to wording.
   *
   * @throws IOException when the stream cannot be read
   * @throws IllegalArgumentException when the text is not a properties file (a malformed
   *     {@code \\u} escape)
   */
  static Map<String, String> read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      texts.put(key, properties.getProperty(key));
    }
    return texts;
  }
}
