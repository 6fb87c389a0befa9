// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A text a person reads, in Swedish and in any number of other languages, keyed by {@link
 * Locale}. Swedish, the handbook's language, is always present and is the fallback: {@link
 * #in(Locale)} never fails.
 *
 * <p>Languages are open: the SDK's own texts exist in Swedish and English, and an integrator can
 * contribute more (Finnish, Meänkieli, the Sami languages, Romani chib, Yiddish, easy-to-read
 * Swedish, …) through {@link TextBundle}. Locales are compared by their language tag; a wording
 * for {@code sv} serves {@code sv-SE}, and one for {@code sv} serves easy-to-read Swedish
 * ({@code sv-x-lattlast}) when that has no wording of its own.
 *
 * <p>Instances are immutable; equal when they hold the same wordings for the same languages.
 */
public final class LocalizedText {
  /** Swedish: the handbook's language, always present, and the fallback of every other. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /** English: every text of the SDK itself exists in it. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final String SWEDISH_TAG = SWEDISH.toLanguageTag();

  /** Wordings by language tag; Swedish first. */
  private final Map<String, String> wordings;

  private LocalizedText(Map<String, String> wordings) {
    this.wordings = wordings;
  }

  /**
   * A text with a Swedish and an English wording.
   *
   * @throws NullPointerException naming {@code sv} or {@code en} when it is null
   * @throws IllegalArgumentException naming {@code sv} or {@code en} when it is blank
   */
  public static LocalizedText of(String sv, String en) {
    Map<String, String> wordings = new LinkedHashMap<>();
    wordings.put(SWEDISH_TAG, wording("sv", sv));
    wordings.put(ENGLISH.toLanguageTag(), wording("en", en));
    return new LocalizedText(Collections.unmodifiableMap(wordings));
  }

  /**
   * A text with a Swedish wording only; every language falls back to it.
   *
   * @throws NullPointerException when {@code sv} is null
   * @throws IllegalArgumentException when {@code sv} is blank
   */
  public static LocalizedText swedish(String sv) {
    return new LocalizedText(Map.of(SWEDISH_TAG, wording("sv", sv)));
  }

