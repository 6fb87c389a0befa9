// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import se.participation.api.ParticipationProcess;
import se.participation.api.Proposal;
import se.participation.core.SuccessEvaluator;

/** Asserts that a process reached from a document has the content of the original process. */
final class SameContent {
  private SameContent() {}

  /**
   * Everything a document carries is equal; versions and the times of steps the document does not
   * record (e.g. a measurement proposed after submission) may differ.
   */
  static void assertSameContent(Judgement judgement, ParticipationProcess original) {
    ParticipationProcess read = judgement.process();
    assertThat(judgement.blockers()).isEmpty();
    assertThat(read.status()).isEqualTo(original.status());
    assertThat(read.part()).isEqualTo(original.part());
    assertThat(read.plan()).isEqualTo(original.plan());
    assertThat(read.decisionAnswers()).isEqualTo(original.decisionAnswers());
    assertThat(read.participants()).isEqualTo(original.participants());
    assertThat(read.contacts()).isEqualTo(original.contacts());
    assertThat(read.meetings()).isEqualTo(original.meetings());
    assertThat(read.offTopicMatters()).isEqualTo(original.offTopicMatters());
    assertThat(read.feedback()).isEqualTo(original.feedback());
    assertThat(read.evaluationAnswers()).isEqualTo(original.evaluationAnswers());
    assertThat(read.lessons()).isEqualTo(original.lessons());
    assertThat(read.proposals().keySet()).isEqualTo(original.proposals().keySet());
    for (Proposal proposal : original.proposals().values()) {
      Proposal copy = read.proposals().get(proposal.id());
      assertThat(copy.text()).isEqualTo(proposal.text());
      assertThat(copy.measurement()).isEqualTo(proposal.measurement());
      assertThat(copy.lineage()).extracting(s -> s.status())
          .isEqualTo(proposal.lineage().stream().map(s -> s.status()).toList());
      assertThat(copy.latestStep().reason()).isEqualTo(proposal.latestStep().reason());
    }
    assertThat(SuccessEvaluator.evaluate(read).assessments())
        .isEqualTo(SuccessEvaluator.evaluate(original).assessments());
  }
}
