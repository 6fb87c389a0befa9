// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks of the participation SDK: one command's decide and evolve, a move between parts,
 * the whole rule set and the evaluation on records of growing size, replay of long histories, a
 * bare floor to compare with, and the pilot's sequence of steps in peer engines.
 */
@NullMarked
package se.participation.benchmarks;

import org.jspecify.annotations.NullMarked;
