// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GenTest {

  private static <T> List<T> sample(Gen<T> gen, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.sample(random.split()));
    }
    return values;
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    Gen<List<Integer>> gen = Gen.lists(Gen.integers(-50, 50), 0, 10);
    assertThat(sample(gen, 50, 42)).isEqualTo(sample(gen, 50, 42));
    assertThat(sample(gen, 50, 42)).isNotEqualTo(sample(gen, 50, 43));
  }

  @Test
  void replayingTheRecordedChoicesGivesTheSameValue() {
    Gen<List<String>> gen = Gen.lists(Gen.strings("abc", 1, 4), 1, 6).flatMap(l -> Gen.constant(l));
    Source source = Source.of(new SplittableRandom(7));
    List<String> value = gen.generate(source);
    assertThat(gen.generate(Source.replaying(source.choices()))).isEqualTo(value);
  }

  @Test
  void valuesStayWithinTheirBounds() {
    assertThat(sample(Gen.integers(3, 9), 500, 1)).allSatisfy(i -> assertThat(i).isBetween(3, 9));
    assertThat(sample(Gen.longs(-5, 5), 500, 1)).allSatisfy(i -> assertThat(i).isBetween(-5L, 5L));
    assertThat(sample(Gen.lists(Gen.booleans(), 2, 5), 500, 1)).allSatisfy(l -> assertThat(l).hasSizeBetween(2, 5));
    assertThat(sample(Gen.sets(Gen.integers(0, 100), 3, 6), 200, 1)).allSatisfy(s -> assertThat(s).hasSizeBetween(3, 6));
    assertThat(sample(Gen.integers(Integer.MIN_VALUE, Integer.MAX_VALUE), 200, 1)).isNotEmpty();
  }

  @Test
  void everyValueAndEveryChoiceIsReachable() {
    assertThat(Set.copyOf(sample(Gen.integers(0, 3), 400, 2))).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(Set.copyOf(sample(Gen.elementOf("a", "b", "c"), 300, 2))).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(Set.copyOf(sample(Gen.choice(Gen.constant(1), Gen.constant(2)), 100, 2))).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void weightedChoiceFollowsTheWeights() {
    Map<Gen<? extends String>, Integer> weights = new LinkedHashMap<>();
    weights.put(Gen.constant("often"), 9);
    weights.put(Gen.constant("rarely"), 1);
    long often = sample(Gen.weighted(weights), 2_000, 3).stream().filter("often"::equals).count();
    assertThat(often).isBetween(1_650L, 1_950L);
  }

  @Test
  void aFilterThatNeverSucceedsStopsAtItsBound() {
    Gen<Integer> never = Gen.integers(0, 10).filter(i -> i > 10, 25);
    assertThatThrownBy(() -> never.sample(new SplittableRandom(1)))
        .isInstanceOf(Gen.FilterExhaustedException.class)
        .hasMessage("no generated value satisfied the filter in 25 tries");
  }

  @Test
  void badArgumentsAreRejectedNamingThem() {
    assertThatThrownBy(() -> Gen.integers(5, 1)).hasMessage("max must not be below min, was min 5, max 1");
    assertThatThrownBy(() -> Gen.lists(Gen.booleans(), 3, 1)).hasMessageContaining("minSize 3, maxSize 1");
    assertThatThrownBy(() -> Gen.elementOf(List.of())).hasMessage("values must not be empty");
    assertThatThrownBy(() -> Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)).hasMessageContaining("must fit in a long");
    assertThatThrownBy(() -> Source.of(new SplittableRandom()).drawBoolean(2)).hasMessageContaining("from 0 to 1, was 2.0");
    Map<Gen<? extends String>, Integer> zero = Map.of(Gen.constant("x"), 0);
    assertThatThrownBy(() -> Gen.weighted(zero)).hasMessage("weights must be positive, was 0");
  }

  @Test
  void anEndlessGeneratorIsStopped() {
    Gen<Integer> endless = source -> {
      while (true) {
        source.draw(1);
      }
    };
    assertThatThrownBy(() -> endless.sample(new SplittableRandom(1)))
        .isInstanceOf(Source.TooManyChoicesException.class);
  }
}
