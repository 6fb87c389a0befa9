// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.participation.api.event.Event;
import se.participation.json.internal.EventCodec;

/**
 * The stored format of events is a contract: events stored before (one of every type there was,
 * committed as {@code stored/every-event-2026-12-01.jsonl}, written before events carried a schema
 * version, and the sortition events added after, {@code stored/sortition-events-2026-12-02.jsonl})
 * are read by this code, each type under a name written down once, and a version this code does
 * not know is refused, not misread.
 */
class StoredFormatTest {
  private static String fixture() throws IOException {
    try (InputStream in = StoredFormatTest.class.getResourceAsStream("stored/every-event-2026-12-01.jsonl")) {
      assertThat(in).as("the committed fixture").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void eventsStoredBeforeSchemaVersionsAreReadAsVersionOneAndWrittenAgainWithIt() throws IOException {
    String stored = fixture();
    List<Event> events = EventHistories.read(stored, "every-event.jsonl");
    assertThat(events).extracting(e -> EventCodec.typeName(e.getClass())).doesNotHaveDuplicates();
    String written = EventHistories.write(events);
    assertThat(written.lines().toList()).containsExactlyElementsOf(stored.lines()
        .map(line -> line.replaceFirst("^(\\{\"type\":\"[A-Za-z]+\",)", "$1\"schemaVersion\":" + EventCodec.SCHEMA_VERSION + ","))
        .toList());
    assertThat(EventHistories.read(written, "again.jsonl")).isEqualTo(events);
  }

  @Test
  void theSortitionEventsStoredWithTheirSchemaVersionAreReadAndWrittenByteForByte() throws IOException {
    String stored;
    try (InputStream in = StoredFormatTest.class.getResourceAsStream("stored/sortition-events-2026-12-02.jsonl")) {
      assertThat(in).as("the committed fixture").isNotNull();
      stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Event> events = EventHistories.read(stored, "sortition-events.jsonl");
    assertThat(EventHistories.write(events).lines().toList()).containsExactlyElementsOf(stored.lines().toList());
    // With the fixture of 2026-12-01, every event type there is has a stored line.
    java.util.Set<String> covered = new HashSet<>();
    EventHistories.read(fixture(), "every-event.jsonl").forEach(e -> covered.add(EventCodec.typeName(e.getClass())));
    events.forEach(e -> covered.add(EventCodec.typeName(e.getClass())));
    assertThat(covered).hasSize(Event.class.getPermittedSubclasses().length);
  }

  @Test
  void everyEventTypeHasOneStoredNameWrittenDownNotTakenFromItsClass() {
    List<String> names = Arrays.stream(Event.class.getPermittedSubclasses())
        .map(type -> EventCodec.typeName(type.asSubclass(Event.class))).toList();
    assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    assertThat(EventCodec.typeNames()).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void aSchemaVersionThisCodeDoesNotKnowIsRefusedWithTheLineAndBothVersions() throws IOException {
    String first = fixture().lines().findFirst().orElseThrow();
    String future = first.replaceFirst("^(\\{\"type\":\"[A-Za-z]+\",)", "$1\"schemaVersion\":" + (EventCodec.SCHEMA_VERSION + 1) + ",");
    InputException error = catchThrowableOfType(
        () -> EventHistories.read(first + "\n" + future + "\n", "future.jsonl"), InputException.class);
    assertThat(error.kind()).isEqualTo(InputException.Kind.UNSUPPORTED_VERSION);
    assertThat(error.line()).contains(2);
    assertThat(error.message(Locale.ENGLISH)).contains("future.jsonl:2", "schemaVersion " + (EventCodec.SCHEMA_VERSION + 1),
        "reads 1 to " + EventCodec.SCHEMA_VERSION);
    String zero = first.replaceFirst("^(\\{\"type\":\"[A-Za-z]+\",)", "$1\"schemaVersion\":0,");
    assertThat(catchThrowableOfType(() -> EventHistories.read(zero, "zero.jsonl"), InputException.class).kind())
        .isEqualTo(InputException.Kind.UNSUPPORTED_VERSION);
  }
}
