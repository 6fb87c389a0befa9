// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * A municipality's own module, written as an embedder would: it requires the SDK, contributes a
 * rule and a language through the module system, and opens nothing to the SDK.
 */
module com.example.consumer {
  requires se.participation.json;
  requires se.participation.report;
  requires se.participation.store;
  requires se.participation.store.jdbc;
  requires se.participation.selection;
  requires static org.jspecify;

  exports com.example.consumer;

  provides se.participation.api.rule.RuleProvider with
      com.example.consumer.MunicipalRules;
  provides se.participation.api.text.TextBundle with
      com.example.consumer.FinnishTexts;
}
