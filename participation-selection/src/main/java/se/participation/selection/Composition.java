// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One panel shape of a lottery and its probability: how many seats each profile gets. A panel of
 * this shape takes that many volunteers of each profile, uniformly at random among them; every
 * such panel meets the quotas.
 */
public final class Composition {
  private final double probability;
  private final int[] seats;

  /**
   * A composition.
   *
   * @param probability its probability in the lottery, in [0, 1]
   * @param seats seats per profile, indexed as {@link SelectionProblem#profiles()}
   * @throws IllegalArgumentException when the probability is outside [0, 1] or a count negative
   */
  public Composition(double probability, int[] seats) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability (" + probability + ") must be in [0, 1]");
    }
    for (int count : seats) {
      if (count < 0) {
        throw new IllegalArgumentException("a seat count (" + count + ") must not be negative");
      }
    }
    this.probability = probability;
    this.seats = seats.clone();
  }

  /** The probability of this shape. */
  public double probability() {
    return probability;
  }

  /** Seats per profile (a copy). */
  public int[] seats() {
    return seats.clone();
  }

  /** The seats of one profile. */
  public int seats(int profile) {
    return seats[profile];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Composition that
        && Double.compare(probability, that.probability) == 0 && Arrays.equals(seats, that.seats);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(probability) + Arrays.hashCode(seats);
  }

  @Override
  public String toString() {
    return "Composition[probability=" + probability + ", seats=" + Arrays.toString(seats) + "]";
  }
}
