// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.rule;

import java.util.List;

/**
 * Contributes rules through {@link java.util.ServiceLoader}: declare an implementation in {@code
 * module-info.java} ({@code provides se.participation.api.rule.RuleProvider with …}) or in {@code
 * META-INF/services/se.participation.api.rule.RuleProvider}.
 *
 * <p>A contributed rule with a new id is added; one with the id of an existing rule replaces it.
 */
public interface RuleProvider {

  /** The rules to add or replace. */
  List<Rule> rules();
}
