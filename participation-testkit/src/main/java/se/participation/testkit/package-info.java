// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Fixtures for tests of embedding systems and custom rules: the social-services committee's
 * goal-setting pilot ({@link se.participation.testkit.Pilot}) as an event history and as named
 * snapshots at each part, and the {@link se.participation.testkit.ProcessRecorder} that builds
 * such histories by running commands through the engine.
 */
@NullMarked
package se.participation.testkit;

import org.jspecify.annotations.NullMarked;
