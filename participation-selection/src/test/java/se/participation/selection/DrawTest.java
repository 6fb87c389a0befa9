// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.participation.testkit.property.Gen;
import se.participation.testkit.property.Property;

/**
 * The draw, re-run from its documentation alone ({@link Lottery#draw(String)}), as an auditor
 * would: a change to the algorithm that would change a published panel fails here. Also the
 * lottery's measures on cases worked by hand.
 */
class DrawTest {
  /** The documented stream: SHA-256(seed bytes, 0x00, i as 8 bytes big-endian), top 53 bits / 2⁵³. */
  private static double number(String seed, long i) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(seed.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(ByteBuffer.allocate(8).putLong(i).array());
    return (ByteBuffer.wrap(sha.digest()).getLong() >>> 11) / Math.pow(2, 53);
  }

  /** The documented draw, written from the javadoc. */
  private static Draw byTheDocumentation(Lottery lottery, String seed) throws Exception {
    long i = 0;
    double u = number(seed, i++);
    double cumulative = 0;
    int chosen = lottery.compositions().size() - 1;
    for (int c = 0; c < lottery.compositions().size(); c++) {
      cumulative += lottery.compositions().get(c).probability();
      if (u < cumulative) {
        chosen = c;
        break;
      }
    }
    Set<String> members = new HashSet<>();
    List<String> reserves = new ArrayList<>();
    for (Profile profile : lottery.problem().profiles()) {
      List<String> order = new ArrayList<>(profile.volunteers());
      for (int j = 0; j < order.size() - 1; j++) {
        Collections.swap(order, j, j + (int) Math.floor(number(seed, i++) * (order.size() - j)));
      }
      int seats = lottery.compositions().get(chosen).seats(profile.index());
      members.addAll(order.subList(0, seats));
      reserves.addAll(order.subList(seats, order.size()));
    }
    List<String> panel = lottery.problem().volunteers().stream().map(Volunteer::id).filter(members::contains).toList();
    return new Draw(seed, chosen, panel, reserves);
  }

  @Test
  void everyDrawIsTheOneTheDocumentationDescribes() {
    Property.forAll(source -> new Object[] {SmallProblems.feasible().generate(source),
        "Lotto " + Gen.integers(0, 1_000_000).generate(source)})
        .named("every draw is the one the documentation describes")
        .tries(60)
        .check(c -> {
          Lottery lottery = (Lottery) Selection.leximin((SelectionProblem) c[0]);
          try {
            assertThat(lottery.draw((String) c[1])).isEqualTo(byTheDocumentation(lottery, (String) c[1]));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void theExampleDrawIsTheDocumentedOne() throws Exception {
    Lottery lottery = (Lottery) Selection.leximin(Examples.exampleSmall());
    String seed = "Lotto 2026-11-28: 3 9 14 22 27 30 35";
    assertThat(lottery.draw(seed)).isEqualTo(byTheDocumentation(lottery, seed));
    assertThatThrownBy(() -> lottery.draw(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGiniCoefficientIsZeroForEqualChancesAndAHalfWhenOneOfTwoHoldsTheSeat() {
    SelectionProblem oneOfTwo = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 1, 1), new Quota("gender", "man", 0, 0)),
        List.of(new Volunteer("w", Map.of("gender", "woman")), new Volunteer("m", Map.of("gender", "man"))), 1);
    Lottery lottery = (Lottery) Selection.leximin(oneOfTwo);
    assertThat(lottery.probability("w")).isEqualTo(1.0);
    assertThat(lottery.probability("m")).isZero();
    assertThat(lottery.gini()).isCloseTo(0.5, within(1e-12));
    assertThat(lottery.minimum()).isZero();
    // four volunteers, chances 1/3, 1/3, 1/3 and 1: G = Σ|xi − xj| / (2 n² mean) = 1/4
    SelectionProblem threeAndOne = SelectionProblem.of(
        List.of(new Quota("gender", "woman", 1, 1), new Quota("gender", "man", 1, 1)),
        List.of(new Volunteer("w1", Map.of("gender", "woman")), new Volunteer("w2", Map.of("gender", "woman")),
            new Volunteer("w3", Map.of("gender", "woman")), new Volunteer("m", Map.of("gender", "man"))), 2);
    Lottery skewed = (Lottery) Selection.leximin(threeAndOne);
    assertThat(skewed.probability("w2")).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(skewed.gini()).isCloseTo(0.25, within(1e-9));
    assertThat(skewed.compositions()).singleElement().satisfies(c -> assertThat(c.probability()).isEqualTo(1.0));
  }

  @Test
  void compositionsAreValues() {
    Composition a = new Composition(0.5, new int[] {1, 2});
    int[] seats = {1, 2};
    Composition b = new Composition(0.5, seats);
    seats[0] = 9;
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(new Composition(0.5, new int[] {2, 1}))
        .isNotEqualTo(new Composition(0.25, new int[] {1, 2}));
    assertThat(b.seats()).containsExactly(1, 2);
    assertThat(a.toString()).contains("0.5").contains("[1, 2]");
    assertThatThrownBy(() -> new Composition(1.5, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Composition(0.5, new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
  }
}
