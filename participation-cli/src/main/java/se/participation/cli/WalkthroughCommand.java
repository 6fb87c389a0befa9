// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import se.participation.api.CriterionAssessment;
import se.participation.api.LineageStep;
import se.participation.api.Part;
import se.participation.api.ParticipationProcess;
import se.participation.api.Proposal;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import java.util.Locale;
import se.participation.api.text.LocalizedText;
import se.participation.core.Descriptions;
import se.participation.core.ProcessEngine;
import se.participation.core.SuccessEvaluator;
import se.participation.json.Judgement;
import se.participation.json.Input;

/** {@code participation walkthrough}: the social-services committee's pilot, part by part. */
@Command(name = "walkthrough", mixinStandardHelpOptions = true,
    description = "Runs the social-services committee's goal-setting pilot through every part.")
final class WalkthroughCommand extends Subcommand {
  static final String PILOT = "pilot.yaml";

  @picocli.CommandLine.Option(names = "--store", paramLabel = "STORE",
      description = "also write the pilot's events to this store (a JDBC URL or an embedded file)")
  @org.jspecify.annotations.Nullable String store;


  static String pilotDocument() {
    try (InputStream in = WalkthroughCommand.class.getResourceAsStream(PILOT)) {
      if (in == null) {
        throw new IllegalStateException("the pilot document " + PILOT + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Integer call() {
    Locale language = common.language();
    boolean json = common.json();
    ProcessEngine engine = ProcessEngine.of(common.rules());
    Judgement judgement = Judgement.of(Input.of(pilotDocument(), "examples/pilot.yaml"), engine);
    String location = store;
    Stores.Imported imported = null;
    if (location != null) {
      try (se.participation.store.jdbc.JdbcEventStore target = se.participation.store.jdbc.JdbcEventStore.open(location)) {
        target.migrate();
        imported = Stores.write(target, judgement.history(), location, language);
      }
    }
    PrintWriter out = out();
    ObjectNode root = Reports.JSON.createObjectNode();
    ArrayNode parts = root.putArray("parts");
    ObjectNode currentPart = null;
    ParticipationProcess process = null;
    Part shown = null;
    for (Event event : judgement.history()) {
      ParticipationProcess before = process;
      process = engine.evolve(process, event);
      if (shown == null) {
        shown = process.part();
        currentPart = header(out, parts, shown, language, json);
      }
      LocalizedText line = Descriptions.of(event);
      if (json && currentPart != null) {
        ((ArrayNode) currentPart.get("done")).add(line.in(language));
      } else if (!json) {
        out.println("  - " + line.in(language));
      }
      if (before != null && before.part() != process.part()) {
        List<Finding> left = engine.findings(before, before.part());
        if (json && currentPart != null) {
          currentPart.set("findings", Reports.findings(left, language));
        } else if (!json) {
          printLeaving(out, before.part(), left, language);
        }
        shown = process.part();
        currentPart = header(out, parts, shown, language, json);
      }
    }
    if (process == null) {
      throw new IllegalStateException("the pilot document produced no events");
    }
    SuccessEvaluation evaluation = SuccessEvaluator.evaluate(process);
    if (json) {
      if (currentPart != null) {
        currentPart.set("findings", Reports.findings(engine.findings(process, process.part()), language));
      }
      ArrayNode lineage = root.putArray("lineage");
      for (Proposal proposal : process.proposals().values()) {
        lineage.addObject().put("proposal", proposal.id().value()).put("text", proposal.text())
            .put("steps", steps(proposal, language));
      }
      root.set("evaluation", Reports.criteria(evaluation, language));
      ArrayNode missing = root.putArray("missingGroups");
      evaluation.representation().missingGroups().forEach(g -> missing.add(g.value()));
      if (imported != null) {
        root.putObject("store").put("location", imported.location()).put("written", imported.appended())
            .put("version", imported.version());
      }
      Reports.printJson(out, root);
      return ParticipationCommand.OK;
    }
    printLeaving(out, process.part(), engine.findings(process, process.part()), language);
    out.println();
    out.println("== " + CliTexts.text(language, "walkthrough.lineage") + " ==");
    for (Proposal proposal : process.proposals().values()) {
      out.println("  " + proposal.id() + " \"" + proposal.text() + "\"");
      out.println("      " + steps(proposal, language));
    }
    out.println();
    out.println("== " + CliTexts.text(language, "walkthrough.evaluation") + " ==");
    Reports.printCriteria(out, evaluation, language, "  ");
    if (!evaluation.representation().missingGroups().isEmpty()) {
      out.println(CliTexts.text(language, "walkthrough.missing", evaluation.representation().missingGroups()));
    }
    if (imported != null) {
      out.println(CliTexts.text(language, "walkthrough.stored", imported.location(), imported.appended(), imported.version()));
    }
    return ParticipationCommand.OK;
  }

  private static @org.jspecify.annotations.Nullable ObjectNode header(
      PrintWriter out, ArrayNode parts, Part part, Locale language, boolean json) {
    if (json) {
      ObjectNode node = parts.addObject().put("part", part.name()).put("label", part.label().in(language));
      node.putArray("done");
      return node;
    }
    out.println();
    out.println("== " + part.label().in(language) + " (" + part.name() + ") ==");
    return null;
  }

  private static void printLeaving(PrintWriter out, Part part, List<Finding> findings, Locale language) {
    if (findings.isEmpty()) {
      out.println("  " + CliTexts.text(language, "walkthrough.noFindings", part.label().in(language)));
    } else {
      out.println("  " + CliTexts.text(language, "walkthrough.findings", part.label().in(language)));
      Reports.printFindings(out, findings, language, "    ");
    }
  }

  private static String steps(Proposal proposal, Locale language) {
    return proposal.lineage().stream().map(s -> step(s, language)).collect(Collectors.joining(" → "));
  }

  private static String step(LineageStep step, Locale language) {
    String related = step.related().isEmpty() ? ""
        : " (" + step.related().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
    return step.status().label().in(language) + related;
  }
}
