// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * A report people would rather look at than read: one self-contained HTML file (inline SVG and
 * CSS, no script, nothing fetched) of a judged record, in the reader's language.
 */
module se.participation.report {
  requires transitive se.participation.core;
  requires static org.jspecify;

  exports se.participation.report;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.report.internal.ReportTexts.Provider;
}
