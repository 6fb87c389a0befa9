// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.participation.api.event.Event;
import se.participation.api.text.LocalizedText;
import se.participation.store.AppendResult;
import se.participation.store.EventStoreException;
import se.participation.testkit.Pilot;

/** The embedded default: H2 in one file, created and migrated on opening. */
class EmbeddedStoreTest {
  @Test
  void aStoreInAFileIsCreatedMigratedAndKeepsItsEventsWhenReopened(@TempDir Path folder) {
    Path file = folder.resolve("processer.mv.db");
    List<Event> history = Pilot.history();
    try (JdbcEventStore store = JdbcEventStore.embedded(file)) {
      assertThat(store.append(Pilot.ID, 0, history)).isInstanceOf(AppendResult.Appended.class);
      assertThat(store).hasToString("JdbcEventStore[h2, embedded]");
    }
    assertThat(Files.exists(file)).isTrue();
    try (JdbcEventStore reopened = JdbcEventStore.embedded(folder.resolve("processer"))) {
      assertThat(reopened.migrate()).isEmpty();
      assertThat(reopened.load(Pilot.ID)).isEqualTo(history);
      assertThat(EventStoreContract.ENGINE.replay(reopened.load(Pilot.ID))).isEqualTo(Pilot.evaluated());
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsAnErrorInBothLanguages(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("inte-en-databas.mv.db");
    Files.writeString(file, "hej");
    assertThatThrownBy(() -> JdbcEventStore.embedded(file)).isInstanceOfSatisfying(EventStoreException.class, e -> {
      assertThat(e.message(LocalizedText.ENGLISH)).contains("could not migrate the schema");
      assertThat(e.message(LocalizedText.SWEDISH)).contains("kunde inte migrera schemat");
    });
  }
}
