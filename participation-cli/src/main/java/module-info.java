// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The {@code participation} command. */
module se.participation.cli {
  requires se.participation.json;
  requires se.participation.report;
  requires se.participation.store.jdbc;
  requires se.participation.selection;
  requires ortools.java;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  opens se.participation.cli to info.picocli;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.cli.CliTexts.Provider;
}
