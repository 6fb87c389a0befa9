// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.participation.api.ParticipationProcess;
import se.participation.api.command.Reason;
import se.participation.api.rule.Finding;
import java.util.Locale;
import se.participation.core.HandbookRules;
import se.participation.core.ProcessEngine;
import se.participation.json.Judgement;
import se.participation.json.Input;

/** {@code participation check FILE}: judges a process document or an event history. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Judges a process document (YAML or JSON) or an event history (JSON Lines).",
        "Exit 0: nothing blocks the current part; 1: something does; 2: the input cannot be read."})
final class CheckCommand extends Subcommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "a process document or an event history")
  Path file = Path.of("");

  @Override
  public Integer call() {
    Locale language = common.language();
    boolean json = common.json();
    ProcessEngine engine = ProcessEngine.of(HandbookRules.withContributedRules());
    String name = file.toString();
    Judgement judgement = Judgement.of(Input.of(file), engine);
    PrintWriter out = out();
    List<Finding> refused = judgement.refusedMove().map(r -> r.blockingFindings()).orElse(List.of());
    String next = nextStep(judgement, language);
    if (json) {
      ObjectNode root = Reports.JSON.createObjectNode();
      ParticipationProcess p = judgement.process();
      root.put("file", name);
      root.putObject("process").put("id", p.id().value()).put("title", p.title()).put("part", p.part().name())
          .put("status", p.status().name()).put("level", p.level().name()).put("version", p.version());
      root.put("blocked", judgement.blocked());
      root.set("findings", Reports.findings(judgement.findings(), language));
      ArrayNode refusal = root.putArray("refusedMove");
      judgement.refusedMove().ifPresent(r -> r.reasons().forEach(reason -> refusal.add(reason.message().in(language))));
      root.put("next", next);
      Reports.printJson(out, root);
    } else {
      ParticipationProcess p = judgement.process();
      out.println(CliTexts.text(language, "check.header", name, p.title(), p.part(), p.status(), p.level()));
      if (!refused.isEmpty()) {
        out.println(CliTexts.text(language, "check.refused"));
        judgement.refusedMove().orElseThrow().reasons().forEach(r -> {
          if (!(r instanceof Reason.Blocked)) {
            out.println("  " + r.message().in(language));
          }
        });
        Reports.printFindings(out, refused, language, "  ");
      }
      List<Finding> rest = judgement.findings().stream().filter(f -> !refused.contains(f)).toList();
      if (rest.isEmpty() && refused.isEmpty()) {
        out.println(CliTexts.text(language, "check.noFindings"));
      } else if (!rest.isEmpty()) {
        out.println(CliTexts.text(language, "check.findings"));
        Reports.printFindings(out, rest, language, "  ");
      }
      out.println(CliTexts.text(language, "check.next", next));
    }
    return judgement.blocked() ? ParticipationCommand.BLOCKED : ParticipationCommand.OK;
  }

  static String nextStep(Judgement judgement, Locale language) {
    ParticipationProcess p = judgement.process();
    if (p.status().isEnded()) {
      return CliTexts.text(language, "next.ended", p.status());
    }
    String move = switch (p.part()) {
      case BESLUT -> "ProceedWithDialogue";
      case PLANERING -> "ApprovePlan";
      case GENOMFORANDE, ATERKOPPLING -> "AdvancePart";
      case UTVARDERING -> "CloseProcess";
    };
    if (judgement.blocked()) {
      String key = p.part() == se.participation.api.Part.BESLUT ? "next.blocked.beslut" : "next.blocked";
      return CliTexts.text(language, key, move);
    }
    return CliTexts.text(language, "next.move", move, p.part().next().map(x -> x.label().in(language)).orElse("-"));
  }
}
