// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.participation.api.CriterionResult;
import se.participation.api.Part;
import se.participation.api.SuccessCriterion;
import se.participation.api.TargetGroupId;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;

/** The real, publicly documented processes under examples/ get the verdicts docs/real-examples.md explains. */
class RealExamplesTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static Judgement judge(String file) {
    return Judgement.of(Input.of(ExamplesTest.EXAMPLES.resolve(file)), ENGINE);
  }

  @Test
  void theOsthammarDialogueTourFailsBeslutBecauseTheQuestionWasAlreadyDecided() {
    Judgement judgement = judge("real-osthammar-dialogturne-2019.yaml");
    assertThat(judgement.blocked()).isTrue();
    assertThat(judgement.blockers()).extracting(f -> f.ruleId().value()).containsExactly("BESLUT-2");
    // What the sources do not say is a gap, never a refusal or a "no".
    assertThat(judgement.verdict().gaps()).extracting(Verdict.Gap::element).contains("BESLUT-1", "BESLUT-5", "PLANERING-9");
    assertThat(judgement.findings()).noneMatch(Finding::documentationGap);
    // One gap per element, though two rules (PLANERING-9, PLANERING-PRIORITERAD-GRUPP) ask for it.
    assertThat(judgement.verdict().gaps()).filteredOn(g -> g.element().equals("PLANERING-9")).hasSize(1);
  }

  @Test
  void theFalunRecordWithGapsIsJudgedIntoCarryingOutAndMissesTheTownsGuardians() {
    Judgement judgement = judge("real-falun-skolstruktur-2020.yaml");
    Verdict verdict = judgement.verdict();
    assertThat(judgement.blocked()).isFalse();
    assertThat(verdict.judgedParts()).containsExactly(Part.BESLUT, Part.PLANERING, Part.GENOMFORANDE);
    assertThat(verdict.gaps()).extracting(Verdict.Gap::element).contains("planApproved", "BESLUT-2", "PLANERING-14");
    assertThat(verdict.evaluation().representation().missingGroups()).containsExactly(TargetGroupId.of("vardnadshavare-tatort"));
    assertThat(verdict.evaluation().assessment(SuccessCriterion.TARGET_GROUPS_REACHED).result()).isNotEqualTo(CriterionResult.MET);
    assertThat(verdict.findings(Part.GENOMFORANDE)).extracting(f -> f.ruleId().value()).contains("GENOMFORANDE-DOKUMENTATION");
  }

  @Test
  void theLuleaConsultationIsNotJudgedAsADialogue() {
    Judgement judgement = judge("real-lulea-oversiktsplan-samrad-2018.yaml");
    assertThat(judgement.process().isDialogue()).isFalse();
    assertThat(judgement.findings()).isEmpty();
    assertThat(judgement.verdict().evaluation().assessments().values())
        .allMatch(a -> a.result() == CriterionResult.NOT_APPLICABLE);
    assertThat(judgement.process().tallies()).extracting(t -> t.count().toString()).containsExactly("34", "ca 320");
    assertThat(judgement.verdict().evaluation().assessment(SuccessCriterion.RESULT_ACHIEVED).evidence())
        .extracting(t -> t.en()).contains("Contributions counted: ca 320 synpunkter (theme -).");
  }

  @Test
  void talliesSurviveTheHistoryTheExportAndTheProcessState() {
    Judgement judgement = judge("real-lulea-oversiktsplan-samrad-2018.yaml");
    var history = judgement.history();
    assertThat(EventHistories.read(EventHistories.write(history), "h.jsonl")).isEqualTo(history);
    ProcessDocument exported = ProcessDocuments.export(history, ENGINE);
    assertThat(exported.tallies()).isEqualTo(judgement.process().tallies());
    assertThat(ProcessDocuments.read(ProcessDocuments.write(exported, Format.JSON), "x.json")).isEqualTo(exported);
    var process = judgement.process();
    assertThat(Values.read(Values.write(process, Format.YAML), se.participation.api.ParticipationProcess.class, "p.yaml"))
        .isEqualTo(process);
  }
}
