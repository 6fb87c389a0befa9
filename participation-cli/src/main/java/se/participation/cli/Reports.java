// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import se.participation.api.CriterionAssessment;
import se.participation.api.GroupReach;
import se.participation.api.QuadrantReach;
import se.participation.api.RepresentationAnalysis;
import se.participation.api.SuccessCriterion;
import se.participation.api.SuccessEvaluation;
import se.participation.api.Part;
import se.participation.api.rule.Finding;
import java.util.Locale;

/** Renders findings as text or as the stable JSON documented in docs/cli.md. */
final class Reports {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Reports() {}

  static ObjectNode finding(Finding finding, Locale language) {
    ObjectNode node = JSON.createObjectNode()
        .put("ruleId", finding.ruleId().value())
        .put("part", finding.part().name())
        .put("severity", finding.severity().name())
        .put("message", finding.message().in(language));
    finding.advice().ifPresent(a -> node.put("advice", a.in(language)));
    finding.subject().ifPresent(s -> node.put("subject", s));
    return node;
  }

  static ArrayNode findings(List<Finding> findings, Locale language) {
    ArrayNode array = JSON.createArrayNode();
    findings.forEach(f -> array.add(finding(f, language)));
    return array;
  }

  /** Prints findings grouped by part: severity, rule id, message and advice. */
  static void printFindings(PrintWriter out, List<Finding> findings, Locale language, String indent) {
    for (Part part : Part.values()) {
      List<Finding> ofPart = findings.stream().filter(f -> f.part() == part).toList();
      if (ofPart.isEmpty()) {
        continue;
      }
      out.println(indent + part.label().in(language) + ":");
      for (Finding finding : ofPart) {
        out.println(indent + "  [" + finding.severity().label().in(language) + "] " + finding.ruleId() + ": "
            + finding.message().in(language));
        finding.advice().ifPresent(a -> out.println(indent + "      → " + a.in(language)));
      }
    }
  }

  /** The four criteria with their measure and evidence, as JSON. */
  static ArrayNode criteria(SuccessEvaluation evaluation, Locale language) {
    ArrayNode criteria = JSON.createArrayNode();
    for (SuccessCriterion criterion : SuccessCriterion.values()) {
      CriterionAssessment a = evaluation.assessment(criterion);
      ObjectNode node = criteria.addObject().put("criterion", criterion.name()).put("text", criterion.label().in(language))
          .put("result", a.result().name()).put("achieved", a.achieved()).put("outOf", a.outOf());
      ArrayNode evidence = node.putArray("evidence");
      a.evidence().forEach(e -> evidence.add(e.in(language)));
    }
    return criteria;
  }

  /** The representation analysis as JSON: each group and quadrant, planned against reached. */
  static ObjectNode representation(RepresentationAnalysis analysis) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode groups = node.putArray("groups");
    for (GroupReach g : analysis.groups()) {
      ObjectNode group = groups.addObject().put("group", g.group().value()).put("name", g.name())
          .put("quadrant", g.quadrant().name()).put("came", g.came());
      g.planned().ifPresent(planned -> group.put("planned", planned));
      if (g.mirrorsPopulation()) {
        group.put("mirrorsPopulation", true);
      }
    }
    ArrayNode quadrants = node.putArray("quadrants");
    for (QuadrantReach q : analysis.quadrants()) {
      quadrants.addObject().put("quadrant", q.quadrant().name()).put("plannedGroups", q.plannedGroups())
          .put("reachedGroups", q.reachedGroups()).put("planned", q.planned()).put("came", q.came());
    }
    ArrayNode missing = node.putArray("missingGroups");
    analysis.missingGroups().forEach(g -> missing.add(g.value()));
    ArrayNode quotas = node.putArray("quotas");
    for (se.participation.api.QuotaReach q : analysis.quotas()) {
      quotas.addObject().put("sortition", q.sortition().value()).put("category", q.category()).put("feature", q.feature())
          .put("min", q.min()).put("max", q.max()).put("seated", q.seated()).put("met", q.met());
    }
    return node;
  }

  /** Prints the four criteria with their evidence. */
  static void printCriteria(PrintWriter out, SuccessEvaluation evaluation, Locale language, String indent) {
    for (SuccessCriterion criterion : SuccessCriterion.values()) {
      CriterionAssessment a = evaluation.assessment(criterion);
      out.println(indent + criterion.label().in(language) + ": " + a.result().label().in(language).toUpperCase(language));
      a.evidence().forEach(e -> out.println(indent + "    " + e.in(language)));
    }
  }

  /** Prints the representation analysis: each group, planned against reached, by quadrant. */
  static void printRepresentation(PrintWriter out, RepresentationAnalysis analysis, Locale language, String indent) {
    for (GroupReach g : analysis.groups()) {
      if (g.mirrorsPopulation()) {
        out.println(indent + CliTexts.text(language, "representation.mirrors", g.name(), g.came(),
            g.planned().isPresent() ? String.valueOf(g.planned().getAsInt()) : "?"));
      }
    }
    for (QuadrantReach q : analysis.quadrants()) {
      if (q.plannedGroups() == 0 && q.came() == 0) {
        continue;
      }
      out.println(indent + CliTexts.text(language, "representation.quadrant", q.quadrant(), q.reachedGroups(),
          q.plannedGroups(), q.came()));
      for (GroupReach g : analysis.groups()) {
        if (g.quadrant() == q.quadrant() && !g.mirrorsPopulation()) {
          out.println(indent + "    " + CliTexts.text(language, "representation.group", g.name(), g.came(),
              g.planned().isPresent() ? String.valueOf(g.planned().getAsInt()) : "?"));
        }
      }
    }
    for (se.participation.api.QuotaReach q : analysis.quotas()) {
      out.println(indent + CliTexts.text(language, q.met() ? "representation.quota" : "representation.quotaMissed",
          q.sortition(), q.category(), q.feature(), q.seated(), q.min(), q.max()));
    }
  }

  static void printJson(PrintWriter out, Object node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
