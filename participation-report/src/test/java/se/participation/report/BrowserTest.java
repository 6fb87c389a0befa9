// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report as people see it, in a real headless Chromium: every example renders, a screenshot
 * and a printed PDF of each are written to {@code target/report-screenshots/}, and axe-core (from
 * npm, installed by the build into {@code target/browser}) finds no WCAG 2.1 A or AA violation,
 * contrast included. A missing browser or axe-core fails the test.
 */
class BrowserTest {
  private static final Path OUT = Path.of("target", "report-screenshots");
  private static final Path AXE = Path.of(System.getProperty("participation.axe",
      "target/browser/node_modules/axe-core/axe.min.js"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Chromium browser;
  private static String axe;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    if (!Files.isRegularFile(AXE)) {
      throw new AssertionError("No axe-core at " + AXE.toAbsolutePath() + ": the build installs it with npm ci "
          + "(participation-report/src/test/browser/package.json) in the generate-test-resources phase");
    }
    axe = Files.readString(AXE);
    browser = Chromium.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Arguments> reports() throws IOException {
    List<Arguments> reports = new ArrayList<>();
    for (Path file : HtmlReportTest.examples().toList()) {
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      reports.add(Arguments.of(name, file, Locale.forLanguageTag("sv")));
    }
    reports.add(Arguments.of("pilot-en", HtmlReportTest.EXAMPLES.resolve("pilot.yaml"), Locale.ENGLISH));
    return reports.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void rendersWithNoAccessibilityViolationAndIsPhotographedAndPrinted(String name, Path example, Locale language)
      throws IOException, InterruptedException {
    Path html = OUT.resolve(name + ".html");
    Files.createDirectories(OUT);
    HtmlReport.of(HtmlReportTest.verdict(example)).write(html, language);
    Chromium.Page page = browser.open(html.toAbsolutePath(), 1000);
    try {
      assertThat(page.evaluate("document.title")).isNotBlank();
      assertThat(page.evaluate("String(document.querySelectorAll('svg').length)")).isNotEqualTo("0");
      assertThat(page.evaluate("String(performance.getEntriesByType('resource').length)"))
          .as("nothing is fetched").isEqualTo("0");
      page.evaluate(axe + "\n;'loaded'");
      String violations = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: "
          + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
          + ".then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, "
          + "nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))");
      JsonNode found = JSON.readTree(violations);
      assertThat(found).as("axe-core violations in %s: %s", name, found.toPrettyString()).isEmpty();
      String passes = page.evaluate("axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast']}})"
          + ".then(r => String(r.passes.length + r.violations.length))");
      assertThat(Integer.parseInt(passes)).as("the contrast rule ran").isPositive();
      page.screenshot(OUT.resolve(name + ".png"));
      assertThat(page.slices(OUT.resolve("pages"), name, 1400)).isPositive();
      page.pdf(OUT.resolve(name + ".pdf"));
    } finally {
      page.close();
    }
    assertThat(Files.size(OUT.resolve(name + ".png"))).isGreaterThan(10_000);
    assertThat(Files.readString(OUT.resolve(name + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF").contains("/Type /Page");
  }

  @Test
  void thePrintedReportIsA4WithEachSectionOnItsOwnPage() throws IOException, InterruptedException {
    Path html = OUT.resolve("print-check.html");
    Files.createDirectories(OUT);
    HtmlReport.of(HtmlReportTest.verdict(HtmlReportTest.EXAMPLES.resolve("pilot.yaml"))).write(html, Locale.ENGLISH);
    Chromium.Page page = browser.open(html.toAbsolutePath(), 1000);
    try {
      page.pdf(OUT.resolve("print-check.pdf"));
    } finally {
      page.close();
    }
    String pdf = Files.readString(OUT.resolve("print-check.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
    // A4 is 595 × 842 points; seven sections after the title give at least eight pages.
    assertThat(pdf).containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
    long pages = pdf.lines().filter(l -> l.matches(".*/Type /Page[^s].*|.*/Type /Page$")).count();
    assertThat(pages).isGreaterThanOrEqualTo(8);
  }
}
