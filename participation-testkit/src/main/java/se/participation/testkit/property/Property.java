// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Checks that something holds for many generated values, and when it does not, shrinks the
 * failing value to a minimal counterexample and reports it with the seed that reproduces it.
 *
 * <pre>{@code
 * @Test
 * void replayEqualsTheLiveState() {
 *   Property.forAll(Processes.commandRuns(engine, 30))
 *       .named("replay equals the live state")
 *       .check(run -> assertThat(engine.replay(run.history())).isEqualTo(run.process()));
 * }
 * }</pre>
 *
 * <p>The number of tries is 100 unless set with {@link #tries} or the system property {@code
 * participation.property.tries}; the seed is random unless set with {@link #seed} or the system
 * property {@code participation.property.seed}. A check fails when it throws an {@link
 * AssertionError} or a {@link RuntimeException}, or, with {@link #checkThat}, returns false.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {
  /** The default number of tries. */
  public static final int DEFAULT_TRIES = 100;

  /** The system property that sets the seed of every property. */
  public static final String SEED_PROPERTY = "participation.property.seed";

  /** The system property that sets the number of tries of every property. */
  public static final String TRIES_PROPERTY = "participation.property.tries";

  private final Gen<T> generator;
  private final String name;
  private final int tries;
  private final @Nullable Long seed;
  private final int maxShrinks;

  private Property(Gen<T> generator, String name, int tries, @Nullable Long seed, int maxShrinks) {
    this.generator = generator;
    this.name = name;
    this.tries = tries;
    this.seed = seed;
    this.maxShrinks = maxShrinks;
  }

  /**
   * A property over the values of a generator.
   *
   * @throws NullPointerException when {@code generator} is null
   */
  public static <T> Property<T> forAll(Gen<T> generator) {
    return new Property<>(Objects.requireNonNull(generator, "generator"), "property", defaultTries(), null, 2_000);
  }

  private static int defaultTries() {
    String tries = System.getProperty(TRIES_PROPERTY);
    if (tries == null) {
      return DEFAULT_TRIES;
    }
    try {
      int value = Integer.parseInt(tries.strip());
      if (value < 1) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          TRIES_PROPERTY + " must be a positive whole number, was \"" + tries + "\"", e);
    }
  }

  /**
   * This property under a name, used in its failure report; name it for the invariant.
   *
   * @throws NullPointerException when {@code newName} is null
   */
  public Property<T> named(String newName) {
    return new Property<>(generator, Objects.requireNonNull(newName, "name"), tries, seed, maxShrinks);
  }

  /**
   * This property with another number of tries.
   *
   * @throws IllegalArgumentException when {@code newTries} is less than 1
   */
  public Property<T> tries(int newTries) {
    if (newTries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, was " + newTries);
    }
    return new Property<>(generator, name, newTries, seed, maxShrinks);
  }

  /** This property with a fixed seed, e.g. the one a failure report printed. */
  public Property<T> seed(long newSeed) {
    return new Property<>(generator, name, tries, newSeed, maxShrinks);
  }

  /**
   * This property with another limit on shrinking attempts (2,000 by default).
   *
   * @throws IllegalArgumentException when {@code newMaxShrinks} is negative
   */
  public Property<T> maxShrinks(int newMaxShrinks) {
    if (newMaxShrinks < 0) {
      throw new IllegalArgumentException("maxShrinks must not be negative, was " + newMaxShrinks);
    }
    return new Property<>(generator, name, tries, seed, newMaxShrinks);
  }

  /**
   * Checks that the predicate holds for every generated value.
   *
   * @throws PropertyFailure with the minimal counterexample and the seed when it does not
   */
  public void checkThat(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    check(
        value -> {
          if (!predicate.test(value)) {
            throw new AssertionError("the predicate returned false");
          }
        });
  }

  /**
   * Runs the check on every generated value; the check fails by throwing.
   *
   * @throws PropertyFailure with the minimal counterexample and the seed when it fails
   */
  public void check(Consumer<? super T> check) {
    Objects.requireNonNull(check, "check");
    long runSeed = seed != null ? seed : seedFromSystemOrRandom();
    SplittableRandom random = new SplittableRandom(runSeed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      Source source = Source.of(random.split());
      T value;
      try {
        value = generator.generate(source);
      } catch (RuntimeException e) {
        throw new PropertyFailure(
            "Property \"" + name + "\": the generator failed on try " + attempt + " (seed " + runSeed
                + "; rerun with -D" + SEED_PROPERTY + "=" + runSeed + "): " + e,
            e, runSeed, attempt, null, null, 0);
      }
      Throwable failure = Shrinker.failureOf(check, value);
      if (failure != null) {
        Shrinker.Result<T> minimal =
            new Shrinker<>(generator, check, maxShrinks).shrink(source.choices(), value, failure);
        throw new PropertyFailure(
            report(runSeed, attempt, value, minimal),
            minimal.failure(), runSeed, attempt, minimal.value(), value, minimal.steps());
      }
    }
  }

  private String report(long runSeed, int attempt, T original, Shrinker.Result<T> minimal) {
    return String.join(
        System.lineSeparator(),
        List.of(
            "Property \"" + name + "\" failed on try " + attempt + " of " + tries
                + " (seed " + runSeed + "; rerun with -D" + SEED_PROPERTY + "=" + runSeed + ")",
            "Minimal counterexample (after " + minimal.steps() + " shrinks): " + minimal.value(),
            "Failure: " + minimal.failure(),
            "Original counterexample: " + original));
  }

  private static long seedFromSystemOrRandom() {
    String text = System.getProperty(SEED_PROPERTY);
    if (text == null) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          SEED_PROPERTY + " must be a whole number, was \"" + text + "\"", e);
    }
  }
}
