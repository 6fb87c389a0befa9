// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.Locale;
import se.participation.api.text.LocalizedText;

/** The {@code participation} command and its options shared by every subcommand. */
@Command(
    name = "participation",
    mixinStandardHelpOptions = true,
    versionProvider = ParticipationCommand.Version.class,
    description = {
      "Runs citizen-participation processes by the City of Helsingborg's handbook.",
      "Kör invånardialoger enligt Helsingborgs stads handbok."
    },
    subcommands = {WalkthroughCommand.class, CheckCommand.class, ReportCommand.class, RulesCommand.class,
        ImportCommand.class, ExportCommand.class, SelectCommand.class,
        CommandLine.HelpCommand.class})
final class ParticipationCommand implements Callable<Integer> {

  /** Exit status: nothing blocks the current part. */
  static final int OK = 0;
  /** Exit status: something blocks the current part. */
  static final int BLOCKED = 1;
  /** Exit status: the input cannot be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OK;
  }

  /** Options every subcommand takes. */
  static final class Common {
    @Option(names = "--lang", defaultValue = "sv",
        description = "sv, en, or any language a contributed text bundle provides (default: sv)")
    String lang = "sv";

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
    String format = "text";

    @Option(names = "--debug", description = "print the stack trace of an error")
    boolean debug;

    @Option(names = "--profile", defaultValue = "handbook",
        description = "handbook (severities from the handbook's words, the default) or strict (the same rules as gates)")
    String profile = "handbook";

    /** The rules of the chosen profile, with every rule contributed through ServiceLoader. */
    se.participation.api.rule.RuleSet rules() {
      return switch (profile) {
        case "handbook" -> se.participation.core.HandbookRules.withContributedRules();
        case "strict" -> se.participation.core.HandbookRules.withContributedRules(se.participation.core.HandbookRules.strict());
        default -> throw new CommandLine.ParameterException(new CommandLine(new Object()),
            "--profile must be handbook or strict, was \"" + profile + "\"");
      };
    }

    Locale language() {
      return Languages.resolve(lang);
    }

    boolean json() {
      return switch (format) {
        case "json" -> true;
        case "text" -> false;
        default -> throw new CommandLine.ParameterException(new CommandLine(new Object()),
            "--format must be text or json, was \"" + format + "\"");
      };
    }
  }

  /** Runs the command line with the given output streams; returns the exit status. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new ParticipationCommand());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Object command = commandLine.getCommand();
      Common common = command instanceof HasCommon has ? has.common() : new Common();
      Locale language;
      try {
        language = common.language();
      } catch (IllegalArgumentException bad) {
        language = LocalizedText.SWEDISH;
      }
      if (e instanceof se.participation.api.ParticipationException known) {
        // Input that cannot be read, a store that cannot be reached: the message says what to do.
        err.println(known.message(language));
      } else if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
        err.println(e.getMessage());
      } else {
        err.println(CliTexts.text(language, "error.unexpected", e.toString()));
      }
      if (common.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return UNREADABLE;
    });
    line.setExitCodeExceptionMapper(e -> UNREADABLE);
    int status = line.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** The version from the module descriptor or, on the class path, the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Module module = ParticipationCommand.class.getModule();
      String version = module.getDescriptor() != null
          ? module.getDescriptor().rawVersion().orElse(null)
          : ParticipationCommand.class.getPackage().getImplementationVersion();
      return new String[] {"participation " + (version == null ? "(development build)" : version)};
    }
  }

  /** A subcommand with the common options. */
  interface HasCommon {
    Common common();
  }
}
