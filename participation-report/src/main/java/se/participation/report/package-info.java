// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The HTML report of a judged record: {@link se.participation.report.HtmlReport}.
 *
 * <pre>{@code
 * Verdict verdict = ProcessEngine.withHandbookRulesOnly().judge(history);
 * HtmlReport.of(verdict).write(Path.of("report.html"), Locale.forLanguageTag("sv"));
 * }</pre>
 */
@NullMarked
package se.participation.report;

import org.jspecify.annotations.NullMarked;
