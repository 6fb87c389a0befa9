// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.participation.api.event.Event;
import se.participation.json.EventHistories;
import se.participation.store.jdbc.JdbcEventStore;

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
import se.participation.core.ProcessEngine;
import se.participation.json.Judgement;
import se.participation.core.Verdict;
import se.participation.api.Part;
import se.participation.json.Input;

/** {@code participation check FILE}: judges a process document or an event history. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Judges a process document (YAML or JSON) or an event history (JSON Lines).",
        "Every part the record reached is judged, then the four success criteria.",
        "Exit 0: nothing blocks; 1: a blocking finding in some part; 2: the input cannot be read."})
final class CheckCommand extends Subcommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "a process document or an event history")
  @Nullable Path file;

  @Option(names = "--process", paramLabel = "ID", description = "judge this process from the --store instead of a FILE")
  @Nullable String process;

  @Mixin Stores.StoreOption store = new Stores.StoreOption();

  @Override
  public Integer call() {
    Locale language = common.language();
    boolean json = common.json();
    ProcessEngine engine = ProcessEngine.of(common.rules());
    Path document = file;
    String stored = process;
    Judgement judgement;
    String name;
    if (document != null) {
      name = document.toString();
      judgement = Judgement.of(Input.of(document), engine);
    } else if (stored != null) {
      name = store.location + ": " + stored;
      List<Event> history;
      try (JdbcEventStore source = JdbcEventStore.open(store.location)) {
        history = Stores.read(source, stored, store.location, language);
      }
      judgement = Judgement.of(Input.of(EventHistories.write(history), name), engine);
    } else {
      throw new IllegalArgumentException(CliTexts.text(language, "check.needsInput"));
    }
    Verdict verdict = judgement.verdict();
    PrintWriter out = out();
    String next = nextStep(judgement, language);
    ParticipationProcess p = judgement.process();
    if (json) {
      ObjectNode root = Reports.JSON.createObjectNode();
      root.put("file", name);
      root.putObject("process").put("id", p.id().value()).put("title", p.title()).put("part", p.part().name())
          .put("status", p.status().name()).put("level", p.level().name()).put("version", p.version());
      root.put("blocked", judgement.blocked());
      root.set("findings", Reports.findings(judgement.findings(), language));
      ArrayNode parts = root.putArray("parts");
      for (Part part : verdict.judgedParts()) {
        List<Finding> findings = verdict.findings(part);
        parts.addObject().put("part", part.name()).put("blocked", findings.stream().anyMatch(Finding::isBlocking))
            .set("findings", Reports.findings(findings, language));
      }
      ArrayNode gaps = root.putArray("gaps");
      verdict.gaps().forEach(g -> gaps.addObject().put("part", g.part().name()).put("element", g.element())
          .put("text", g.text().in(language)));
      root.set("evaluation", Reports.criteria(verdict.evaluation(), language));
      root.set("representation", Reports.representation(verdict.evaluation().representation()));
      root.put("next", next);
      Reports.printJson(out, root);
    } else {
      out.println(CliTexts.text(language, "check.header", name, p.title(), p.part(), p.status(), p.level()));
      if (judgement.findings().isEmpty()) {
        out.println(CliTexts.text(language, "check.noFindings"));
      } else {
        out.println(CliTexts.text(language, "check.findings"));
        Reports.printFindings(out, judgement.findings(), language, "  ");
      }
      if (!verdict.gaps().isEmpty()) {
        out.println(CliTexts.text(language, "check.gaps"));
        verdict.gaps().forEach(g -> out.println("  " + g.part().label().in(language) + ": " + g.text().in(language)));
      }
      out.println(CliTexts.text(language, "check.criteria"));
      Reports.printCriteria(out, verdict.evaluation(), language, "  ");
      if (!verdict.evaluation().representation().groups().isEmpty()) {
        out.println(CliTexts.text(language, "check.representation"));
        Reports.printRepresentation(out, verdict.evaluation().representation(), language, "  ");
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
    List<Finding> blocking = judgement.blockers();
    if (!blocking.isEmpty()) {
      boolean beslut = blocking.stream().anyMatch(f -> f.part() == Part.BESLUT);
      if (beslut) {
        return CliTexts.text(language, "next.blocked.beslut", "ProceedWithDialogue");
      }
      if (blocking.stream().anyMatch(f -> f.part() != p.part())) {
        return CliTexts.text(language, "next.blocked.earlier");
      }
      return CliTexts.text(language, "next.blocked", move);
    }
    return CliTexts.text(language, "next.move", move, p.part().next().map(x -> x.label().in(language)).orElse("-"));
  }
}
