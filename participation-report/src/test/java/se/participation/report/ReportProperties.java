// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.participation.api.CriterionAssessment;
import se.participation.api.SuccessCriterion;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;
import se.participation.testkit.generators.Generators;
import se.participation.testkit.property.Property;

/**
 * Records the examples do not show: generated complete processes and random runs of commands
 * (partial, refused steps and all) give a report that parses without error and whose criteria
 * are the verdict's.
 */
class ReportProperties {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  private static void reportShowsTheVerdict(Verdict verdict) {
    for (Locale language : java.util.List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
      Document document = HtmlReportTest.parse(HtmlReport.of(verdict).render(language));
      assertThat(document.select("section")).hasSize(7);
      for (Element criterion : document.select("[data-criterion]")) {
        CriterionAssessment assessment = verdict.evaluation().assessment(SuccessCriterion.valueOf(criterion.attr("data-criterion")));
        assertThat(criterion.attr("data-achieved")).isEqualTo(String.valueOf(assessment.achieved()));
        assertThat(criterion.attr("data-out-of")).isEqualTo(String.valueOf(assessment.outOf()));
      }
      assertThat(document.select("[data-part]")).hasSize(verdict.judgedParts().size());
      assertThat(document.select("ul.gaps li").size()).isEqualTo(verdict.gaps().size());
    }
  }

  @Test
  void everyCompleteProcessGivesAReportThatParsesAndShowsTheVerdictsNumbers() {
    Property.forAll(Generators.closedProcesses()).named("report of a complete process").tries(40)
        .check(recorded -> reportShowsTheVerdict(ENGINE.judge(recorded.history())));
  }

  @Test
  void everyRandomRunOfCommandsGivesAReportThatParsesAndShowsTheVerdictsNumbers() {
    Property.forAll(Generators.commandRuns(ENGINE, 40)).named("report of a random run").tries(60)
        .check(run -> {
          if (!run.history().isEmpty()) {
            reportShowsTheVerdict(ENGINE.judge(run.history()));
          }
        });
  }
}
