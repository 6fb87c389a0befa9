// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Fair selection of participants by lot: LEXIMIN lotteries with certificates, LEGACY for
 * comparison, re-runnable draws, explanations of infeasible quotas, the common CSV format. See
 * {@link se.participation.selection.Selection}.
 */
module se.participation.selection {
  requires transitive se.participation.api;
  requires se.participation.json;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.core;
  requires static ortools.java;
  requires static org.jspecify;

  exports se.participation.selection;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.selection.internal.SelectionTexts.Provider;
}
