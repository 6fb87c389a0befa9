// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.api.internal.ApiTexts;

/** Open languages: fallback to Swedish, contributed bundles, missing keys, safe formatting. */
class TextCatalogTest {
  private static final Locale FINNISH = Locale.forLanguageTag("fi");
  private static final Locale EASY_SWEDISH = Locale.forLanguageTag("sv-x-lattlast");

  /** A contributed Finnish bundle that translates two keys of the API catalog and misspells one. */
  static final class Finnish implements TextBundle {
    @Override public Locale language() { return FINNISH; }

    @Override public Map<String, String> texts(String catalog) {
      return catalog.equals("se.participation.api")
          ? Map.of("Part.BESLUT", "Päätös", "reason.notNow", "{0} ei ole mahdollinen osassa {1}; se on mahdollinen: [{2}].",
              "Part.NO_SUCH", "x")
          : Map.of();
    }
  }

  private static TextCatalog apiWith(TextBundle... bundles) {
    return TextCatalog.load("se.participation.api", "texts",
        name -> ApiTexts.class.getResourceAsStream(name), List.of(LocalizedText.SWEDISH, LocalizedText.ENGLISH),
        List.of(bundles));
  }

  @Test
  void aContributedLanguageIsUsedWhereItHasWordingsAndFallsBackToSwedishElsewhere() {
    TextCatalog catalog = apiWith(new Finnish());
    assertThat(catalog.languages()).containsExactly(LocalizedText.SWEDISH, LocalizedText.ENGLISH, FINNISH);
    assertThat(catalog.text("Part.BESLUT").in(FINNISH)).isEqualTo("Päätös");
    assertThat(catalog.text("Part.PLANERING").in(FINNISH)).isEqualTo("Planering");
    assertThat(catalog.text("reason.notNow", "HoldMeeting", "Päätös", List.of("Planering")).in(FINNISH))
        .isEqualTo("HoldMeeting ei ole mahdollinen osassa Päätös; se on mahdollinen: [Planering].");
  }

  @Test
  void missingAndUnknownKeysOfAContributedLanguageAreListed() {
    TextCatalog catalog = apiWith(new Finnish());
    assertThat(catalog.missingKeys(FINNISH)).contains("Part.PLANERING").doesNotContain("Part.BESLUT")
        .hasSize(catalog.keys().size() - 2);
    assertThat(catalog.unknownKeys(FINNISH)).containsExactly("Part.NO_SUCH");
    assertThat(catalog.missingKeys(LocalizedText.ENGLISH)).isEmpty();
    assertThat(catalog.missingKeys(Locale.forLanguageTag("yi"))).isEqualTo(catalog.keys());
  }

  @Test
  void aFailingBundleIsLeftOutAndTheCatalogStillLoads() {
    TextBundle broken = new TextBundle() {
      @Override public Locale language() { return FINNISH; }
      @Override public Map<String, String> texts(String catalog) { throw new IllegalStateException("boom"); }
    };
    TextCatalog catalog = apiWith(broken);
    assertThat(catalog.languages()).containsExactly(LocalizedText.SWEDISH, LocalizedText.ENGLISH);
  }

  @Test
  void aMoreSpecificLocaleFallsBackToItsLanguageThenToSwedish() {
    LocalizedText text = LocalizedText.of("Beslut", "Decision").with(EASY_SWEDISH, "Bestämma");
    assertThat(text.in(EASY_SWEDISH)).isEqualTo("Bestämma");
    assertThat(text.in(Locale.forLanguageTag("sv-SE"))).isEqualTo("Beslut");
    assertThat(text.in(Locale.forLanguageTag("en-GB"))).isEqualTo("Decision");
    assertThat(text.in(FINNISH)).isEqualTo("Beslut");
    assertThat(text.covers(FINNISH)).isFalse();
    assertThat(text.covers(Locale.US)).isTrue();
    assertThat(LocalizedText.of("Beslut", "Decision").in(EASY_SWEDISH)).isEqualTo("Beslut");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aTextNeedsSwedishAndNoBlankWording() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of(FINNISH, "Päätös")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must hold Swedish (sv)");
    assertThatThrownBy(() -> LocalizedText.swedish(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sv must not be blank");
    assertThatThrownBy(() -> LocalizedText.of("a", "b").in(null))
        .isInstanceOf(NullPointerException.class).hasMessage("language");
  }

  @Test
  void textsAreEqualByTheirWordingsAndJoinInEveryLanguage() {
    assertThat(LocalizedText.of("a", "b")).isEqualTo(LocalizedText.of(Map.of(LocalizedText.SWEDISH, "a", Locale.ENGLISH, "b")));
    LocalizedText joined = LocalizedText.join("; ", List.of(LocalizedText.of("a", "b"), LocalizedText.swedish("c").with(FINNISH, "d")));
    assertThat(joined.sv()).isEqualTo("a; c");
    assertThat(joined.en()).isEqualTo("b; c");
    assertThat(joined.in(FINNISH)).isEqualTo("a; d");
  }

  @Test
  void anArgumentCannotInjectAPlaceholderALineOrABidiOverride() {
    LocalizedText text = ApiTexts.text("reason.notNow", "{1}{2}", Part.BESLUT, List.of(Part.PLANERING));
    assertThat(text.en()).startsWith("{1}{2} is not possible in the part Decision;");
    LocalizedText forged = ApiTexts.text("reason.invalid", "field", "ok\nBESLUT-1: forged\u202Etxt");
    assertThat(forged.en()).isEqualTo("field: ok\uFFFDBESLUT-1: forged\uFFFDtxt").doesNotContain("\n");
  }

  @Test
  void everyModuleOnThePathMakesItsCatalogKnown() {
    assertThat(TextCatalog.installed()).extracting(TextCatalog::name).contains("se.participation.api");
    assertThat(TextCatalog.installedLanguages()).contains(LocalizedText.SWEDISH, LocalizedText.ENGLISH);
  }
}
