// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistQuestionTest {

  @Test
  void theAppendixHasTwentyFiveQuestionsWithDistinctStableIds() {
    List<String> ids = Arrays.stream(ChecklistQuestion.values()).map(ChecklistQuestion::id).toList();
    assertThat(ids).hasSize(25).doesNotHaveDuplicates();
    assertThat(ids).startsWith("BESLUT-1", "BESLUT-2", "BESLUT-3", "BESLUT-4", "BESLUT-5");
    assertThat(ids).contains("PLANERING-14", "GENOMFORANDE-1", "ATERKOPPLING-2", "UTVARDERING-3");
  }

  @Test
  void eachPartHasTheAppendixNumberOfQuestions() {
    assertThat(ChecklistQuestion.of(Part.BESLUT)).hasSize(5);
    assertThat(ChecklistQuestion.of(Part.PLANERING)).hasSize(14);
    assertThat(ChecklistQuestion.of(Part.GENOMFORANDE)).hasSize(1);
    assertThat(ChecklistQuestion.of(Part.ATERKOPPLING)).hasSize(2);
    assertThat(ChecklistQuestion.of(Part.UTVARDERING)).hasSize(3);
  }

  @Test
  void theDecisionQuestionsAreYesNoAndWordedAsInTheHandbook() {
    assertThat(ChecklistQuestion.decisionQuestions())
        .allSatisfy(q -> assertThat(q.answerKind()).isEqualTo(AnswerKind.YES_NO));
    assertThat(ChecklistQuestion.BESLUT_4.text().sv())
        .isEqualTo("Finns det tid att genomföra en dialog innan vi genomför åtgärder?");
  }

  @Test
  void idsLeadBackToTheirQuestion() {
    for (ChecklistQuestion question : ChecklistQuestion.values()) {
      assertThat(ChecklistQuestion.byId(question.id())).contains(question);
      assertThat(question.id()).startsWith(question.part().name());
    }
    assertThat(ChecklistQuestion.byId("BESLUT-6")).isEmpty();
  }

  @Test
  void anEmptyPlanAnswersNothingAndTheDecisionQuestionsAreNeverThePlans() {
    for (ChecklistQuestion question : ChecklistQuestion.values()) {
      assertThat(Plan.empty().answers(question)).as(question.id()).isFalse();
    }
  }
}
