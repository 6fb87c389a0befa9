// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.participation.api.Part;
import se.participation.api.ProcessStatus;
import se.participation.api.SuccessCriterion;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;
import se.participation.testkit.Pilot;

/** A record is judged part by part on what it holds, whatever an earlier gate would have said. */
class RecordJudgementTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static String pilotWithout(String... prefixes) throws IOException {
    List<String> lines = Files.readAllLines(ExamplesTest.EXAMPLES.resolve("pilot.yaml"), StandardCharsets.UTF_8);
    return lines.stream().filter(l -> java.util.Arrays.stream(prefixes).noneMatch(l::startsWith))
        .collect(Collectors.joining("\n"));
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId().value()).toList();
  }

  @Test
  void aRecordWhosePlanLacksAnswersIsJudgedInEveryLaterPart() throws IOException {
    // The public record of a real process often lacks the risks, the off-topic handling and the
    // date the plan was approved; the meetings, proposals, lineage and feedback are all there.
    String record = pilotWithout("  risks:", "  offTopicHandling:", "planApproved:");
    Judgement judgement = Judgement.of(Input.of(record, "record.yaml"), ENGINE);
    Verdict verdict = judgement.verdict();

    assertThat(judgement.process().status()).isEqualTo(ProcessStatus.CLOSED);
    assertThat(verdict.judgedParts()).containsExactly(Part.values());
    assertThat(ids(verdict.findings(Part.PLANERING))).contains("PLANERING-13", "PLANERING-14");
    assertThat(verdict.gaps()).extracting(Verdict.Gap::element).containsExactly("planApproved");
    // What came after the plan is judged and evaluated exactly as in the complete pilot document.
    Judgement complete = Judgement.of(Input.of(ExamplesTest.EXAMPLES.resolve("pilot.yaml")), ENGINE);
    assertThat(judgement.process().proposals()).isEqualTo(complete.process().proposals());
    assertThat(judgement.process().feedback()).isEqualTo(complete.process().feedback());
    assertThat(verdict.evaluation().assessments()).isEqualTo(complete.verdict().evaluation().assessments());
    assertThat(verdict.findings(Part.ATERKOPPLING)).isEqualTo(complete.verdict().findings(Part.ATERKOPPLING));
    assertThat(verdict.evaluation().assessment(SuccessCriterion.FEEDBACK_GIVEN).achieved()).isPositive();
    assertThat(verdict.findings(Part.GENOMFORANDE)).noneMatch(Finding::isBlocking);
  }

  @Test
  void missingRisksAndOffTopicHandlingAreAdviceByTheHandbookAndBlockOnlyInTheStrictProfile() throws IOException {
    String record = pilotWithout("  risks:", "  offTopicHandling:");
    Judgement judgement = Judgement.of(Input.of(record, "record.yaml"), ENGINE);
    assertThat(judgement.blockers()).isEmpty();
    assertThat(judgement.verdict().findings(Part.PLANERING)).filteredOn(f -> ids(List.of(f)).get(0).startsWith("PLANERING-1"))
        .extracting(f -> f.ruleId().value() + " " + f.severity()).contains("PLANERING-13 ADVICE", "PLANERING-14 ADVICE");
    assertThat(judgement.verdict().gaps()).isEmpty();

    ProcessEngine strict = ProcessEngine.of(se.participation.core.HandbookRules.strict());
    Judgement gated = Judgement.of(Input.of(record, "record.yaml"), strict);
    assertThat(gated.blockers()).extracting(f -> f.ruleId().value()).containsExactlyInAnyOrder("PLANERING-13", "PLANERING-14");
    assertThat(gated.blockers()).allMatch(f -> f.part() == Part.PLANERING);
    // Judged as a record, the strict profile still sees everything after the plan.
    assertThat(gated.verdict().judgedParts()).containsExactly(Part.values());
    assertThat(strict.guardsMoves()).isTrue();
    assertThat(strict.forRecords().guardsMoves()).isFalse();
  }

  @Test
  void whatTheRecordSaysItDoesNotDocumentIsAGapNotAFindingEvenInTheStrictProfile() throws IOException {
    String record = pilotWithout("  risks:", "  offTopicHandling:") + "\nundocumented:\n"
        + "- {question: PLANERING-13, note: Inte beskrivet i det offentliga underlaget}\n"
        + "- {question: PLANERING-14}\n";
    ProcessEngine strict = ProcessEngine.of(se.participation.core.HandbookRules.strict());
    Judgement judgement = Judgement.of(Input.of(record, "record.yaml"), strict);
    assertThat(judgement.blockers()).isEmpty();
    assertThat(ids(judgement.verdict().findings(Part.PLANERING))).doesNotContain("PLANERING-13", "PLANERING-14");
    assertThat(judgement.verdict().gaps()).extracting(Verdict.Gap::element).containsExactly("PLANERING-13", "PLANERING-14");
    assertThat(judgement.verdict().gaps().get(0).text().sv()).contains("Inte beskrivet i det offentliga underlaget");
    // The marks survive an export of the history as a document.
    ProcessDocument exported = ProcessDocuments.export(judgement.history(), ENGINE);
    assertThat(exported.undocumented()).extracting(ProcessDocument.NotDocumented::question)
        .containsExactly(se.participation.api.ChecklistQuestion.PLANERING_13, se.participation.api.ChecklistQuestion.PLANERING_14);
    assertThat(ProcessDocuments.read(ProcessDocuments.write(exported, Format.YAML), "again.yaml")).isEqualTo(exported);
  }

  @Test
  void aHistoryIsJudgedOnTheStateEachPartWasLeftIn() {
    Verdict verdict = ENGINE.judge(Pilot.history());
    assertThat(verdict.process()).isEqualTo(Pilot.evaluated());
    assertThat(verdict.judgedParts()).containsExactly(Part.values());
    // Planering is judged on the state just before the plan was approved, not on the end state.
    List<se.participation.api.event.Event> history = Pilot.history();
    int approval = 0;
    while (!(history.get(approval) instanceof se.participation.api.event.Event.PlanApproved)) {
      approval++;
    }
    var beforeApproval = ENGINE.replay(history.subList(0, approval));
    assertThat(verdict.findings(Part.PLANERING)).isEqualTo(ENGINE.findings(beforeApproval, Part.PLANERING));
    assertThat(verdict.blocked()).isFalse();
  }
}
