// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing run by reducing its recorded choices: deleting blocks of choices and
 * lowering single choices by binary search, keeping every change after which the check still
 * fails, until no change helps or the attempts run out. Shorter, then lexicographically smaller,
 * choice lists are simpler.
 */
final class Shrinker<T> {
  private final Gen<T> generator;
  private final Consumer<? super T> check;
  private final int maxAttempts;
  private int attempts;
  private int steps;

  Shrinker(Gen<T> generator, Consumer<? super T> check, int maxAttempts) {
    this.generator = generator;
    this.check = check;
    this.maxAttempts = maxAttempts;
  }

  record Result<T>(T value, Throwable failure, List<Long> choices, int steps) {}

  /** The failure of the check on a value, or null when it holds. */
  static <T> @Nullable Throwable failureOf(Consumer<? super T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  Result<T> shrink(List<Long> choices, T value, Throwable failure) {
    Result<T> best = new Result<>(value, failure, choices, 0);
    boolean improved = true;
    while (improved && attempts < maxAttempts) {
      improved = false;
      for (int block = 8; block >= 1; block /= 2) {
        int i = best.choices().size() - block;
        while (i >= 0 && attempts < maxAttempts) {
          Result<T> candidate = attempt(without(best.choices(), i, block));
          if (candidate != null && simpler(candidate.choices(), best.choices())) {
            best = candidate;
            improved = true;
            steps++;
          }
          i--;
          i = Math.min(i, best.choices().size() - block);
        }
      }
      for (int i = 0; i < best.choices().size() && attempts < maxAttempts; i++) {
        long current = best.choices().get(i);
        long low = 0;
        long high = current;
        while (low < high && attempts < maxAttempts) {
          long middle = low + (high - low) / 2;
          Result<T> candidate = attempt(with(best.choices(), i, middle));
          if (candidate != null && simpler(candidate.choices(), best.choices())) {
            best = candidate;
            improved = true;
            steps++;
            high = middle;
            if (i >= best.choices().size()) {
              break;
            }
          } else {
            low = middle + 1;
          }
        }
      }
    }
    return new Result<>(best.value(), best.failure(), best.choices(), steps);
  }

  private @Nullable Result<T> attempt(List<Long> choices) {
    attempts++;
    Source source = Source.replaying(choices);
    T value;
    try {
      value = generator.generate(source);
    } catch (RuntimeException e) {
      return null;
    }
    Throwable failure = failureOf(check, value);
    if (failure == null) {
      return null;
    }
    return new Result<>(value, failure, source.choices(), 0);
  }

  private static boolean simpler(List<Long> a, List<Long> b) {
    if (a.size() != b.size()) {
      return a.size() < b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      int order = Long.compare(a.get(i), b.get(i));
      if (order != 0) {
        return order < 0;
      }
    }
    return false;
  }

  private static List<Long> without(List<Long> choices, int from, int count) {
    List<Long> result = new ArrayList<>(choices.subList(0, from));
    result.addAll(choices.subList(Math.min(choices.size(), from + count), choices.size()));
    return result;
  }

  private static List<Long> with(List<Long> choices, int index, long value) {
    List<Long> result = new ArrayList<>(choices);
    result.set(index, value);
    return result;
  }
}
