// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The participation SDK's API: the handbook's vocabulary as immutable values, the commands and
 * events of a process, findings and outcomes, the rule SPI and bilingual text. It has no runtime
 * dependencies.
 */
module se.participation.api {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports se.participation.api;
  exports se.participation.api.command;
  exports se.participation.api.event;
  exports se.participation.api.rule;
  exports se.participation.api.text;
  // The persistent collections behind ParticipationProcess, for the core's fold; not public API.
  exports se.participation.api.internal to se.participation.core;

  uses se.participation.api.text.TextBundle;
  uses se.participation.api.text.TextCatalogProvider;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.api.internal.ApiTexts.Provider;

}
