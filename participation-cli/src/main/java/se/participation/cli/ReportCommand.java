// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.participation.core.ProcessEngine;
import se.participation.json.Input;
import se.participation.json.Judgement;
import se.participation.report.HtmlReport;

/** {@code participation report FILE [-o report.html]}: the HTML report of a judged record. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes the report of a process document or an event history as one self-contained HTML file:",
        "the representation model, the timeline, the proposals' path, feedback, the success criteria and",
        "the findings, as pictures and tables, printable on A4. Without -o the HTML goes to standard output.",
        "Exit 0: written; 2: the input cannot be read."})
final class ReportCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "a process document or an event history")
  Path file = Path.of("");

  @Option(names = {"-o", "--output"}, paramLabel = "HTML", description = "the file to write (replaced whole)")
  @Nullable Path output;

  @Override
  public Integer call() {
    Locale language = common.language();
    common.json();
    Judgement judgement = Judgement.of(Input.of(file), ProcessEngine.of(common.rules()));
    HtmlReport report = HtmlReport.of(judgement.verdict());
    Path target = output;
    if (target == null) {
      out().print(report.render(language));
    } else {
      try {
        report.write(target, language);
      } catch (java.io.UncheckedIOException e) {
        java.io.IOException cause = e.getCause();
        spec.commandLine().getErr().println(CliTexts.text(language, "report.cannotWrite", target,
            String.valueOf(cause == null ? e.getMessage() : cause.getMessage())));
        return ParticipationCommand.UNREADABLE;
      }
      out().println(CliTexts.text(language, "report.written", target, judgement.process().title()));
    }
    return ParticipationCommand.OK;
  }
}
