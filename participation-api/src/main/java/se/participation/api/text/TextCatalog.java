// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one module of the SDK, in every language it ships and every language an
 * integrator contributes through {@link TextBundle}.
 *
 * <p>A module ships its texts as UTF-8 properties files beside one of its classes, {@code
 * <base>_sv.properties}, {@code <base>_en.properties}, …, and loads them with {@link #load}, handing
 * over a {@link Resources} that opens them from its own code, so the catalog loads on the module
 * path without opening any package. The shipped languages must hold the same keys, so a catalog
 * that loads is complete in them. A contributed language may lack keys: those fall back to
 * Swedish, and {@link #missingKeys(Locale)} lists them.
 *
 * <p>Wordings hold numbered placeholders such as {@code {0}}; {@link #text(String, Object...)}
 * fills them in one pass (an argument's own text is never read as a placeholder), rendering
 * {@link Labelled} constants, {@link LocalizedText} and collections of them in each language.
 * Control and bidirectional-override characters in an argument are replaced by {@code U+FFFD},
 * so input cannot forge lines or reorder a message.
 */
public final class TextCatalog {
  private static final System.Logger LOG = System.getLogger(TextCatalog.class.getName());

  private final String name;
  /** The catalog's languages, Swedish first, then the shipped ones, then contributed ones. */
  private final List<Locale> languages;
  /** Patterns by language tag, then key. */
  private final Map<String, Map<String, String>> patterns;
  /** Keys a contributed language gives that the catalog does not have, by language tag. */
  private final Map<String, Set<String>> unknown;

  private TextCatalog(
      String name, List<Locale> languages, Map<String, Map<String, String>> patterns, Map<String, Set<String>> unknown) {
    this.name = name;
    this.languages = languages;
    this.patterns = patterns;
    this.unknown = unknown;
  }

  /**
   * Opens a resource of the module that owns a catalog. Implement it with a lambda in that
   * module, e.g. {@code name -> MyTexts.class.getResourceAsStream(name)}: the module reads its own
   * resources, so no package has to be opened.
   */
  @FunctionalInterface
  public interface Resources {
    /**
     * The resource's content, or {@code null} when it does not exist.
     *
     * @throws IOException when it exists but cannot be opened
     */
    @Nullable InputStream open(String resource) throws IOException;
  }

  /**
   * Loads the catalog {@code name} from {@code <base>_<tag>.properties} for each shipped
   * language, and adds every language contributed for it through {@link TextBundle}.
   *
   * @param name the catalog's name, by convention the module's, e.g. {@code se.participation.core}
   * @param base the files' base name, e.g. {@code texts}
   * @param resources opens the files, from the module that owns them
   * @param shipped the languages the module ships; must hold Swedish
   * @throws IllegalArgumentException when {@code shipped} does not hold Swedish
   * @throws IllegalStateException when a file is missing, or the shipped languages do not hold
   *     the same keys (the message lists the missing keys)
   * @throws UncheckedIOException when a file cannot be read
   */
  public static TextCatalog load(String name, String base, Resources resources, List<Locale> shipped) {
    return load(name, base, resources, shipped, Contributions.bundles());
  }

  /**
   * Loads a catalog as {@link #load(String, String, Resources, List)} does, with the given
   * contributed bundles instead of those of {@link ServiceLoader}.
   *
   * @throws IllegalArgumentException when {@code shipped} does not hold Swedish
   * @throws IllegalStateException when a file is missing or the shipped languages differ in keys
   * @throws UncheckedIOException when a file cannot be read
   */
  public static TextCatalog load(
      String name, String base, Resources resources, List<Locale> shipped, Iterable<? extends TextBundle> bundles) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(bundles, "bundles");
    if (!Objects.requireNonNull(shipped, "shipped").contains(LocalizedText.SWEDISH)) {
      throw new IllegalArgumentException("shipped must hold Swedish (sv), was " + shipped);
    }
    List<Locale> languages = new ArrayList<>();
    Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
    languages.add(LocalizedText.SWEDISH);
    patterns.put(LocalizedText.SWEDISH.toLanguageTag(), read(name, base, resources, LocalizedText.SWEDISH));
    Set<String> keys = patterns.get(LocalizedText.SWEDISH.toLanguageTag()).keySet();
    for (Locale language : shipped) {
      String tag = language.toLanguageTag();
      if (patterns.containsKey(tag)) {
        continue;
      }
      Map<String, String> texts = read(name, base, resources, language);
      Set<String> missing = new TreeSet<>(keys);
      missing.removeAll(texts.keySet());
      Set<String> extra = new TreeSet<>(texts.keySet());
      extra.removeAll(keys);
      if (!missing.isEmpty() || !extra.isEmpty()) {
        throw new IllegalStateException("text catalog " + name + " is incomplete: keys without " + tag
            + " text " + missing + ", keys without Swedish text " + extra);
      }
      languages.add(language);
      patterns.put(tag, texts);
    }
    Map<String, Set<String>> unknown = new TreeMap<>();
    for (TextBundle bundle : bundles) {
      contribute(name, keys, bundle, languages, patterns, unknown);
    }
    Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
    patterns.forEach((tag, texts) -> frozen.put(tag, Collections.unmodifiableMap(new TreeMap<>(texts))));
    return new TextCatalog(name, List.copyOf(languages), Collections.unmodifiableMap(frozen), unknown);
  }

  private static void contribute(String name, Set<String> keys, TextBundle bundle, List<Locale> languages,
      Map<String, Map<String, String>> patterns, Map<String, Set<String>> unknown) {
    Locale language;
    Map<String, String> texts;
    try {
      language = Objects.requireNonNull(bundle.language(), "language()");
      texts = Objects.requireNonNull(bundle.texts(name), "texts()");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "text bundle {0} failed for catalog {1} and is left out: {2}",
          bundle.getClass().getName(), name, e.getClass().getName());
      return;
    }
    if (texts.isEmpty()) {
      return;
    }
    String tag = language.toLanguageTag();
    Map<String, String> target = patterns.computeIfAbsent(tag, t -> {
      languages.add(language);
      return new TreeMap<>();
    });
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null || entry.getValue().isBlank()) {
        continue;
      }
      if (keys.contains(entry.getKey())) {
        target.put(entry.getKey(), entry.getValue());
      } else {
        unknown.computeIfAbsent(tag, t -> new TreeSet<>()).add(entry.getKey());
      }
    }
  }

  private static Map<String, String> read(String name, String base, Resources resources, Locale language) {
    String file = base + "_" + language.toLanguageTag().replace('-', '_') + ".properties";
    try (InputStream in = resources.open(file)) {
      if (in == null) {
        throw new IllegalStateException("text catalog " + name + ": file " + file + " not found");
      }
      return TextBundle.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("text catalog " + name + ": cannot read " + file, e);
    }
  }

  /**
   * Every catalog of the SDK on the path: one for each module present that provides a {@link
   * TextCatalogProvider}, sorted by name.
   */
  public static List<TextCatalog> installed() {
    Map<String, TextCatalog> catalogs = new TreeMap<>();
    Iterator<TextCatalogProvider> providers = ServiceLoader.load(TextCatalogProvider.class).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        TextCatalog catalog = providers.next().catalog();
        catalogs.put(catalog.name(), catalog);
      } catch (ServiceConfigurationError e) {
        LOG.log(System.Logger.Level.WARNING, "a text catalog provider could not be loaded: {0}", e.getMessage());
      }
    }
    return List.copyOf(catalogs.values());
  }

  /**
   * Every language at least one installed catalog holds: Swedish, English and each contributed
   * one.
   */
  public static Set<Locale> installedLanguages() {
    Set<Locale> languages = new LinkedHashSet<>();
    languages.add(LocalizedText.SWEDISH);
    languages.add(LocalizedText.ENGLISH);
    for (TextCatalog catalog : installed()) {
      languages.addAll(catalog.languages());
    }
    return Collections.unmodifiableSet(languages);
  }

  /** The catalog's name, e.g. {@code se.participation.core}. */
  public String name() {
    return name;
  }

  /** The languages the catalog holds, Swedish first, then English, then contributed ones. */
  public List<Locale> languages() {
    return languages;
  }

  /** Every key of the catalog, sorted. */
  public Set<String> keys() {
    return Objects.requireNonNull(patterns.get(LocalizedText.SWEDISH.toLanguageTag())).keySet();
  }

  /** Whether the catalog holds the key. */
  public boolean contains(String key) {
    return keys().contains(key);
  }

  /**
   * The keys that have no wording of the language's own (they are shown in Swedish); empty for
   * a language the module ships, every key for a language nobody contributed.
   *
   * @throws NullPointerException when {@code language} is null
   */
  public Set<String> missingKeys(Locale language) {
    Map<String, String> texts = patterns.get(Objects.requireNonNull(language, "language").toLanguageTag());
    Set<String> missing = new TreeSet<>(keys());
    if (texts != null) {
      missing.removeAll(texts.keySet());
    }
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Keys a contributed language gives that this catalog does not have (misspelt or removed).
   *
   * @throws NullPointerException when {@code language} is null
   */
  public Set<String> unknownKeys(Locale language) {
    return unknown.getOrDefault(Objects.requireNonNull(language, "language").toLanguageTag(), Set.of());
  }

  /**
   * The text for a key, in every language of the catalog that has a wording for it, with {@code
   * {0}}, {@code {1}}, … replaced by the arguments rendered in that language.
   *
   * @throws IllegalArgumentException naming the key and the catalog when the key is unknown
   */
  public LocalizedText text(String key, @Nullable Object... arguments) {
    Objects.requireNonNull(key, "key");
    if (!contains(key)) {
      throw new IllegalArgumentException("text key \"" + key + "\" does not exist in catalog " + name);
    }
    Map<Locale, String> wordings = new LinkedHashMap<>();
    for (Locale language : languages) {
      String pattern = Objects.requireNonNull(patterns.get(language.toLanguageTag())).get(key);
      if (pattern != null) {
        wordings.put(language, format(pattern, language, arguments));
      }
    }
    return LocalizedText.of(wordings);
  }

  /**
   * The wording of a key in exactly one language, before placeholders are filled.
   *
   * @throws NullPointerException when an argument is null
   */
  public Optional<String> pattern(String key, Locale language) {
    Map<String, String> texts = patterns.get(Objects.requireNonNull(language, "language").toLanguageTag());
    return texts == null ? Optional.empty() : Optional.ofNullable(texts.get(key));
  }

  private static String format(String pattern, Locale language, @Nullable Object[] arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = i + 1;
        while (close < pattern.length() && Character.isDigit(pattern.charAt(close)) && close - i <= 3) {
          close++;
        }
        if (close > i + 1 && close < pattern.length() && pattern.charAt(close) == '}') {
          int index = Integer.parseInt(pattern.substring(i + 1, close));
          if (index < arguments.length) {
            out.append(clean(render(arguments[index], language)));
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String render(@Nullable Object argument, Locale language) {
    if (argument instanceof Labelled labelled) {
      return labelled.label().in(language);
    }
    if (argument instanceof LocalizedText text) {
      return text.in(language);
    }
    if (argument instanceof Optional<?> optional) {
      return optional.map(value -> render(value, language)).orElse("-");
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

  /** Replaces control and bidirectional-override characters, which could forge or reorder text. */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public String toString() {
    return "TextCatalog[" + name + ", " + keys().size() + " keys, " + languages + "]";
  }

  /** The bundles contributed through {@link ServiceLoader}, found once. */
  private static final class Contributions {
    private static final List<TextBundle> BUNDLES = find();

    static List<TextBundle> bundles() {
      return BUNDLES;
    }

    private static List<TextBundle> find() {
      List<TextBundle> bundles = new ArrayList<>();
      Iterator<TextBundle> found = ServiceLoader.load(TextBundle.class).iterator();
      while (true) {
        try {
          if (!found.hasNext()) {
            break;
          }
          bundles.add(found.next());
        } catch (ServiceConfigurationError e) {
          LOG.log(System.Logger.Level.WARNING, "a text bundle could not be loaded and is left out: {0}", e.getMessage());
        }
      }
      return List.copyOf(bundles);
    }
  }
}
