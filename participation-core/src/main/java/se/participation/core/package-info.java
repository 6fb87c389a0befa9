// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Entry points of the core: {@link se.participation.core.ProcessEngine} (decide, evolve, replay,
 * findings), {@link se.participation.core.HandbookRules} (the handbook's rule set and its
 * composition with contributed rules), {@link se.participation.core.SuccessEvaluator} (the four
 * success criteria and the representation analysis), {@link se.participation.core.Permissions}
 * (who may issue which command) and {@link se.participation.core.ProcessStatistics}.
 */
@NullMarked
package se.participation.core;

import org.jspecify.annotations.NullMarked;
