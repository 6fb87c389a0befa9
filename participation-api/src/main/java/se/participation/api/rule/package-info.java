// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Rules as data plus a pure function: the {@link se.participation.api.rule.Rule} SPI, {@link
 * se.participation.api.rule.RuleSet composable rule sets}, {@link
 * se.participation.api.rule.Finding findings}, and the {@link
 * se.participation.api.rule.RuleProvider} through which integrators contribute rules with {@link
 * java.util.ServiceLoader}.
 */
@NullMarked
@ParticipationStyle
package se.participation.api.rule;

import org.jspecify.annotations.NullMarked;
import se.participation.api.internal.ParticipationStyle;
