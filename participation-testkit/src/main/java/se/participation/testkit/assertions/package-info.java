// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Fluent AssertJ assertions for outcomes, processes, findings and evaluations, with failure
 * messages that say what was expected, what happened, and every reason or finding involved.
 * Start from {@link se.participation.testkit.assertions.ParticipationAssertions}.
 */
@NullMarked
package se.participation.testkit.assertions;

import org.jspecify.annotations.NullMarked;
