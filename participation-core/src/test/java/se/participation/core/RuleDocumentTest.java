// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.participation.api.ChecklistQuestion;
import se.participation.api.rule.Rule;
import se.participation.api.rule.RuleSet;

/**
 * {@code docs/handbook-rules.md} lists every rule of the handbook's rule set with its part,
 * severity, the handbook passage and the tests that prove it. Run with {@code
 * -Dparticipation.updateDocs=true} to rewrite it after a change.
 */
class RuleDocumentTest {
  static final Path DOCUMENT = Path.of("..", "docs", "handbook-rules.md");

  /** Tests beyond the per-rule case in HandbookRulesTest that show a rule at work. */
  private static final Map<String, String> MORE_TESTS = Map.of(
      "BESLUT-4", "`ProcessEngineTest#aNoInTheDecisionChecklistRefusesTheDialogueAndAdvisesInformationOrConsultation`",
      "BESLUT-5", "`ProcessEngineTest#theChecklistCanBeAnsweredAgainAndTheHistoryKeepsWhoChangedWhat`",
      "PLANERING-1", "`ProcessEngineTest#approvingAnEmptyPlanListsEveryBlockingPlanningFinding`",
      "ATERKOPPLING-2", "`ProcessEngineTest#approvingAnEmptyPlanListsEveryBlockingPlanningFinding`");

  static String render(RuleSet rules, RuleSet strict) {
    StringBuilder out = new StringBuilder();
    out.append("# The handbook's rules\n\n")
        .append("Every rule of the rule set `").append(rules.name()).append("` version ").append(rules.version())
        .append(" (`HandbookRules.ruleSet()`, the default profile), and of its strict profile `")
        .append(strict.name()).append("` (`HandbookRules.strict()`). A rule's *part* is the part whose")
        .append(" move onwards it guards: in a live process a **blocking** finding stops `ProceedWithDialogue`")
        .append(" (Beslut), `ApprovePlan` (Planering), `AdvancePart` (Genomförande, Återkoppling) or")
        .append(" `CloseProcess` (Utvärdering), and the rejection lists every such finding; warnings and advice")
        .append(" come with an accepted move. Judging a record, every finding is reported in its part and")
        .append(" nothing is refused. Rules for dialogue apply only while the process is run as a dialogue")
        .append(" at a dialogue level: information and consultation are not dialogue.\n\n")
        .append("**Severity comes from the handbook's own words**, quoted in the column *word*: \"ska\",")
        .append(" \"måste\", \"Vid nej ... ska ni inte\" make a rule blocking; \"viktigt\", \"av yttersta")
        .append(" vikt\", \"bör\" (and as strong: \"centralt\", \"riskerar\", \"allra bäst\") a warning;")
        .append(" \"gärna\", \"kan\", \"bra med\", \"oftast\" and the checklist's \"ett stöd\" advice. The")
        .append(" strict profile keeps the same rules as gates (never less severe than the handbook) and adds")
        .append(" the library's own practice, which the default leaves out; its column shows where it differs.\n\n")
        .append("**Not documented is not not answered.** A checklist question that a record marks as not")
        .append(" documented (`MarkUndocumented`, or `undocumented:` in a process document) is a documentation")
        .append(" gap: in a live process its rule warns instead of blocking, and a judged record lists it among")
        .append(" its gaps, not its findings. The rules for the checklist's questions check that an answer is")
        .append(" there, not that it is good: a text that is only punctuation or a placeholder (\"vet ej\",")
        .append(" \"okänt\", \"saknas\", \"tbd\", \"-\") does not answer, anything else does.\n\n")
        .append("Every rule is proved by `HandbookRulesTest#firesWhenBrokenAndNotOtherwise` with its id as")
        .append(" the case name: it does not fire on a process that satisfies it and fires, with its id,")
        .append(" part, severity and texts in Swedish and English, on one that does not. Rule ids that")
        .append(" equal a checklist id check that question (see [checklist.md](checklist.md)).\n\n")
        .append("Generated from the code by `RuleDocumentTest`; do not edit by hand.\n\n")
        .append("| id | part | severity | word | strict | rule (en) | handbook passage | tests |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Rule strictRule : strict.rules()) {
      String id = strictRule.id().value();
      java.util.Optional<Rule> rule = rules.rules().stream().filter(r -> r.id().equals(strictRule.id())).findFirst();
      String tests = "`HandbookRulesTest#firesWhenBrokenAndNotOtherwise[" + id + "]`"
          + (MORE_TESTS.containsKey(id) ? "<br>" + MORE_TESTS.get(id) : "");
      String severity = rule.map(r -> r.severity().label().en()).orElse("—");
      String word = rule.flatMap(Rule::severityWord).orElse("none: the library's own practice, strict profile only");
      String strictSeverity = rule.isPresent() && rule.get().severity() == strictRule.severity()
          ? "same" : strictRule.severity().label().en();
      out.append("| `").append(id).append("` | ").append(strictRule.part().label().sv())
          .append(" | ").append(severity)
          .append(" | ").append(word.replace("|", "\\|"))
          .append(" | ").append(strictSeverity)
          .append(" | ").append(strictRule.description().en())
          .append(" | ").append(strictRule.source().replace("|", "\\|"))
          .append(" | ").append(tests).append(" |\n");
    }
    out.append("\nEvery question of the checklist has a rule with its id")
        .append(" (`RuleDocumentTest#everyChecklistQuestionHasARule`).\n");
    out.append("\n## Handbook statements without a rule, and why\n\n")
        .append("| statement | why there is no rule |\n| --- | --- |\n")
        .append("| Beslut: \"viktigt att som tjänsteperson ta reda på vilket mandat som finns för att genomföra en")
        .append(" dialog\" (and who decided it, with a case reference) | A rule since 1.2.0: `BESLUT-MANDAT` (warning);")
        .append(" `RecordMandate` records who gave the mandate, the case reference and its scope. |\n")
        .append("| \"Varför inte dialog?\": questions where \"det krävs en specifik kompetens\" or \"området tydligt regleras")
        .append(" av lagar, regler och riktlinjer\" | A record cannot show whether a question is governed by law or")
        .append(" needs special competence; `BESLUT-1` and `BESLUT-2` ask whether the decision makers and the question")
        .append(" can be influenced, which is how the checklist puts it. |\n")
        .append("| \"information en grundstomme\": information as the base of every interaction | The record does")
        .append(" not hold what participants were told beforehand; a rule would only check that a field is filled. |\n")
        .append("| \"att invånarna ges lika möjligheter att komma till tals\" | How the conversation went is not in")
        .append(" the record; the small groups that help are recorded (`FormSmallGroups`), and their absence is not a")
        .append(" fault. |\n")
        .append("| \"undvika att dialogen övergår i en debatt\" | A quality of the conversation, not of its record. |\n")
        .append("| \"gärna i både text och bild\" | A rule since 1.1.0: `GENOMFORANDE-TEXT-OCH-BILD` (advice). |\n");
    return out.toString();
  }

  @Test
  void theRuleDocumentListsEveryRuleWithItsTest() throws IOException {
    String expected = render(HandbookRules.ruleSet(), HandbookRules.strict());
    if (Boolean.getBoolean("participation.updateDocs")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("docs/handbook-rules.md is out of date; run the tests with -Dparticipation.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void everyChecklistQuestionHasARule() {
    for (ChecklistQuestion q : ChecklistQuestion.values()) {
      assertThat(HandbookRules.ruleSet().contains(se.participation.api.rule.RuleId.of(q.id())))
          .as(q.id()).isTrue();
    }
  }
}
