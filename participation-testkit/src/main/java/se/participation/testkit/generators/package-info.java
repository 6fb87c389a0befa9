// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Domain generators built on the testkit's property core: complete plans and plans with chosen
 * defects, target groups across the representation model, participants, valid processes at each
 * part with random content and proposal lineages, arbitrary commands, and random command runs for
 * stateful testing.
 *
 * <p>Every generator is a {@link se.participation.testkit.property.Gen}: run it from {@link
 * se.participation.testkit.property.Property}, or draw values with any {@link
 * java.util.random.RandomGenerator} through {@code Gen.sample}.
 */
@NullMarked
package se.participation.testkit.generators;

import org.jspecify.annotations.NullMarked;
