// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The participation SDK's core: the process state machine (pure {@code decide} and {@code
 * evolve}), the rule engine, the handbook's rule set, authorization by role and the evaluation of
 * the four success criteria.
 */
module se.participation.core {
  requires transitive se.participation.api;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports se.participation.core;

  uses se.participation.api.rule.RuleProvider;

  provides se.participation.api.text.TextCatalogProvider with
      se.participation.core.internal.CoreTexts.Provider;
}
