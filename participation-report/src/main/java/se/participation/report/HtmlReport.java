// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import se.participation.core.Verdict;
import se.participation.report.internal.ReportWriter;

/**
 * The report of a judged record as one self-contained HTML file: inline SVG and CSS, no script,
 * nothing fetched from elsewhere, printable on A4 with each section on its own page.
 *
 * <p>It shows the process's facts (question, level and its promise, owner, mandate, case
 * reference); the representation model with each target group placed, planned against reached;
 * the timeline of the plan's periods against what happened; the proposals' path from the gross
 * list to adoption, each count linked to its list with the reasons; feedback coverage; the four
 * success criteria with their evidence; the findings of each part and the gaps of the record.
 * Every picture has a table or text beside it with the same numbers, and every state a word and
 * a mark as well as a colour.
 *
 * <p>The report shows the {@link Verdict}'s numbers and the record's own entries; it judges
 * nothing itself. Text from the record is escaped: it cannot add markup to the report. Contact
 * details never appear in it; participants appear only as counts.
 *
 * <pre>{@code
 * Verdict verdict = ProcessEngine.withHandbookRulesOnly().judge(history);
 * HtmlReport.of(verdict).write(Path.of("report.html"), Locale.forLanguageTag("sv"));
 * }</pre>
 */
public final class HtmlReport {
  private final Verdict verdict;

  private HtmlReport(Verdict verdict) {
    this.verdict = verdict;
  }

  /**
   * The report of a verdict.
   *
   * @throws NullPointerException when {@code verdict} is null
   */
  public static HtmlReport of(Verdict verdict) {
    return new HtmlReport(Objects.requireNonNull(verdict, "verdict"));
  }

  /** The verdict the report shows. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The report as HTML text in a language; a language without the report's texts falls back to
   * Swedish, as every text of the SDK does.
   *
   * @throws NullPointerException when {@code language} is null
   */
  public String render(Locale language) {
    return ReportWriter.write(verdict, Objects.requireNonNull(language, "language"));
  }

  /**
   * Writes the report to a file in UTF-8, replacing it; the file is written whole or not at all
   * (through a temporary file beside it, then moved).
   *
   * @throws NullPointerException when an argument is null
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path file, Locale language) {
    Objects.requireNonNull(file, "file");
    String html = render(language);
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Path directory = parent == null ? target : parent;
    try {
      // Not Files.createTempFile, whose file only its owner may read: the report is for others.
      Path temporary = directory.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
      try {
        Files.writeString(temporary, html, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + file, e);
    }
  }
}
