// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * An engine-neutral property-testing core: {@link se.participation.testkit.property.Gen
 * generators} that draw their random choices from a {@link se.participation.testkit.property.Source},
 * and {@link se.participation.testkit.property.Property} that runs a check over many generated
 * values and, on failure, shrinks the recorded choices to a minimal counterexample.
 *
 * <p>Because shrinking works on the choices and not on the values, every generator built with
 * {@code map}, {@code flatMap}, {@code filter} or the collection combinators shrinks without a
 * shrinker of its own, and a run is reproduced exactly from its seed. No jqwik: see {@code
 * docs/decisions/0002-no-jqwik.md}.
 */
@NullMarked
package se.participation.testkit.property;

import org.jspecify.annotations.NullMarked;
