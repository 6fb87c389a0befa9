// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Bilingual texts held in one place: a pair of UTF-8 properties files, {@code <base>_sv.properties}
 * and {@code <base>_en.properties}, beside a class of the module that owns them.
 *
 * <p>Loading fails when a key exists in one language and not in the other, so a catalog that
 * loads is complete. Values may hold numbered placeholders such as {@code {0}}; {@link #text(String, Object...)} fills
 * them, rendering {@link Labelled} constants, {@link LocalizedText} and collections of them in each
 * language.
 */
public final class TextCatalog {
  private final String name;
  private final Map<String, LocalizedText> texts;

  private TextCatalog(String name, Map<String, LocalizedText> texts) {
    this.name = name;
    this.texts = texts;
  }

  /**
   * Loads the catalog {@code base} from the package of {@code anchor}.
   *
   * @throws IllegalStateException when a file is missing, unreadable, or the two languages do
   *     not hold the same keys (the message lists the missing keys)
   */
  public static TextCatalog load(Class<?> anchor, String base) {
    Properties sv = read(anchor, base, Language.SV);
    Properties en = read(anchor, base, Language.EN);
    Set<String> onlySv = new TreeSet<>(sv.stringPropertyNames());
    onlySv.removeAll(en.stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(sv.stringPropertyNames());
    if (!onlySv.isEmpty() || !onlyEn.isEmpty()) {
      throw new IllegalStateException(
          "text catalog "
              + base
              + " is incomplete: keys without English text "
              + onlySv
              + ", keys without Swedish text "
              + onlyEn);
    }
    Map<String, LocalizedText> texts = new TreeMap<>();
    for (String key : sv.stringPropertyNames()) {
      texts.put(key, LocalizedText.of(sv.getProperty(key), en.getProperty(key)));
    }
    return new TextCatalog(base, Collections.unmodifiableMap(texts));
  }

  private static Properties read(Class<?> anchor, String base, Language language) {
    String file = base + "_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            "text catalog file " + file + " not found beside " + anchor.getName());
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text catalog file " + file, e);
    }
  }

  /** Every key of the catalog, sorted. */
  public Set<String> keys() {
    return texts.keySet();
  }

  /** Whether the catalog holds the key. */
  public boolean contains(String key) {
    return texts.containsKey(key);
  }

  /**
   * The text for a key, with {@code {0}}, {@code {1}}, … replaced by the arguments in both
   * languages.
   *
   * @throws IllegalArgumentException naming the key and the catalog when the key is unknown
   */
  public LocalizedText text(String key, Object... arguments) {
    LocalizedText pattern = texts.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException(
          "text key \"" + key + "\" does not exist in catalog " + name);
    }
    if (arguments.length == 0) {
      return pattern;
    }
    return LocalizedText.of(
        format(pattern.sv(), Language.SV, arguments), format(pattern.en(), Language.EN, arguments));
  }

  private static String format(String pattern, Language language, Object... arguments) {
    String result = pattern;
    for (int i = 0; i < arguments.length; i++) {
      result = result.replace("{" + i + "}", render(arguments[i], language));
    }
    return result;
  }

  private static String render(Object argument, Language language) {
    if (argument instanceof Labelled labelled) {
      return labelled.label().in(language);
    }
    if (argument instanceof LocalizedText text) {
      return text.in(language);
    }
    if (argument instanceof Collection<?> collection) {
      StringJoiner joined = new StringJoiner(", ");
      for (Object element : collection) {
        joined.add(render(element, language));
      }
      return joined.toString();
    }
    return String.valueOf(argument);
  }
}
