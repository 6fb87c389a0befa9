// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import se.participation.api.CriterionAssessment;
import se.participation.api.GroupReach;
import se.participation.api.Part;
import se.participation.api.ProposalStatus;
import se.participation.api.QuadrantReach;
import se.participation.api.Severity;
import se.participation.api.SuccessCriterion;
import se.participation.core.ProcessEngine;
import se.participation.core.Verdict;
import se.participation.json.Input;
import se.participation.json.Judgement;
import se.participation.report.internal.ReportWriter;

/**
 * The report as a reader gets it: one well-formed file with nothing fetched and no script, whose
 * numbers are the verdict's, in Swedish and English, with the gaps of a record shown as gaps.
 */
class HtmlReportTest {
  static final Path EXAMPLES = Path.of(System.getProperty("participation.examples", "../examples"));
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();
  private static final Locale SV = Locale.forLanguageTag("sv");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static Verdict verdict(Path file) {
    return Judgement.of(Input.of(file), ENGINE).verdict();
  }

  /** Parses as a browser would, failing on any HTML parse error. */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = org.jsoup.Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return document;
  }

  private static List<Element> elements(Document document, String attribute) {
    return document.select("[" + attribute + "]");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleGivesOneWellFormedFileThatFetchesNothingAndRunsNoScript(Path file) {
    for (Locale language : List.of(SV, Locale.ENGLISH)) {
      String html = HtmlReport.of(verdict(file)).render(language);
      Document document = parse(html);
      assertThat(document.selectFirst("html").attr("lang")).isEqualTo(language.toLanguageTag());
      assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain(" src=", "<link", "@import", "url(http");
      assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://");
      assertThat(document.select("h1").size()).isEqualTo(1);
      assertThat(document.select("section").size()).isEqualTo(7);
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theNumbersInThePicturesAndTablesAreTheEvaluations(Path file) {
    Verdict verdict = verdict(file);
    Document document = parse(HtmlReport.of(verdict).render(Locale.ENGLISH));
    for (Element criterion : elements(document, "data-criterion")) {
      CriterionAssessment assessment = verdict.evaluation().assessment(SuccessCriterion.valueOf(criterion.attr("data-criterion")));
      assertThat(criterion.attr("data-achieved")).isEqualTo(String.valueOf(assessment.achieved()));
      assertThat(criterion.attr("data-out-of")).isEqualTo(String.valueOf(assessment.outOf()));
      assertThat(criterion.text()).contains(assessment.achieved() + " of " + assessment.outOf());
    }
    assertThat(elements(document, "data-criterion")).hasSize(SuccessCriterion.values().length);
    for (GroupReach group : verdict.evaluation().representation().groups()) {
      Element row = elements(document, "data-group").stream()
          .filter(e -> e.attr("data-group").equals(group.group().value())).findFirst().orElseThrow();
      assertThat(row.text()).contains(group.name()).contains(String.valueOf(group.came()));
      String planned = group.planned().isPresent() ? String.valueOf(group.planned().getAsInt()) : "unknown";
      assertThat(row.select("td").get(1).text()).isEqualTo(planned);
      assertThat(row.select("td").get(2).text()).isEqualTo(String.valueOf(group.came()));
      Element quadrant = elements(document, "data-quadrant").stream()
          .filter(e -> e.tagName().equals("g") && e.attr("data-quadrant").equals(group.quadrant().name()))
          .findFirst().orElseThrow();
      assertThat(quadrant.text()).contains(group.came() + " of " + (group.planned().isPresent()
          ? String.valueOf(group.planned().getAsInt()) : "?"));
    }
    if (verdict.evaluation().representation().groups().isEmpty()) {
      assertThat(document.selectFirst("#representation").text()).contains("names no target groups");
    }
    for (QuadrantReach reach : verdict.evaluation().representation().groups().isEmpty()
        ? List.<QuadrantReach>of() : verdict.evaluation().representation().quadrants()) {
      Element row = elements(document, "data-quadrant").stream()
          .filter(e -> e.tagName().equals("tr") && e.attr("data-quadrant").equals(reach.quadrant().name()))
          .findFirst().orElseThrow();
      List<Element> cells = row.select("td");
      assertThat(List.of(cells.get(0).text(), cells.get(1).text(), cells.get(2).text(),
          cells.get(3).text())).containsExactly(String.valueOf(reach.plannedGroups()),
          String.valueOf(reach.reachedGroups()), String.valueOf(reach.planned()), String.valueOf(reach.came()));
    }
    // Each quota of a panel drawn by lot has its row, with the seats the panel finally had.
    assertThat(elements(document, "data-quota")).hasSize(verdict.evaluation().representation().quotas().size());
    for (se.participation.api.QuotaReach quota : verdict.evaluation().representation().quotas()) {
      Element row = elements(document, "data-quota").stream()
          .filter(e -> e.attr("data-quota").equals(quota.category() + "=" + quota.feature())).findFirst().orElseThrow();
      assertThat(row.selectFirst("[data-seated]").text()).isEqualTo(String.valueOf(quota.seated()));
      assertThat(row.text()).contains(quota.min() + "–" + quota.max()).contains(quota.met() ? "✓ met" : "✗ not met");
    }
    for (Element row : elements(document, "data-part")) {
      Part part = Part.valueOf(row.attr("data-part"));
      for (Element cell : row.select("td")) {
        Severity severity = Severity.valueOf(cell.attr("data-severity"));
        assertThat(cell.text()).isEqualTo(String.valueOf(
            verdict.findings(part).stream().filter(f -> f.severity() == severity).count()));
      }
    }
    assertThat(elements(document, "data-part")).hasSize(verdict.judgedParts().size());
    CriterionAssessment feedback = verdict.evaluation().assessment(SuccessCriterion.FEEDBACK_GIVEN);
    Element summary = elements(document, "data-feedback-achieved").get(0);
    assertThat(summary.attr("data-feedback-achieved")).isEqualTo(String.valueOf(feedback.achieved()));
    assertThat(summary.attr("data-feedback-out-of")).isEqualTo(String.valueOf(feedback.outOf()));
  }

  @Test
  void theProposalsPathCountsEachStepOfTheRecordAndLinksToItsList() {
    Verdict verdict = verdict(EXAMPLES.resolve("pilot.yaml"));
    Document document = parse(HtmlReport.of(verdict).render(SV));
    Map<ProposalStatus, List<se.participation.api.Proposal>> reached = ReportWriter.byStatusReached(verdict.process());
    assertThat(reached.get(ProposalStatus.SUBMITTED)).isNotEmpty();
    assertThat(reached.get(ProposalStatus.ADOPTED)).isNotEmpty();
    for (Element row : elements(document, "data-status")) {
      if (!row.tagName().equals("tr")) {
        continue;
      }
      ProposalStatus status = ProposalStatus.valueOf(row.attr("data-status"));
      int count = reached.get(status).size();
      assertThat(row.select("td").get(0).text()).as("%s", status).isEqualTo(String.valueOf(count));
      if (count > 0) {
        Element link = row.selectFirst("a");
        String target = link.attr("href").substring(1);
        Element list = elements(document, "id").stream().filter(e -> e.attr("id").equals(target)).findFirst().orElseThrow();
        assertThat(list.text()).contains("(" + count + ")");
      }
    }
    long adopted = verdict.process().proposals().values().stream().filter(p -> p.status() == ProposalStatus.ADOPTED).count();
    assertThat(reached.get(ProposalStatus.ADOPTED)).hasSize((int) adopted);
  }

  @Test
  void aRecordWithGapsShowsTheGapsAsGapsAndUnknownDatesAsUnknown() {
    Verdict verdict = verdict(EXAMPLES.resolve("real-osthammar-dialogturne-2019.yaml"));
    assertThat(verdict.gaps()).isNotEmpty();
    String html = HtmlReport.of(verdict).render(SV);
    Document document = parse(html);
    assertThat(html).contains("Lucka:");
    for (Verdict.Gap gap : verdict.gaps()) {
      assertThat(document.text()).contains(gap.text().in(SV));
    }
    assertThat(html).contains("<span class=\"unknown\">okänt</span>");
    assertThat(document.select("#timeline svg")).as("one known day gives no picture").isEmpty();
    assertThat(document.selectFirst("#timeline").text()).contains("för få datum");
  }

  @Test
  void textFromTheRecordCannotAddMarkup() throws IOException {
    String pilot = Files.readString(EXAMPLES.resolve("pilot.yaml"));
    String hostile = pilot.replaceFirst("  title: [^\\n]+", "  title: '<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\"'");
    Verdict verdict = Judgement.of(Input.of(hostile, "hostile.yaml"), ENGINE).verdict();
    String html = HtmlReport.of(verdict).render(SV);
    assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document document = parse(html);
    assertThat(document.selectFirst("h1").text()).isEqualTo(verdict.process().title());
  }

  @Test
  void aReportIsWrittenWholeToAFile(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
    Path file = directory.resolve("pilot.html");
    Files.writeString(file, "old");
    HtmlReport report = HtmlReport.of(verdict(EXAMPLES.resolve("pilot.yaml")));
    report.write(file, Locale.ENGLISH);
    assertThat(Files.readString(file)).isEqualTo(report.render(Locale.ENGLISH));
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void aParticipantsOwnFeedbackChannelIsNotPrinted() throws IOException {
    String pilot = Files.readString(EXAMPLES.resolve("pilot.yaml"));
    String phone = "sms till 070-123 45 67";
    String record = pilot
        .replaceFirst("\nparticipants:\n", "\nparticipants:\n- id: anonym-1\n  role: RESIDENT\n  identity: ANONYMOUS\n"
            + "  feedbackChannel: " + phone + "\n")
        .replaceFirst("\nfeedback:\n", "\nfeedback:\n- id: sms-svar\n  audience: ANONYMOUS_CHANNEL\n  channel: " + phone
            + "\n  at: 2021-04-12T10:00:00Z\n  content: Fullmäktige antog målen.\n");
    Verdict verdict = Judgement.of(Input.of(record, "anonymous.yaml"), ENGINE).verdict();
    assertThat(verdict.process().feedback()).anyMatch(d -> d.channel().equals(phone));
    for (Locale language : List.of(SV, Locale.ENGLISH)) {
      String html = HtmlReport.of(verdict).render(language);
      assertThat(html).doesNotContain("070-123").contains(language == SV ? "en deltagares egen kanal" : "a participant&#39;s own channel");
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void colourIsNeverTheOnlyCarrierOfAState(Path file) {
    Document document = parse(HtmlReport.of(verdict(file)).render(SV));
    List<Element> coloured = document.select(".ok, .partly, .bad, .sev-blocking, .sev-warning, .sev-advice");
    assertThat(coloured).isNotEmpty();
    for (Element element : coloured) {
      assertThat(element.text()).as("a mark and a word: %s", element).matches("[✓◐✗■▲●] \\p{L}.*");
    }
    assertThat(document.select("svg")).allSatisfy(svg -> assertThat(svg.select("title, [aria-label]").size()
        + (svg.hasAttr("aria-label") ? 1 : 0)).as("a picture has a name").isPositive());
  }
}
