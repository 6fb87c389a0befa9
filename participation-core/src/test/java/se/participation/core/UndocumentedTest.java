// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.participation.api.ChecklistQuestion;
import se.participation.api.EngagementLevel;
import se.participation.api.Part;
import se.participation.api.Plan;
import se.participation.api.Severity;
import se.participation.api.command.Command;
import se.participation.api.command.Outcome;
import se.participation.api.rule.Finding;

/** "Not documented" is not "not answered": a gap warns, and a judged record lists it as a gap. */
class UndocumentedTest {
  private static final ProcessEngine STRICT = ProcessEngine.of(HandbookRules.strict());

  private static Scenario planWithoutRisks(ProcessEngine engine) {
    Scenario scenario = new Scenario(engine).decided();
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);
    scenario.run(Scenario.OWNER, c -> new Command.RecordPlan(c, Plan.builder().from(Scenario.completePlan()).risks(Optional.empty()).build()));
    return scenario;
  }

  @Test
  void aQuestionMarkedUndocumentedWarnsInsteadOfBlockingEvenInTheStrictProfile() {
    Scenario scenario = planWithoutRisks(STRICT);
    Outcome refused = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(((Outcome.Rejected) refused).blockingFindings()).extracting(f -> f.ruleId().value()).containsExactly("PLANERING-14");

    scenario.run(Scenario.OWNER, c -> new Command.MarkUndocumented(c, ChecklistQuestion.PLANERING_14,
        Optional.of("Riskanalysen finns inte i det offentliga underlaget")));
    assertThat(scenario.process().undocumented()).containsKey(ChecklistQuestion.PLANERING_14);
    Outcome approved = scenario.decide(Scenario.OWNER, Command.ApprovePlan::new);
    assertThat(approved).isInstanceOf(Outcome.Accepted.class);
    Finding gap = ((Outcome.Accepted) approved).findings().stream()
        .filter(f -> f.ruleId().value().equals("PLANERING-14")).findFirst().orElseThrow();
    assertThat(gap.documentationGap()).isTrue();
    assertThat(gap.severity()).isEqualTo(Severity.WARNING);
    assertThat(gap.message().en()).contains("marked as not documented", "Riskanalysen finns inte", "not a no");
  }

  @Test
  void anUndocumentedDecisionQuestionIsAGapOfTheVerdictNotARefusal() {
    Scenario scenario = new Scenario(STRICT);
    scenario.run(Scenario.OWNER, c -> new Command.StartProcess(c, "T", "Q", EngagementLevel.RESONEMANG));
    for (ChecklistQuestion question : ChecklistQuestion.decisionQuestions()) {
      if (question != ChecklistQuestion.BESLUT_5) {
        scenario.run(Scenario.OWNER, c -> new Command.AnswerDecisionQuestion(c, question, true, Optional.empty()));
      }
    }
    scenario.run(Scenario.OWNER, c -> new Command.MarkUndocumented(c, ChecklistQuestion.BESLUT_5, Optional.empty()));
    scenario.run(Scenario.OWNER, c -> new Command.RecordMandate(c, se.participation.api.Mandate.by("Kommunstyrelsen")));
    scenario.run(Scenario.OWNER, Command.ProceedWithDialogue::new);
    assertThat(scenario.process().part()).isEqualTo(Part.PLANERING);

    Verdict verdict = STRICT.judge(scenario.history());
    assertThat(verdict.findings(Part.BESLUT)).isEmpty();
    assertThat(verdict.gaps()).singleElement().satisfies(gap -> {
      assertThat(gap.part()).isEqualTo(Part.BESLUT);
      assertThat(gap.element()).isEqualTo("BESLUT-5");
      assertThat(gap.text().en()).contains("BESLUT-5 is marked as not documented", "(no note)");
    });
  }

  @Test
  void anAnswerLaterSupersedesTheMark() {
    Scenario scenario = planWithoutRisks(STRICT);
    scenario.run(Scenario.OWNER, c -> new Command.MarkUndocumented(c, ChecklistQuestion.PLANERING_14, Optional.empty()));
    scenario.run(Scenario.OWNER, c -> new Command.RecordPlan(c, Scenario.completePlan()));
    assertThat(scenario.engine.findings(scenario.process(), Part.PLANERING)).noneMatch(Finding::documentationGap);
  }

  @Test
  void aPlaceholderDoesNotAnswerAQuestion() {
    for (String placeholder : List.of("-", "?", "vet ej", "Okänt.", "saknas", "tbd", "...")) {
      Plan plan = Plan.builder().from(Scenario.completePlan()).risks(placeholder).build();
      assertThat(plan.answers(ChecklistQuestion.PLANERING_14)).as(placeholder).isFalse();
    }
    assertThat(Plan.builder().from(Scenario.completePlan()).risks("Få kommer på kvällstid").build()
        .answers(ChecklistQuestion.PLANERING_14)).isTrue();
  }
}
