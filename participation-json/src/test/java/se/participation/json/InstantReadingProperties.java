// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.participation.api.event.Event;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

/** Instants are read as {@link Instant#parse} reads them, whichever way the reader takes. */
class InstantReadingProperties {
  private static Event read(String at) {
    return Values.read("{\"type\":\"LessonRecorded\",\"schemaVersion\":1,\"process\":\"p\",\"version\":3,"
        + "\"actor\":\"anna\",\"at\":\"" + at + "\",\"text\":\"Lärdom\"}", Event.class, "test");
  }

  @Test
  void everyInstantInTheCanonicalFormIsReadAsInstantParseReadsIt() {
    Gen<Long> seconds = Gen.longs(Instant.parse("1000-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    Property.forAll(seconds).named("every instant in the canonical form is read as Instant.parse reads it")
        .tries(2_000).check(s -> {
          String text = Instant.ofEpochSecond(s).toString();
          assertThat(text).hasSize(20);
          assertThat(read(text).context().at()).isEqualTo(Instant.parse(text));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-03-01T09:00:00.5Z", "2021-03-01T09:00:00.123456789Z", "2021-03-01T09:00Z",
      "2024-02-29T23:59:59Z", "2021-12-31T23:59:60Z", "2021-03-01T24:00:00Z", "2021-03-01t09:00:00z", "2021-03-01"})
  void otherFormsAreReadOrRefusedAsBefore(String text) {
    Instant expected;
    try {
      expected = text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> read(text)).isInstanceOf(InputException.class).hasMessageContaining("at");
      return;
    }
    assertThat(read(text).context().at()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-30T09:00:00Z", "2021-13-01T09:00:00Z",
      "2021-03-01T09:60:00Z", "2021-03-01T09:00:61Z", "2021-00-10T09:00:00Z"})
  void impossibleInstantsAreRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(InputException.class, e ->
        assertThat(e.getMessage()).contains("at").contains(text));
  }
}
