// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import se.participation.api.Part;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleSet;
import java.util.Locale;

/** {@code participation rules}: the active rule set, including rules contributed on the class path. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the active rules: the handbook's and any contributed through ServiceLoader.")
final class RulesCommand extends Subcommand {

  @Override
  public Integer call() {
    Locale language = common.language();
    RuleSet rules = common.rules();
    PrintWriter out = out();
    if (common.json()) {
      var root = Reports.JSON.createObjectNode().put("ruleSet", rules.name()).put("version", rules.version());
      ArrayNode array = root.putArray("rules");
      for (Rule rule : rules.rules()) {
        array.addObject().put("id", rule.id().value()).put("part", rule.part().name())
            .put("severity", rule.severity().name()).put("text", rule.description().in(language)).put("source", rule.source());
        rule.severityWord().ifPresent(word -> ((com.fasterxml.jackson.databind.node.ObjectNode) array.get(array.size() - 1)).put("word", word));
      }
      Reports.printJson(out, root);
      return ParticipationCommand.OK;
    }
    out.println(CliTexts.text(language, "rules.header", rules.name(), rules.version(), rules.rules().size()));
    for (Part part : Part.values()) {
      out.println(part.label().in(language) + ":");
      for (Rule rule : rules.rulesOf(part)) {
        out.printf("  %-32s %-12s %s%n", rule.id(), rule.severity().label().in(language), rule.description().in(language));
      }
    }
    return ParticipationCommand.OK;
  }
}
