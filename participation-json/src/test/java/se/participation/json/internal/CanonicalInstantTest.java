// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader's fast path for instants: every instant in the canonical form is read to what
 * {@code Instant.parse} gives, and everything else, including each character out of place and each
 * impossible date or time, is left to {@code Instant.parse} (null here).
 */
class CanonicalInstantTest {

  @Test
  void everyCanonicalInstantReadsAsInstantParseReadsIt() {
    Random random = new Random(0xC0FFEE);
    for (int i = 0; i < 5_000; i++) {
      // Seconds from 0001 to 9999, so four-digit years, leap days and the last second of a day occur.
      long seconds = -62_135_596_800L + (long) (random.nextDouble() * 315_537_897_599L);
      Instant expected = Instant.ofEpochSecond(seconds);
      String text = expected.toString();
      assertThat(In.canonicalInstant(text)).as(text).isEqualTo(expected);
    }
    for (String edge : new String[] {"2020-02-29T23:59:59Z", "2021-12-31T00:00:00Z", "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "2000-02-29T12:30:45Z", "1970-01-01T00:00:00Z"}) {
      assertThat(In.canonicalInstant(edge)).as(edge).isEqualTo(Instant.parse(edge));
    }
  }

  @Test
  void aCharacterOutOfPlaceLeavesTheTextToTheFormatter() {
    String canonical = "2021-03-01T09:08:07Z";
    for (int i = 0; i < canonical.length(); i++) {
      for (char c : new char[] {'/', ':', '-', 'T', 'Z', 'a', ' ', '0' - 1, '9' + 1}) {
        if (c == canonical.charAt(i)) {
          continue;
        }
        String changed = canonical.substring(0, i) + c + canonical.substring(i + 1);
        assertThat(In.canonicalInstant(changed)).as(changed).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-29T09:00:00Z", "2021-04-31T09:00:00Z", "2021-13-01T09:00:00Z",
      "2021-00-10T09:00:00Z", "2021-01-00T09:00:00Z", "2021-03-01T24:00:00Z", "2021-03-01T23:60:00Z",
      "2021-03-01T23:00:60Z", "2021-03-01T09:00:00+01:00", "2021-03-01T09:00:00.5Z", "2021-03-01",
      "2021-03-01T09:00Z", "", "2021-03-01T09:00:00z"})
  void anImpossibleOrOtherFormIsLeftToTheFormatter(String text) {
    assertThat(In.canonicalInstant(text)).isNull();
  }

  @Test
  void theLastValidValueOfEachFieldIsRead() {
    assertThat(In.canonicalInstant("2021-03-01T23:59:59Z")).isEqualTo(Instant.parse("2021-03-01T23:59:59Z"));
    assertThat(In.canonicalInstant("2021-12-31T00:00:00Z")).isEqualTo(Instant.parse("2021-12-31T00:00:00Z"));
    assertThat(In.canonicalInstant("2024-02-29T10:11:12Z")).isEqualTo(Instant.parse("2024-02-29T10:11:12Z"));
  }
}
