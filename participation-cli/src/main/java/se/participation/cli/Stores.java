// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.util.List;
import java.util.Locale;
import se.participation.api.ProcessId;
import se.participation.api.event.Event;
import se.participation.store.AppendResult;
import se.participation.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Option;

/** The {@code --store} option and what the commands do with a store. */
final class Stores {
  /** The store of the command line when none is named: an embedded file in the working folder. */
  static final String DEFAULT = "participation-store.mv.db";

  /** The {@code --store} option. */
  static final class StoreOption {
    @Option(names = "--store", paramLabel = "STORE", defaultValue = DEFAULT,
        description = {"a JDBC URL (jdbc:postgresql://host/db?user=…) or the file of an embedded store",
            "(default: " + DEFAULT + " in the working folder)"})
    String location = DEFAULT;
  }

  private Stores() {}

  /** What an import did: where, the events appended, and the process's version in the store. */
  record Imported(String location, int appended, long version) {}

  /**
   * Writes a history into a store: all of it into an empty stream, or the events it lacks when
   * what it holds is the history's beginning. Anything else is refused with nothing written.
   *
   * @throws IllegalArgumentException (with a message for the person) when the store holds another history
   */
  static Imported write(JdbcEventStore store, List<Event> history, String location, Locale language) {
    ProcessId id = history.get(0).context().process();
    List<Event> stored = store.load(id);
    if (stored.size() > history.size() || !history.subList(0, stored.size()).equals(stored)) {
      throw new IllegalArgumentException(CliTexts.text(language, "store.differs", location, id.value(), stored.size()));
    }
    if (stored.size() == history.size()) {
      return new Imported(location, 0, stored.size());
    }
    AppendResult result = store.append(id, stored.size(), history.subList(stored.size(), history.size()));
    if (result instanceof AppendResult.Conflict conflict) {
      throw new IllegalArgumentException(CliTexts.text(language, "store.raced", location, id.value(), conflict.actual()));
    }
    return new Imported(location, history.size() - stored.size(), ((AppendResult.Appended) result).version());
  }

  /** The stream of a process, or a refusal naming it when the store does not hold it. */
  static List<Event> read(JdbcEventStore store, String process, String location, Locale language) {
    List<Event> history = store.load(ProcessId.of(process));
    if (history.isEmpty()) {
      throw new IllegalArgumentException(CliTexts.text(language, "store.noProcess", location, process));
    }
    return history;
  }
}
