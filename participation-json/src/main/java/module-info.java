// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * JSON and YAML for the participation SDK: process documents as people write them, turned into
 * commands and judged by the core's rules, and event histories with one event a line.
 */
module se.participation.json {
  requires transitive se.participation.core;
  requires com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static org.jspecify;

  exports se.participation.json;

  provides com.fasterxml.jackson.databind.Module with
      se.participation.json.ParticipationModule;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.json.internal.Texts.Provider;
}
