// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Where a generator's random choices come from. A source either draws fresh choices from a {@link
 * RandomGenerator} and records them, or replays recorded choices, which is how a failure is
 * reproduced and shrunk. Every choice is a number from 0 to a bound; smaller is simpler.
 *
 * <p>Not thread-safe: one source per generated value.
 */
public final class Source {
  /** The most choices one value may take before the generator is considered endless. */
  public static final int MAX_CHOICES = 1_000_000;

  private final @Nullable RandomGenerator random;
  private final List<Long> replay;
  private final List<Long> recorded = new ArrayList<>();

  private Source(@Nullable RandomGenerator random, List<Long> replay) {
    this.random = random;
    this.replay = replay;
  }

  /**
   * A source drawing fresh choices from the given random generator.
   *
   * @throws NullPointerException when {@code random} is null
   */
  public static Source of(RandomGenerator random) {
    return new Source(Objects.requireNonNull(random, "random"), List.of());
  }

  /**
   * A source replaying the given choices; beyond them every choice is 0, the simplest, and a
   * choice larger than a draw's bound is clamped to it.
   */
  public static Source replaying(List<Long> choices) {
    return new Source(null, List.copyOf(choices));
  }

  /**
   * A choice from 0 to {@code bound}, both included.
   *
   * @throws IllegalArgumentException when {@code bound} is negative
   * @throws TooManyChoicesException when a generator draws without end
   */
  public long draw(long bound) {
    if (bound < 0) {
      throw new IllegalArgumentException("bound must not be negative, was " + bound);
    }
    long value;
    if (random == null) {
      value = replayed(bound);
    } else {
      value = bound == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(bound + 1);
    }
    return record(value);
  }

  /**
   * A yes or no that is yes with the given probability when drawing fresh. Yes is the choice 1,
   * so shrinking prefers no.
   *
   * @throws IllegalArgumentException when the probability is not from 0 to 1
   */
  public boolean drawBoolean(double probabilityOfYes) {
    if (!(probabilityOfYes >= 0 && probabilityOfYes <= 1)) {
      throw new IllegalArgumentException(
          "probabilityOfYes must be from 0 to 1, was " + probabilityOfYes);
    }
    long value;
    if (random == null) {
      value = replayed(1);
    } else {
      value = random.nextDouble() < probabilityOfYes ? 1 : 0;
    }
    return record(value) == 1;
  }

  private long replayed(long bound) {
    int index = recorded.size();
    long value = index < replay.size() ? replay.get(index) : 0;
    return Math.min(Math.max(value, 0), bound);
  }

  private long record(long value) {
    if (recorded.size() >= MAX_CHOICES) {
      throw new TooManyChoicesException(MAX_CHOICES);
    }
    recorded.add(value);
    return value;
  }

  /** The choices drawn so far, in order. */
  public List<Long> choices() {
    return List.copyOf(recorded);
  }

  /** Thrown when a generator draws more choices than one value may take: it likely never ends. */
  public static final class TooManyChoicesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyChoicesException(int limit) {
      super("a generator drew more than " + limit + " choices; does it recurse without end?");
    }
  }
}
