// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import org.jspecify.annotations.Nullable;

/**
 * A property did not hold. The message names the property, the seed that reproduces the run, the
 * minimal counterexample and its failure; the cause is that failure.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The seed that reproduces the failure. */
  private final long seed;
  /** The try that failed, from 1. */
  private final int attempt;
  private final transient @Nullable Object counterexample;
  private final transient @Nullable Object original;
  /** How many shrinks led to the minimal counterexample. */
  private final int shrinks;

  PropertyFailure(
      String message,
      Throwable cause,
      long seed,
      int attempt,
      @Nullable Object counterexample,
      @Nullable Object original,
      int shrinks) {
    super(message, cause);
    this.seed = seed;
    this.attempt = attempt;
    this.counterexample = counterexample;
    this.original = original;
    this.shrinks = shrinks;
  }

  /** The seed of the run; {@code Property.seed(seed)} reproduces it. */
  public long seed() {
    return seed;
  }

  /** The try on which the property failed, from 1. */
  public int attempt() {
    return attempt;
  }

  /** The minimal counterexample, or {@code null} when the generator itself failed. */
  public @Nullable Object counterexample() {
    return counterexample;
  }

  /** The counterexample as first found, before shrinking. */
  public @Nullable Object original() {
    return original;
  }

  /** How many shrinking steps succeeded. */
  public int shrinks() {
    return shrinks;
  }
}