  /**
   * A text with a wording for each of the given languages.
   *
   * @param wordings the wording of each language; must hold Swedish
   * @throws NullPointerException when the map, a language or a wording is null
   * @throws IllegalArgumentException when Swedish is missing, a wording is blank, or two locales
   *     have the same language tag
   */
  public static LocalizedText of(Map<Locale, String> wordings) {
    Objects.requireNonNull(wordings, "wordings");
    Map<String, String> byTag = new LinkedHashMap<>();
    String swedish = null;
    for (Map.Entry<Locale, String> entry : wordings.entrySet()) {
      String tag = Objects.requireNonNull(entry.getKey(), "wordings: a language").toLanguageTag();
      String text = wording("wordings[" + tag + "]", entry.getValue());
      if (tag.equals(SWEDISH_TAG)) {
        swedish = text;
      } else if (byTag.put(tag, text) != null) {
        throw new IllegalArgumentException("wordings: the language " + tag + " occurs twice");
      }
    }
    if (swedish == null) {
      throw new IllegalArgumentException(
          "wordings must hold Swedish (sv), the fallback of every language; held " + byTag.keySet());
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put(SWEDISH_TAG, swedish);
    ordered.putAll(byTag);
    return new LocalizedText(Collections.unmodifiableMap(ordered));
  }

  private static String wording(String field, @Nullable String text) {
    Objects.requireNonNull(text, field);
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text;
  }

  /**
   * This text with the wording of one more language, or another wording for a language it has.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the wording is blank
   */
  public LocalizedText with(Locale language, String wording) {
    String tag = Objects.requireNonNull(language, "language").toLanguageTag();
    Map<String, String> copy = new LinkedHashMap<>(wordings);
    copy.put(tag, wording("wording", wording));
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * The wording for a language: its own if it has one, else that of the nearest more general
   * locale ({@code sv-x-lattlast} → {@code sv}, {@code se-NO} → {@code se}), else Swedish.
   *
   * @throws NullPointerException when {@code language} is null
   */
  public String in(Locale language) {
    Objects.requireNonNull(language, "language");
    for (String tag : fallbacks(language)) {
      String wording = wordings.get(tag);
      if (wording != null) {
        return wording;
      }
    }
    return sv();
  }

  /**
   * The wording this text has for exactly this language (by language tag), without falling back.
   *
   * @throws NullPointerException when {@code language} is null
   */
  public Optional<String> exactly(Locale language) {
    return Optional.ofNullable(wordings.get(Objects.requireNonNull(language, "language").toLanguageTag()));
  }

  /**
   * Whether {@link #in(Locale)} finds a wording of the language's own, not Swedish by fallback.
   *
   * @throws NullPointerException when {@code language} is null
   */
  public boolean covers(Locale language) {
    for (String tag : fallbacks(Objects.requireNonNull(language, "language"))) {
      if (wordings.containsKey(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The languages this text has a wording for, Swedish first. */
  public Set<Locale> languages() {
    Set<Locale> languages = new LinkedHashSet<>();
    for (String tag : wordings.keySet()) {
      languages.add(Locale.forLanguageTag(tag));
    }
    return Collections.unmodifiableSet(languages);
  }

  /** The Swedish wording. */
  public String sv() {
    return Objects.requireNonNull(wordings.get(SWEDISH_TAG));
  }

  /** The English wording (Swedish when the text has none). */
  public String en() {
    return in(ENGLISH);
  }

  /**
   * The text with every wording transformed, e.g. to add a prefix.
   *
   * @throws IllegalArgumentException when the function returns a blank wording
   */
  public LocalizedText map(Function<String, String> transform) {
    Objects.requireNonNull(transform, "transform");
    Map<String, String> mapped = new LinkedHashMap<>();
    wordings.forEach((tag, text) -> mapped.put(tag, wording("transformed " + tag, transform.apply(text))));
    return new LocalizedText(Collections.unmodifiableMap(mapped));
  }

  /**
   * The texts joined with a separator, in every language any of them has (each text falling back
   * to Swedish where it lacks that language).
   *
   * @throws IllegalArgumentException when {@code texts} is empty
   */
  public static LocalizedText join(String separator, List<LocalizedText> texts) {
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("texts must not be empty");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (LocalizedText text : texts) {
      tags.addAll(text.wordings.keySet());
    }
    Map<String, String> joined = new LinkedHashMap<>();
    joined.put(SWEDISH_TAG, "");
    for (String tag : tags) {
      Locale language = Locale.forLanguageTag(tag);
      StringBuilder out = new StringBuilder();
      for (LocalizedText text : texts) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(text.in(language));
      }
      joined.put(tag, out.toString());
    }
    return new LocalizedText(Collections.unmodifiableMap(joined));
  }

  /** The language tags to try for a locale, most specific first. */
  static List<String> fallbacks(Locale locale) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(locale.toLanguageTag());
    Locale stripped = locale.stripExtensions();
    tags.add(stripped.toLanguageTag());
    try {
      Locale.Builder builder = new Locale.Builder().setLocale(stripped).setVariant("");
      tags.add(builder.build().toLanguageTag());
      builder.setScript("");
      tags.add(builder.build().toLanguageTag());
    } catch (IllformedLocaleException e) {
      // a legacy locale that the builder does not take: its language alone below
    }
    tags.add(Locale.forLanguageTag(locale.getLanguage()).toLanguageTag());
    tags.remove("und");
    return List.copyOf(tags);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedText text && wordings.equals(text.wordings);
  }

  @Override
  public int hashCode() {
    return wordings.hashCode();
  }

  /** Every wording, separated by {@code " / "}, Swedish first. */
  @Override
  public String toString() {
    return String.join(" / ", wordings.values());
  }
}
