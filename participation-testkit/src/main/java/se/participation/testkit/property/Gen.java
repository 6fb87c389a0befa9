// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of {@code T}: draws its random choices from a {@link Source}. Compose
 * generators with {@link #map}, {@link #flatMap}, {@link #filter}, {@link #choice}, {@link
 * #weighted}, {@link #lists} and {@link #sets}; every composition shrinks, because shrinking works
 * on the choices.
 *
 * <p>Generators must be pure functions of their choices: no other randomness, no clock, no
 * shared mutable state, so that replaying the choices gives the same value.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Generates one value from the source's choices. */
  T generate(Source source);

  /** One value drawn with the given random generator, e.g. to drive these generators from another engine. */
  default T sample(RandomGenerator random) {
    return generate(Source.of(random));
  }

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source));
  }

  /** A generator that uses this generator's value to choose the next generator. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source)).generate(source);
  }

  /**
   * A generator of this generator's values that satisfy the predicate, trying at most {@code
   * maxTries} times per value.
   *
   * @throws FilterExhaustedException from {@code generate} when no value in {@code maxTries}
   *     satisfies it; prefer constructing valid values to filtering
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be at least 1, was " + maxTries);
    }
    return source -> {
      for (int i = 0; i < maxTries; i++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new FilterExhaustedException(maxTries);
    };
  }

  /** A generator of this generator's values that satisfy the predicate, in at most 100 tries. */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, 100);
  }

  /** Always the same value. */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return source -> value;
  }

  /** An int from {@code min} to {@code max}, both included; shrinks towards {@code min}. */
  static Gen<Integer> integers(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max must not be below min, was min " + min + ", max " + max);
    }
    long range = (long) max - min;
    return source -> (int) (min + source.draw(range));
  }

  /**
   * A long from {@code min} to {@code max}, both included; shrinks towards {@code min}.
   *
   * @throws IllegalArgumentException when {@code max} is below {@code min} or {@code max - min}
   *     does not fit in a long
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max must not be below min, was min " + min + ", max " + max);
    }
    long range;
    try {
      range = Math.subtractExact(max, min);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "max - min must fit in a long, was min " + min + ", max " + max, e);
    }
    return source -> min + source.draw(range);
  }

  /** True or false, equally likely; shrinks towards false. */
  static Gen<Boolean> booleans() {
    return source -> source.drawBoolean(0.5);
  }

  /** One of the given values; shrinks towards the first. */
  @SafeVarargs
  static <T> Gen<T> elementOf(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return elementOf(list);
  }

  /** One of the given values; shrinks towards the first. */
  static <T> Gen<T> elementOf(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    return source -> copy.get((int) source.draw(copy.size() - 1L));
  }

  /** A value of one of the generators, each equally likely; shrinks towards the first. */
  @SafeVarargs
  static <T> Gen<T> choice(Gen<? extends T>... generators) {
    List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
    for (Gen<? extends T> generator : generators) {
      copy.add(Objects.requireNonNull(generator, "generator"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("generators must not be empty");
    }
    return source -> copy.get((int) source.draw(copy.size() - 1L)).generate(source);
  }

  /**
   * A value of one of the generators, chosen with the given weights; shrinks towards the first.
   *
   * @throws IllegalArgumentException when a weight is not positive or there are none
   */
  static <T> Gen<T> weighted(Map<Gen<? extends T>, Integer> weights) {
    List<Gen<? extends T>> generators = new ArrayList<>();
    List<Integer> cumulative = new ArrayList<>();
    int total = 0;
    for (Map.Entry<Gen<? extends T>, Integer> entry : weights.entrySet()) {
      if (entry.getValue() < 1) {
        throw new IllegalArgumentException("weights must be positive, was " + entry.getValue());
      }
      total += entry.getValue();
      generators.add(entry.getKey());
      cumulative.add(total);
    }
    if (generators.isEmpty()) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    int sum = total;
    return source -> {
      long pick = source.draw(sum - 1L);
      for (int i = 0; i < generators.size(); i++) {
        if (pick < cumulative.get(i)) {
          return generators.get(i).generate(source);
        }
      }
      throw new AssertionError("pick " + pick + " beyond the total weight " + sum);
    };
  }

  /**
   * A list of {@code minSize} to {@code maxSize} elements; shrinks towards fewer and simpler
   * elements. Each element after the minimum is preceded by a yes/no choice "one more", so that
   * shrinking can delete any element.
   */
  static <T> Gen<List<T>> lists(Gen<? extends T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "sizes must satisfy 0 <= minSize <= maxSize, was minSize " + minSize + ", maxSize " + maxSize);
    }
    double average = Math.min(maxSize, minSize + 8.0);
    double more = maxSize == minSize ? 0 : 1 - 1 / (average - minSize + 1);
    return source -> {
      List<T> list = new ArrayList<>();
      while (list.size() < minSize) {
        list.add(element.generate(source));
      }
      while (list.size() < maxSize && source.drawBoolean(more)) {
        list.add(element.generate(source));
      }
      return list;
    };
  }

  /**
   * A set of {@code minSize} to {@code maxSize} distinct elements, drawing at most {@code 10 *
   * maxSize + 10} elements to find them.
   *
   * @throws FilterExhaustedException from {@code generate} when not enough distinct elements turn
   *     up
   */
  static <T> Gen<Set<T>> sets(Gen<? extends T> element, int minSize, int maxSize) {
    Gen<List<T>> lists = lists(element, minSize, maxSize);
    return source -> {
      Set<T> set = new LinkedHashSet<>(lists.generate(source));
      int tries = 0;
      while (set.size() < minSize) {
        if (++tries > 10 * maxSize + 10) {
          throw new FilterExhaustedException(tries);
        }
        set.add(element.generate(source));
      }
      return set;
    };
  }

  /** A string of letters from {@code alphabet}, of {@code minLength} to {@code maxLength}. */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("alphabet must not be empty");
    }
    List<Character> letters = alphabet.chars().mapToObj(c -> (char) c).toList();
    return lists(elementOf(letters), minLength, maxLength)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder(chars.size());
              chars.forEach(text::append);
              return text.toString();
            });
  }

  /** Thrown when a filter finds no acceptable value within its tries. */
  final class FilterExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FilterExhaustedException(int tries) {
      super("no generated value satisfied the filter in " + tries + " tries");
    }
  }
}
