// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.participation.core.ProcessEngine;
import se.participation.json.Input;
import se.participation.json.Judgement;
import se.participation.store.jdbc.JdbcEventStore;

/** {@code participation import FILE [--store STORE]}: a document's or a history's events into a store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Writes the events of a process document or an event history into a store, migrating its schema",
        "first. A process the store already holds gets the events it lacks, when what it holds is the record's",
        "beginning; a different history is refused with nothing written.",
        "Exit 0: imported; 2: the input cannot be read, or the store refused it."})
final class ImportCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "a process document or an event history")
  Path file = Path.of("");

  @Mixin Stores.StoreOption store = new Stores.StoreOption();

  @Override
  public Integer call() {
    Locale language = common.language();
    common.json();
    Judgement judgement = Judgement.of(Input.of(file), ProcessEngine.of(common.rules()));
    try (JdbcEventStore target = JdbcEventStore.open(store.location)) {
      target.migrate();
      Stores.Imported imported = Stores.write(target, judgement.history(), store.location, language);
      out().println(CliTexts.text(language, "import.done", imported.appended(), judgement.process().id().value(),
          store.location, imported.version()));
    }
    return ParticipationCommand.OK;
  }
}
