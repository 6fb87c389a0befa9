// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks every value runs: what they let through unchanged and how they name a refusal. */
class ChecksTest {
  @Test
  void aValueThatPassesIsReturnedAsGiven() {
    assertThat(Checks.notBlank("title", "Mål")).isEqualTo("Mål");
    assertThat(Checks.id("id", "p-1")).isEqualTo("p-1");
    assertThat(Checks.printable("text", "Fler möten", 10)).isEqualTo("Fler möten");
    assertThat(Checks.notNegative("count", 0)).isZero();
    assertThat(Checks.notNegative("count", 7)).isEqualTo(7);
    assertThat(Checks.atLeast("version", 1, 1)).isEqualTo(1);
    assertThat(Checks.atLeast("version", 1, 9)).isEqualTo(9);
    assertThat(Checks.notEmpty("items", List.of(1))).containsExactly(1);
  }

  @Test
  void aTextAtItsLongestPassesAndOneCharacterMoreIsRefusedWithBothLengths() {
    assertThat(Checks.printable("text", "abc", 3)).isEqualTo("abc");
    assertThatThrownBy(() -> Checks.printable("text", "abcd", 3))
        .hasMessage("text must be at most 3 characters, was 4, was \"abcd\"");
  }

  @Test
  void aTextIsRefusedForBlanksSurroundingSpaceAndControlCharactersWithWhereTheyAre() {
    assertThatThrownBy(() -> Checks.printable("text", "", 10)).hasMessageStartingWith("text must not be blank");
    assertThatThrownBy(() -> Checks.printable("text", "  ", 10)).hasMessageStartingWith("text must not be blank");
    assertThatThrownBy(() -> Checks.printable("text", " a", 10)).hasMessageStartingWith("text must not begin or end with white space");
    assertThatThrownBy(() -> Checks.printable("text", "a\u0007b", 10))
        .hasMessage("text must not hold control or formatting characters (found U+0007 at 1), was \"a\\u0007b\"");
    assertThatThrownBy(() -> Checks.printable("text", "a\u200Eb", 10)).hasMessageContaining("U+200E at 1");
    assertThatThrownBy(() -> Checks.printable("text", "a\u2028b", 10)).hasMessageContaining("U+2028 at 1");
    assertThatThrownBy(() -> Checks.printable("text", "\u0000", 10)).hasMessageContaining("U+0000 at 0");
  }

  @Test
  void aRefusedValueIsShownEscapedAndCutAtEightyCharacters() {
    assertThat(Checks.shown("a\tb")).isEqualTo("a\\u0009b");
    assertThat(Checks.shown("x".repeat(80))).isEqualTo("x".repeat(80));
    assertThat(Checks.shown("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
    assertThat(Checks.shown("\u200E".repeat(20) + "tail")).startsWith("\\u200e").endsWith("…");
  }

  @Test
  void placeholdersAreKnownWordsOrNoWordsAtAllAndRealTextIsNot() {
    assertThat(Checks.placeholder("Vet ej.")).isTrue();
    assertThat(Checks.placeholder("TBD")).isTrue();
    assertThat(Checks.placeholder("  xxx  ")).isTrue();
    assertThat(Checks.placeholder("-- ?")).isTrue();
    assertThat(Checks.placeholder("Socialnämnden")).isFalse();
    assertThat(Checks.placeholder("Vet ej vad vi gör")).isFalse();
    assertThat(Checks.placeholder("1")).isFalse();
  }

  @Test
  void aNumberBelowItsMinimumIsRefusedWithBoth() {
    assertThatThrownBy(() -> Checks.notNegative("count", -1)).hasMessage("count must not be negative, was -1");
    assertThatThrownBy(() -> Checks.atLeast("version", 1, 0)).hasMessage("version must be at least 1, was 0");
    assertThatThrownBy(() -> Checks.notEmpty("items", List.of())).hasMessage("items must not be empty, was []");
    assertThatThrownBy(() -> Checks.check(false, "field", "must be so", "value")).hasMessage("field must be so, was value");
    Checks.check(true, "field", "must be so", "value");
    assertThatThrownBy(() -> Checks.id("id", "-p")).hasMessageContaining("was \"-p\"");
    assertThatThrownBy(() -> Checks.notBlank("title", " ")).hasMessage("title must not be blank, was \" \"");
  }
}
