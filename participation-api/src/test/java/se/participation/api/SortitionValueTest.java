// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A selection by lot as a value: how the panel sits after replacements, what each part refuses
 * and why, and that its collections are copies that keep their order.
 */
class SortitionValueTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
  private static final SortitionId ID = SortitionId.of("panelen");

  private static ParticipantId member(String id) {
    return ParticipantId.of(id);
  }

  private static Sortition.Seat seat(String id, String gender, String age) {
    Map<String, String> features = new LinkedHashMap<>();
    features.put("kön", gender);
    features.put("ålder", age);
    return new Sortition.Seat(member(id), features);
  }

  private static Sortition.Panel panel(Sortition.Seat... seats) {
    return new Sortition.Panel(List.of(new Sortition.Quota("kön", "kvinna", 1, 2)), List.of(seats),
        Optional.of("LEXIMIN"), Optional.of("7 12 19 23 31"), OptionalDouble.of(0.1), 2);
  }

  private static Sortition drawn() {
    return Sortition.of(ID).withPanel(panel(seat("a", "kvinna", "16-29"), seat("b", "man", "30-64"),
        seat("c", "kvinna", "65+")), T);
  }

  private static Sortition.Replacement replacement(String left, Optional<Sortition.Seat> by) {
    return new Sortition.Replacement(T.plusSeconds(60), member(left), by, "Flyttade");
  }

  private static Count exact(int n) {
    return new Count(n, false, Optional.empty());
  }

  @Test
  void aSortitionTheRecordSaysNothingOfHasNoPartsAndNoSeats() {
    Sortition s = Sortition.of(ID);
    assertThat(s.id()).isEqualTo(ID);
    assertThat(s.invitations()).isEmpty();
    assertThat(s.pool()).isEmpty();
    assertThat(s.panel()).isEmpty();
    assertThat(s.drawnAt()).isEmpty();
    assertThat(s.replacements()).isEmpty();
    assertThat(s.invited()).isEmpty();
    assertThat(s.seats()).isEmpty();
    assertThat(s.isSeated(member("a"))).isFalse();
    assertThat(s.vacancies()).isZero();
    assertThat(s.seated("kön", "kvinna")).isZero();
  }

  @Test
  void oneWaveIsInvitedAsRecordedAndSeveralAddUpApproximateWhenOneIs() {
    Count worded = new Count(7000, false, Optional.of("7 000"));
    Sortition one = Sortition.of(ID).withInvitation(new Sortition.Invitation(T, worded, Optional.of("folkbokförda")));
    assertThat(one.invited()).contains(worded);
    Sortition two = one.withInvitation(new Sortition.Invitation(T.plusSeconds(86_400),
        new Count(3000, true, Optional.of("drygt 3 000")), Optional.empty()));
    assertThat(two.invitations()).hasSize(2);
    assertThat(two.invited()).contains(new Count(10_000, true, Optional.empty()));
    Sortition exactOnly = Sortition.of(ID).withInvitation(new Sortition.Invitation(T, exact(5), Optional.empty()))
        .withInvitation(new Sortition.Invitation(T, exact(6), Optional.empty()));
    assertThat(exactOnly.invited()).contains(exact(11));
    Sortition huge = Sortition.of(ID)
        .withInvitation(new Sortition.Invitation(T, exact(Integer.MAX_VALUE), Optional.empty()))
        .withInvitation(new Sortition.Invitation(T, exact(Integer.MAX_VALUE), Optional.empty()));
    assertThat(huge.invited()).contains(exact(Integer.MAX_VALUE));
    // The sortition it was made from is unchanged.
    assertThat(one.invitations()).hasSize(1);
  }

  @Test
  void aLaterRecordOfThePoolReplacesTheEarlier() {
    Sortition s = Sortition.of(ID).withPool(Sortition.Pool.of(exact(100)))
        .withPool(Sortition.Pool.of(new Count(120, true, Optional.empty())));
    assertThat(s.pool()).map(p -> p.volunteers().value()).contains(120);
  }

  @Test
  void aPanelIsDrawnOnceAndSitsInTheOrderDrawn() {
    Sortition s = drawn();
    assertThat(s.drawnAt()).contains(T);
    assertThat(s.seats()).extracting(seat -> seat.member().value()).containsExactly("a", "b", "c");
    assertThat(s.isSeated(member("b"))).isTrue();
    assertThat(s.isSeated(member("z"))).isFalse();
    assertThat(s.seated("kön", "kvinna")).isEqualTo(2);
    assertThat(s.seated("kön", "man")).isEqualTo(1);
    assertThat(s.seated("region", "nord")).isZero();
    assertThatThrownBy(() -> s.withPanel(panel(seat("d", "man", "16-29")), T))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("panelen").hasMessageContaining("already");
  }

  @Test
  void aReplacementTakesTheSeatOfTheMemberWhoLeftAndAnUnfilledSeatIsAVacancy() {
    Sortition s = drawn()
        .withReplacement(replacement("b", Optional.of(seat("d", "kvinna", "30-64"))))
        .withReplacement(replacement("a", Optional.empty()));
    assertThat(s.seats()).extracting(seat -> seat.member().value()).containsExactly("d", "c");
    assertThat(s.isSeated(member("b"))).isFalse();
    assertThat(s.isSeated(member("a"))).isFalse();
    assertThat(s.isSeated(member("d"))).isTrue();
    assertThat(s.vacancies()).isEqualTo(1);
    assertThat(s.seated("kön", "kvinna")).isEqualTo(2);
    assertThat(s.seated("kön", "man")).isZero();
    // The one who came in may leave in her turn; her seat goes to the next.
    Sortition again = s.withReplacement(replacement("d", Optional.of(seat("e", "man", "65+"))));
    assertThat(again.seats()).extracting(seat -> seat.member().value()).containsExactly("e", "c");
    assertThat(again.vacancies()).isEqualTo(1);
    assertThat(again.replacements()).hasSize(3);
    // The panel as drawn is kept as it was.
    assertThat(again.panel().orElseThrow().seats()).hasSize(3);
  }

  @Test
  void aReplacementIsRefusedWithoutAPanelForAMemberNotSeatedOrBySomeoneSeated() {
    assertThatThrownBy(() -> Sortition.of(ID).withReplacement(replacement("a", Optional.empty())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no panel of panelen");
    assertThatThrownBy(() -> drawn().withReplacement(replacement("z", Optional.empty())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("z does not sit");
    assertThatThrownBy(() -> drawn().withReplacement(replacement("a", Optional.of(seat("c", "kvinna", "65+")))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("c sits on the panel");
    Sortition left = drawn().withReplacement(replacement("a", Optional.empty()));
    assertThatThrownBy(() -> left.withReplacement(replacement("a", Optional.empty())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a does not sit");
    // A member who left may come back in another's seat.
    assertThat(left.withReplacement(replacement("b", Optional.of(seat("a", "kvinna", "16-29")))).isSeated(member("a")))
        .isTrue();
  }

  @Test
  void aPanelAndItsTimeComeTogetherAndReplacementsNeedAPanel() {
    Sortition.Panel p = panel(seat("a", "kvinna", "16-29"));
    assertThatThrownBy(() -> new Sortition(ID, List.of(), Optional.empty(), Optional.of(p), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drawnAt");
    assertThatThrownBy(() -> new Sortition(ID, List.of(), Optional.empty(), Optional.empty(), Optional.of(T), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drawnAt");
    assertThatThrownBy(() -> new Sortition(ID, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(replacement("a", Optional.empty()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replacements");
    assertThatThrownBy(() -> new Sortition(null, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of())).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void aWaveInvitesSomeoneFromAFrameWrittenAsText() {
    assertThatThrownBy(() -> new Sortition.Invitation(T, exact(0), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invited");
    assertThatThrownBy(() -> new Sortition.Invitation(T, exact(1), Optional.of("rad\nbrytning")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame");
    assertThatThrownBy(() -> new Sortition.Invitation(T, exact(1), Optional.of("x".repeat(Sortition.MAX_TEXT + 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame");
    assertThat(new Sortition.Invitation(T, exact(1), Optional.of("x".repeat(Sortition.MAX_TEXT))).frame()).isPresent();
  }

  @Test
  void aPoolCountsNoMoreVolunteersOfACategoryThanItHasUnlessItsSizeIsApproximate() {
    Map<String, Integer> genders = new LinkedHashMap<>();
    genders.put("man", 60);
    genders.put("kvinna", 40);
    Sortition.Pool full = new Sortition.Pool(exact(100), Map.of("kön", genders));
    assertThat(full.counts().get("kön").keySet()).containsExactly("man", "kvinna");
    genders.put("annat", 1);
    assertThat(full.counts().get("kön")).hasSize(2);
    assertThatThrownBy(() -> full.counts().put("ålder", Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.counts().get("kön").put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Sortition.Pool(exact(100), Map.of("kön", genders)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts.kön").hasMessageContaining("101");
    assertThat(new Sortition.Pool(new Count(100, true, Optional.empty()), Map.of("kön", genders)).counts()).hasSize(1);
    assertThatThrownBy(() -> new Sortition.Pool(exact(100), Map.of("kön", Map.of("man", -1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts.kön.man");
    assertThatThrownBy(() -> new Sortition.Pool(exact(100), Map.of(" kön", Map.of("man", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts");
    assertThatThrownBy(() -> new Sortition.Pool(exact(100), Map.of("kön", Map.of("m\tan", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts.kön");
    Map<String, Map<String, Integer>> many = new LinkedHashMap<>();
    for (int i = 0; i < Sortition.MAX_CATEGORIES; i++) {
      many.put("c" + i, Map.of("f", 1));
    }
    assertThat(new Sortition.Pool(exact(1), many).counts()).hasSize(Sortition.MAX_CATEGORIES);
    many.put("one-too-many", Map.of("f", 1));
    assertThatThrownBy(() -> new Sortition.Pool(exact(1), many))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + Sortition.MAX_CATEGORIES);
    assertThat(Sortition.Pool.of(exact(5)).counts()).isEmpty();
  }

  @Test
  void aQuotaAdmitsTheSeatsFromItsMinimumToItsMaximum() {
    Sortition.Quota quota = new Sortition.Quota("ålder", "16-29", 2, 4);
    assertThat(quota.admits(1)).isFalse();
    assertThat(quota.admits(2)).isTrue();
    assertThat(quota.admits(4)).isTrue();
    assertThat(quota.admits(5)).isFalse();
    assertThat(new Sortition.Quota("ålder", "16-29", 3, 3).admits(3)).isTrue();
    assertThatThrownBy(() -> new Sortition.Quota("ålder", "16-29", -1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min");
    assertThatThrownBy(() -> new Sortition.Quota("ålder", "16-29", 3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max must be at least min 3");
    assertThatThrownBy(() -> new Sortition.Quota("", "16-29", 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
    assertThatThrownBy(() -> new Sortition.Quota("ålder", "16-29\u202e", 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature");
  }

  @Test
  void aSeatKeepsTheOrderOfItsFeaturesAndAtMostTheCategoriesAllowed() {
    Map<String, String> features = new LinkedHashMap<>();
    features.put("ålder", "16-29");
    features.put("kön", "kvinna");
    Sortition.Seat seat = new Sortition.Seat(member("a"), features);
    features.put("region", "nord");
    assertThat(seat.features().keySet()).containsExactly("ålder", "kön");
    assertThatThrownBy(() -> seat.features().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Sortition.Seat(member("a"), Map.of("kön", "kv\u0000inna")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features.kön");
    assertThatThrownBy(() -> new Sortition.Seat(member("a"), Map.of("k\u0007ön", "kvinna")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("features");
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < Sortition.MAX_CATEGORIES; i++) {
      many.put("c" + i, "f");
    }
    assertThat(new Sortition.Seat(member("a"), many).features()).hasSize(Sortition.MAX_CATEGORIES);
    many.put("one-too-many", "f");
    assertThatThrownBy(() -> new Sortition.Seat(member("a"), many))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + Sortition.MAX_CATEGORIES);
  }

  @Test
  void aPanelSeatsSomeoneEachMemberOnceAndEachQuotaOnce() {
    List<Sortition.Quota> quotas = List.of(new Sortition.Quota("kön", "kvinna", 0, 1));
    List<Sortition.Seat> one = List.of(seat("a", "kvinna", "16-29"));
    assertThatThrownBy(() -> new Sortition.Panel(quotas, List.of(), Optional.empty(), Optional.empty(),
        OptionalDouble.empty(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seats");
    assertThatThrownBy(() -> new Sortition.Panel(quotas, List.of(seat("a", "kvinna", "16-29"), seat("a", "man", "65+")),
        Optional.empty(), Optional.empty(), OptionalDouble.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not seat a member twice");
    assertThatThrownBy(() -> new Sortition.Panel(List.of(quotas.get(0), new Sortition.Quota("kön", "kvinna", 1, 1)), one,
        Optional.empty(), Optional.empty(), OptionalDouble.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kön/kvinna");
    // The same feature name under another category is another quota.
    assertThat(new Sortition.Panel(List.of(quotas.get(0), new Sortition.Quota("språk", "kvinna", 0, 1)), one,
        Optional.empty(), Optional.empty(), OptionalDouble.empty(), 0).quotas()).hasSize(2);
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> new Sortition.Panel(quotas, one, Optional.empty(), Optional.empty(),
          OptionalDouble.of(bad), 0)).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumProbability");
    }
    for (double fine : new double[] {0, 1}) {
      assertThat(new Sortition.Panel(quotas, one, Optional.empty(), Optional.empty(), OptionalDouble.of(fine), 0)
          .minimumProbability()).hasValue(fine);
    }
    assertThatThrownBy(() -> new Sortition.Panel(quotas, one, Optional.empty(), Optional.empty(),
        OptionalDouble.empty(), -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserves");
    assertThatThrownBy(() -> new Sortition.Panel(quotas, one, Optional.of(" LEXIMIN"), Optional.empty(),
        OptionalDouble.empty(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
    assertThatThrownBy(() -> new Sortition.Panel(quotas, one, Optional.empty(), Optional.of("1\r2"),
        OptionalDouble.empty(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
  }

  @Test
  void aReplacementHasAReasonAndIsSomeoneElse() {
    assertThatThrownBy(() -> new Sortition.Replacement(T, member("a"), Optional.empty(), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> new Sortition.Replacement(T, member("a"), Optional.of(seat("a", "kvinna", "65+")), "Sjuk"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("someone other");
    assertThat(new Sortition.Replacement(T, member("a"), Optional.of(seat("b", "kvinna", "65+")), "Sjuk").reason())
        .isEqualTo("Sjuk");
  }

  @Test
  void aQuotaIsMetWhenTheSeatsWithTheFeatureAreWithinItsBounds() {
    assertThat(new QuotaReach(ID, "ålder", "16-29", 2, 4, 1).met()).isFalse();
    assertThat(new QuotaReach(ID, "ålder", "16-29", 2, 4, 2).met()).isTrue();
    assertThat(new QuotaReach(ID, "ålder", "16-29", 2, 4, 4).met()).isTrue();
    assertThat(new QuotaReach(ID, "ålder", "16-29", 2, 4, 5).met()).isFalse();
    assertThatThrownBy(() -> new QuotaReach(ID, "ålder", "16-29", -1, 4, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min");
    assertThatThrownBy(() -> new QuotaReach(ID, "ålder", "16-29", 3, 2, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
    assertThatThrownBy(() -> new QuotaReach(ID, "ålder", "16-29", 0, 2, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seated");
    assertThatThrownBy(() -> new QuotaReach(ID, null, "16-29", 0, 2, 0))
        .isInstanceOf(NullPointerException.class).hasMessage("category");
  }

  @Test
  void aSortitionIdIsAnOrderedOpaqueIdentifier() {
    assertThat(SortitionId.of("a")).isLessThan(SortitionId.of("b")).hasToString("a");
    assertThat(SortitionId.of("b").compareTo(SortitionId.of("a"))).isPositive();
    assertThatThrownBy(() -> SortitionId.of("två ord"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sortitionId");
    assertThatThrownBy(() -> SortitionId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("sortitionId");
  }
}
