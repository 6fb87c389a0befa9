// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
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

  static void printJson(PrintWriter out, Object node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
