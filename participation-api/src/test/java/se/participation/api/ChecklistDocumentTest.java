// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/checklist.md} lists every question of the handbook's appendix as the code catalogues
 * it. Run with {@code -Dparticipation.updateDocs=true} to rewrite it after a change.
 */
class ChecklistDocumentTest {
  static final Path DOCUMENT = Path.of("..", "docs", "checklist.md");

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# The handbook's checklist\n\n")
        .append("Every question of the appendix \"Bilaga – Checklista för dialog\" of *Att arbeta med")
        .append(" invånardialog i Helsingborgs stad* (2016), as `se.participation.api.ChecklistQuestion`")
        .append(" catalogues it: the stable id, the part the appendix lists it under, the kind of answer,")
        .append(" what answers it in the API, and the handbook's wording (Swedish) with a translation.")
        .append(" None is invented; the order is the appendix's.\n\n")
        .append("Generated from the code by `ChecklistDocumentTest`; do not edit by hand.\n\n")
        .append("| id | part | answer kind | answered by | handbook wording (sv) | English |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (ChecklistQuestion q : ChecklistQuestion.values()) {
      out.append("| `").append(q.id()).append("` | ").append(q.part().label().sv())
          .append(" | ").append(q.answerKind().label().en())
          .append(" | ").append(q.planElement().map(e -> "`Plan." + e + "`").orElse("`ChecklistAnswer` (yes/no)"))
          .append(" | ").append(q.text().sv()).append(" | ").append(q.text().en()).append(" |\n");
    }
    out.append("\nThe decision questions are answered with `Command.AnswerDecisionQuestion`; a \"no\" to any")
        .append(" of them blocks a dialogue (see [handbook-rules.md](handbook-rules.md)). The other")
        .append(" questions are answered by the elements of the `Plan` recorded with `Command.RecordPlan`.\n");
    return out.toString();
  }

  @Test
  void theChecklistDocumentListsEveryQuestionAsCatalogued() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("participation.updateDocs")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("docs/checklist.md is out of date; run the tests with -Dparticipation.updateDocs=true")
        .isEqualTo(expected);
  }
}
