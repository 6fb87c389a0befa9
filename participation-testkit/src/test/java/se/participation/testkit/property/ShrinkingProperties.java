// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator core shrinks planted failures to their known minimum, reproducibly. */
class ShrinkingProperties {

  @Test
  void anIntegerAboveAThresholdShrinksToTheThreshold() {
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
        Property.forAll(Gen.integers(0, 1_000_000)).named("x < 37").seed(1).checkThat(x -> x < 37));
    assertThat(failure.counterexample()).isEqualTo(37);
  }

  @Test
  void aListWithABigElementShrinksToThatElementAlone() {
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
        Property.forAll(Gen.lists(Gen.integers(0, 1_000), 0, 30))
            .named("no element reaches 100").seed(2)
            .checkThat(list -> list.stream().allMatch(x -> x < 100)));
    assertThat(failure.counterexample()).isEqualTo(List.of(100));
  }

  @Test
  void thePlantedFailuresShrinkToTheirMinimumWhateverTheSeed() {
    for (long seed = 1; seed <= 25; seed++) {
      long s = seed;
      PropertyFailure list = catchThrowableOfType(PropertyFailure.class, () ->
          Property.forAll(Gen.lists(Gen.integers(0, 1_000), 0, 30)).seed(s)
              .checkThat(l -> l.stream().allMatch(x -> x < 100)));
      assertThat(list.counterexample()).as("seed %s", s).isEqualTo(List.of(100));
      PropertyFailure set = catchThrowableOfType(PropertyFailure.class, () ->
          Property.forAll(Gen.sets(Gen.strings("abc", 0, 5), 0, 10)).seed(s)
              .checkThat(strings -> strings.stream().noneMatch(x -> x.contains("c"))));
      assertThat(set.counterexample()).as("seed %s", s).isEqualTo(java.util.Set.of("c"));
    }
  }

  @Test
  void aFlatMappedPairShrinksBothParts() {
    Gen<List<Integer>> sized = Gen.integers(0, 20).flatMap(n -> Gen.lists(Gen.integers(0, 9), n, n));
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
        Property.forAll(sized).named("lists are shorter than 3").seed(3).checkThat(list -> list.size() < 3));
    assertThat(failure.counterexample()).isEqualTo(List.of(0, 0, 0));
  }

  @Test
  void theFailureReportNamesThePropertyTheSeedAndTheMinimalCase() {
    PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
        Property.forAll(Gen.integers(0, 1_000)).named("x is small").seed(99)
            .check(x -> assertThat(x).isLessThan(500)));
    assertThat(failure.getMessage())
        .contains("Property \"x is small\" failed")
        .contains("seed 99; rerun with -Dparticipation.property.seed=99")
        .contains("Minimal counterexample (after ")
        .contains("): 500");
    assertThat(failure.seed()).isEqualTo(99);
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void theSameSeedReproducesTheSameFailureAndCounterexample() {
    Property<List<Integer>> property = Property.forAll(Gen.lists(Gen.integers(0, 1_000), 0, 20))
        .named("sum below 700").seed(12345);
    PropertyFailure first = catchThrowableOfType(PropertyFailure.class,
        () -> property.checkThat(l -> l.stream().mapToInt(Integer::intValue).sum() < 700));
    PropertyFailure second = catchThrowableOfType(PropertyFailure.class,
        () -> property.checkThat(l -> l.stream().mapToInt(Integer::intValue).sum() < 700));
    assertThat(second.attempt()).isEqualTo(first.attempt());
    assertThat(second.original()).isEqualTo(first.original());
    assertThat(second.counterexample()).isEqualTo(first.counterexample());
  }

  @Test
  void aPropertyThatHoldsPassesEveryTry() {
    int[] tries = {0};
    Property.forAll(Gen.integers(0, 10)).tries(57).check(x -> tries[0]++);
    assertThat(tries[0]).isEqualTo(57);
  }

  @Test
  void aGeneratorThatFailsIsReportedAsSuch() {
    Gen<Integer> broken = source -> {
      throw new IllegalStateException("no data");
    };
    assertThatThrownBy(() -> Property.forAll(broken).named("broken").seed(5).check(x -> { }))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("the generator failed on try 1 (seed 5");
  }
}
