// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.participation.api.event.Event;
import se.participation.core.ProcessEngine;
import se.participation.json.EventHistories;
import se.participation.json.Format;
import se.participation.json.ProcessDocuments;
import se.participation.store.jdbc.JdbcEventStore;

/** {@code participation export PROCESS [--store STORE] [--as …] [-o FILE]}: a stored process as a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes a process from a store as an event history (JSON Lines, the default) or as a process",
        "document (YAML or JSON), which check, report and import read. Without -o it goes to standard output.",
        "Exit 0: written; 2: the store does not hold the process, or the file cannot be written."})
final class ExportCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "PROCESS", description = "the process's id")
  String process = "";

  @Mixin Stores.StoreOption store = new Stores.StoreOption();

  @Option(names = "--as", defaultValue = "history", paramLabel = "KIND",
      description = "history (JSON Lines), yaml or json (a process document); default: history")
  String as = "history";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the file to write (replaced whole)")
  @Nullable Path output;

  @Override
  public Integer call() {
    Locale language = common.language();
    common.json();
    String text;
    List<Event> history;
    try (JdbcEventStore source = JdbcEventStore.open(store.location)) {
      history = Stores.read(source, process, store.location, language);
    }
    text = switch (as) {
      case "history" -> EventHistories.write(history);
      case "yaml" -> ProcessDocuments.write(ProcessDocuments.export(history, ProcessEngine.of(common.rules())), Format.YAML);
      case "json" -> ProcessDocuments.write(ProcessDocuments.export(history, ProcessEngine.of(common.rules())), Format.JSON);
      default -> throw new IllegalArgumentException(CliTexts.text(language, "export.badKind", as));
    };
    Path target = output;
    if (target == null) {
      out().print(text);
      return ParticipationCommand.OK;
    }
    try {
      Path absolute = target.toAbsolutePath();
      Path temporary = Files.createTempFile(absolute.getParent(), ".export-", ".tmp");
      Files.writeString(temporary, text);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      spec.commandLine().getErr().println(CliTexts.text(language, "export.cannotWrite", target, String.valueOf(e.getMessage())));
      return ParticipationCommand.UNREADABLE;
    }
    out().println(CliTexts.text(language, "export.written", history.size(), process, target));
    return ParticipationCommand.OK;
  }
}
