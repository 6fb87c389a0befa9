// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.Part;

/**
 * How a catalog fills in a message: numbered placeholders up to three digits, arguments rendered
 * in the reader's language (labels, texts, optional values, lists), anything else left as written.
 */
class TextFormattingTest {
  private static final Locale FINNISH = Locale.forLanguageTag("fi");

  private static TextCatalog catalog(String swedish, String english) {
    Map<String, String> files = Map.of("t_sv.properties", swedish, "t_en.properties", english);
    return TextCatalog.load("test.catalog", "t",
        name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null,
        List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH), List.of());
  }

  @Test
  void placeholdersAreFilledInByNumberAndEverythingElseIsLeftAsWritten() {
    TextCatalog catalog = catalog(
        "m={1} före {0}; {x} {2 {} {3}\nmany={0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}\nlong={1234}\n",
        "m={1} before {0}; {x} {2 {} {3}\nmany={0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}\nlong={1234}\n");
    assertThat(catalog.text("m", "a", "b").sv()).isEqualTo("b före a; {x} {2 {} {3}");
    assertThat(catalog.text("m", "a", "b").en()).isEqualTo("b before a; {x} {2 {} {3}");
    Object[] twelve = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
    assertThat(catalog.text("many", twelve).sv()).isEqualTo("abcdefghijkl");
    assertThat(catalog.text("long", (Object[]) new String[1235]).sv()).isEqualTo("{1234}");
    assertThat(catalog.text("m").sv()).isEqualTo("{1} före {0}; {x} {2 {} {3}");
  }

  @Test
  void argumentsAreRenderedInTheReadersLanguage() {
    TextCatalog catalog = catalog("m=[{0}] [{1}] [{2}] [{3}] [{4}]\n", "m=[{0}] [{1}] [{2}] [{3}] [{4}]\n");
    LocalizedText text = catalog.text("m", Part.BESLUT, LocalizedText.of("hej", "hello"), Optional.empty(),
        Optional.of(Part.PLANERING), List.of(Part.BESLUT, 3));
    assertThat(text.sv()).isEqualTo("[Beslut] [hej] [-] [Planering] [Beslut, 3]");
    assertThat(text.en()).isEqualTo("[Decision] [hello] [-] [Planning] [Decision, 3]");
    assertThat(catalog.text("m", null, null, null, null, null).sv()).isEqualTo("[null] [null] [null] [null] [null]");
  }

  @Test
  void aPatternIsLookedUpByKeyAndLanguage() {
    TextCatalog catalog = catalog("m=hej {0}\n", "m=hello {0}\n");
    assertThat(catalog.pattern("m", LocalizedText.SWEDISH)).contains("hej {0}");
    assertThat(catalog.pattern("m", Locale.ENGLISH)).contains("hello {0}");
    assertThat(catalog.pattern("n", Locale.ENGLISH)).isEmpty();
    assertThat(catalog.pattern("m", FINNISH)).isEmpty();
    assertThat(catalog.contains("m")).isTrue();
    assertThat(catalog.contains("n")).isFalse();
    assertThat(catalog).hasToString("TextCatalog[test.catalog, 1 keys, [sv, en]]");
  }

  @Test
  void aCatalogWhoseLanguagesDisagreeOnTheKeysIsRefusedNamingThem() {
    assertThatThrownBy(() -> catalog("a=x\nb=y\n", "a=x\nc=z\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.catalog").hasMessageContaining("[b]").hasMessageContaining("[c]");
  }

  @Test
  void aTextKnowsItsLanguagesAndItsExactWordings() {
    LocalizedText text = LocalizedText.of("hej", "hello").with(FINNISH, "moi");
    assertThat(text.languages()).containsExactly(LocalizedText.SWEDISH, Locale.ENGLISH, FINNISH);
    assertThat(text.exactly(FINNISH)).contains("moi");
    assertThat(text.exactly(Locale.GERMAN)).isEmpty();
    assertThat(text.covers(Locale.forLanguageTag("fi-FI"))).isTrue();
    assertThat(text.covers(Locale.GERMAN)).isFalse();
    assertThat(text).hasToString("hej / hello / moi");
    assertThat(text.hashCode()).isEqualTo(LocalizedText.of("hej", "hello").with(FINNISH, "moi").hashCode());
    assertThat(text).isNotEqualTo(LocalizedText.of("hej", "hello")).isNotEqualTo("hej");
    assertThat(text.map(String::toUpperCase).in(FINNISH)).isEqualTo("MOI");
    assertThatThrownBy(() -> text.map(s -> " ")).hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> LocalizedText.join(", ", List.of())).hasMessageContaining("texts must not be empty");
  }
}
