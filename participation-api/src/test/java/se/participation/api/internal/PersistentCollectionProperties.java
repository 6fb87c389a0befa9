// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The persistent map and vector behave as a {@code LinkedHashMap} and an {@code ArrayList} given
 * the same operations (the models), every version made along the way stays as it was, and a diff
 * between two versions reports exactly what changed. Random operation sequences from fixed seeds;
 * keys include a type whose hash codes collide on purpose, so collision nodes and deep tries are
 * exercised; sizes cross the trie's level boundaries (32, 1,024, 32,768 elements).
 */
class PersistentCollectionProperties {

  /** A key with a chosen hash code: equal hashes, different keys. */
  record Key(int hash, int id) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 24).mapToObj(i -> 0x5EED_0000L + i);
  }

  private static Key key(Random random, int keys) {
    int id = random.nextInt(keys);
    // A quarter of the keys share one of four hash codes; the rest are spread.
    int hash = id % 4 == 0 ? (id % 16) : id * 0x9E3779B9;
    return new Key(hash, id);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mapAgreesWithALinkedHashMapAndEveryVersionStaysAsItWas(long seed) {
    Random random = new Random(seed);
    int keys = 1 + random.nextInt(random.nextBoolean() ? 40 : 3_000);
    Map<Key, Integer> model = new LinkedHashMap<>();
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> snapshots = new ArrayList<>();
    int operations = 200 + random.nextInt(4_000);
    for (int i = 0; i < operations; i++) {
      Key k = key(random, keys);
      if (random.nextInt(10) < 8) {
        int v = random.nextInt(5);
        model.put(k, v);
        map = map.plus(k, v);
      } else {
        model.remove(k);
        map = map.minus(k);
      }
      if (random.nextInt(50) == 0) {
        versions.add(map);
        snapshots.add(new LinkedHashMap<>(model));
      }
      if (map.size() != model.size() || !java.util.Objects.equals(map.get(k), model.get(k))
          || map.containsKey(k) != model.containsKey(k)) {
        throw new AssertionError("after operation " + i + " on " + k + ": " + map + " but the model is " + model);
      }
    }
    assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(model.entrySet());
    assertThat(map).isEqualTo(model).hasSameHashCodeAs(model);
    assertThat(map.spareSlots()).as("spare slots and tokens").isZero();
    assertThat(model).isEqualTo(map);
    for (int i = 0; i < versions.size(); i++) {
      assertThat(new ArrayList<>(versions.get(i).entrySet())).containsExactlyElementsOf(snapshots.get(i).entrySet());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mapBuilderAgreesWithALinkedHashMapAndEveryMapItBuiltStaysAsItWas(long seed) {
    Random random = new Random(seed);
    int keys = 1 + random.nextInt(random.nextBoolean() ? 40 : 3_000);
    Map<Key, Integer> model = new LinkedHashMap<>();
    PersistentMap.Builder<Key, Integer> builder = new PersistentMap.Builder<>(PersistentMap.empty());
    List<PersistentMap<Key, Integer>> built = new ArrayList<>();
    List<Map<Key, Integer>> snapshots = new ArrayList<>();
    int operations = 200 + random.nextInt(4_000);
    for (int i = 0; i < operations; i++) {
      Key k = key(random, keys);
      int choice = random.nextInt(20);
      if (choice < 17) {
        int v = random.nextInt(5);
        model.put(k, v);
        builder.put(k, v);
      } else if (choice < 19) {
        model.remove(k);
        builder.remove(k);
      } else {
        PersistentMap<Key, Integer> map = builder.build();
        if (map.spareSlots() != 0) {
          throw new AssertionError("built map " + built.size() + " keeps " + map.spareSlots() + " spare slots or tokens");
        }
        built.add(map);
        snapshots.add(new LinkedHashMap<>(model));
        // A map built and then changed persistently leaves the builder alone, and the other way round.
        map.plus(k, -1).minus(key(random, keys));
      }
      if (builder.size() != model.size() || !java.util.Objects.equals(builder.get(k), model.get(k))
          || builder.containsKey(k) != model.containsKey(k)) {
        throw new AssertionError("after operation " + i + " on " + k);
      }
    }
    PersistentMap<Key, Integer> last = builder.build();
    assertThat(last.spareSlots()).as("spare slots and tokens in the last map").isZero();
    assertThat(new ArrayList<>(last.entrySet())).containsExactlyElementsOf(model.entrySet());
    assertThat(last).isEqualTo(model).hasSameHashCodeAs(model);
    for (int i = 0; i < built.size(); i++) {
      assertThat(new ArrayList<>(built.get(i).entrySet())).as("built map " + i)
          .containsExactlyElementsOf(snapshots.get(i).entrySet());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void vectorBuilderAgreesWithAnArrayListAndEveryVectorItBuiltStaysAsItWas(long seed) {
    Random random = new Random(seed);
    List<Integer> model = new ArrayList<>();
    PersistentVector.Builder<Integer> builder = new PersistentVector.Builder<>(PersistentVector.empty());
    List<PersistentVector<Integer>> built = new ArrayList<>();
    List<List<Integer>> snapshots = new ArrayList<>();
    int operations = random.nextInt(random.nextBoolean() ? 100 : 40_000);
    for (int i = 0; i < operations; i++) {
      int choice = random.nextInt(400);
      if (model.isEmpty() || choice < 300) {
        model.add(i);
        builder.add(i);
      } else if (choice < 399) {
        int at = random.nextInt(model.size());
        model.set(at, -i);
        builder.set(at, -i);
      } else {
        built.add(builder.build());
        snapshots.add(new ArrayList<>(model));
      }
    }
    for (int i = 0; i < model.size(); i += 1 + random.nextInt(7)) {
      if (!builder.get(i).equals(model.get(i))) {
        throw new AssertionError("get(" + i + ")");
      }
    }
    assertThat(new ArrayList<>(builder.build())).isEqualTo(model);
    assertThat(builder.build()).isSameAs(builder.build()).hasSize(model.size());
    for (int i = 0; i < built.size(); i++) {
      assertThat(new ArrayList<>(built.get(i))).as("built vector " + i).isEqualTo(snapshots.get(i));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mapsBuiltOneAfterAnotherDifferOnlyInWhatWasPutBetween(long seed) {
    Random random = new Random(seed);
    PersistentMap.Builder<Key, Integer> builder = new PersistentMap.Builder<>(PersistentMap.empty());
    for (int i = random.nextInt(20_000); i > 0; i--) {
      builder.put(new Key(i * 7919, i), i);
    }
    PersistentMap<Key, Integer> before = builder.build();
    Set<Key> touched = new HashSet<>();
    for (int i = random.nextInt(30); i > 0; i--) {
      int id = 20_000 + random.nextInt(5_000);
      Key k = new Key(id * 7919, id);
      touched.add(k);
      builder.put(k, -i);
    }
    PersistentMap<Key, Integer> after = builder.build();
    Set<Key> reported = new HashSet<>();
    int[] calls = {0};
    PersistentMap.diff(before, after, (x, y) -> {
      calls[0]++;
      reported.add(java.util.Objects.requireNonNull(y).getKey());
      assertThat(x).isNull();
    });
    assertThat(reported).isEqualTo(touched);
    assertThat(calls[0]).isEqualTo(touched.size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mapDiffReportsExactlyTheEntriesPutOrRemovedSinceTheBase(long seed) {
    Random random = new Random(seed);
    PersistentMap<Key, Integer> base = PersistentMap.empty();
    int size = random.nextInt(5_000);
    for (int i = 0; i < size; i++) {
      base = base.plus(new Key(i * 31, i), i);
    }
    PersistentMap<Key, Integer> after = base;
    Set<Key> touched = new HashSet<>();
    int changes = random.nextInt(20);
    for (int i = 0; i < changes; i++) {
      Key k = key(random, size + 50);
      Key existing = new Key(k.id() * 31, k.id());
      Key chosen = k.id() < size && random.nextBoolean() ? existing : k;
      touched.add(chosen);
      after = random.nextInt(4) == 0 ? after.minus(chosen) : after.plus(chosen, -1 - random.nextInt(3));
    }
    Map<Key, Integer> put = new HashMap<>();
    Set<Key> removed = new HashSet<>();
    List<Key> reported = new ArrayList<>();
    PersistentMap.diff(base, after, (before, now) -> {
      if (before != null) {
        reported.add(before.getKey());
        removed.add(before.getKey());
      }
      if (now != null) {
        reported.add(now.getKey());
        put.put(now.getKey(), now.getValue());
      }
    });
    assertThat(touched).containsAll(reported);
    for (Map.Entry<Key, Integer> e : after.entrySet()) {
      if (!e.getValue().equals(base.get(e.getKey()))) {
        assertThat(put).containsEntry(e.getKey(), e.getValue());
      }
    }
    for (Key k : base.keySet()) {
      if (!after.containsKey(k)) {
        assertThat(removed).contains(k);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void vectorAgreesWithAnArrayListAndEveryVersionStaysAsItWas(long seed) {
    Random random = new Random(seed);
    List<Integer> model = new ArrayList<>();
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<PersistentVector<Integer>> versions = new ArrayList<>();
    List<List<Integer>> snapshots = new ArrayList<>();
    int operations = random.nextInt(random.nextBoolean() ? 100 : 40_000);
    for (int i = 0; i < operations; i++) {
      if (model.isEmpty() || random.nextInt(4) > 0) {
        model.add(i);
        vector = vector.plus(i);
      } else {
        int at = random.nextInt(model.size());
        model.set(at, -i);
        vector = vector.with(at, -i);
      }
      if (random.nextInt(500) == 0) {
        versions.add(vector);
        snapshots.add(new ArrayList<>(model));
      }
    }
    assertThat(new ArrayList<>(vector)).as("iteration").isEqualTo(model);
    assertThat(vector).isEqualTo(model).hasSameHashCodeAs(model);
    assertThat(model).isEqualTo(vector);
    for (int i = 0; i < model.size(); i += 1 + random.nextInt(7)) {
      if (!vector.get(i).equals(model.get(i))) {
        throw new AssertionError("get(" + i + ")");
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      assertThat(new ArrayList<>(versions.get(i))).isEqualTo(snapshots.get(i));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void vectorDiffReportsExactlyThePositionsThatChanged(long seed) {
    Random random = new Random(seed);
    PersistentVector<Integer> base = PersistentVector.empty();
    int size = random.nextInt(random.nextBoolean() ? 70 : 40_000);
    for (int i = 0; i < size; i++) {
      base = base.plus(i);
    }
    PersistentVector<Integer> after = base;
    Set<Integer> changed = new HashSet<>();
    for (int i = random.nextInt(10); i > 0 && size > 0; i--) {
      int at = random.nextInt(size);
      after = after.with(at, -1 - at);
      changed.add(at);
    }
    int appended = random.nextInt(random.nextBoolean() ? 5 : 2_000);
    for (int i = 0; i < appended; i++) {
      changed.add(after.size());
      after = after.plus(-7);
    }
    Set<Integer> reported = new HashSet<>();
    PersistentVector<Integer> expectedBefore = base;
    PersistentVector<Integer> expectedAfter = after;
    PersistentVector.diff(base, after, (index, x, y) -> {
      assertThat(reported.add(index)).as("reported once").isTrue();
      assertThat(x).isEqualTo(index < expectedBefore.size() ? expectedBefore.get(index) : null);
      assertThat(y).isEqualTo(index < expectedAfter.size() ? expectedAfter.get(index) : null);
    });
    assertThat(reported).isEqualTo(changed);
    // And the other way round: what was appended is reported as gone.
    Set<Integer> back = new HashSet<>();
    PersistentVector.diff(after, base, (index, x, y) -> back.add(index));
    assertThat(back).isEqualTo(changed);
  }

  @Test
  void diffOfUnrelatedVectorsComparesEveryPosition() {
    PersistentVector<String> a = PersistentVector.copyOf(List.of("a", "b", "c"), "x");
    PersistentVector<String> b = PersistentVector.copyOf(new ArrayList<>(List.of("a", "x")), "x");
    List<Integer> reported = new ArrayList<>();
    PersistentVector.diff(a, b, (index, x, y) -> {
      if (!java.util.Objects.equals(x, y)) {
        reported.add(index);
      }
    });
    assertThat(reported).containsExactly(1, 2);
  }

  @Test
  void mapsAndVectorsAreEqualAsMapsAndListsAre() {
    PersistentMap<String, Integer> ab = PersistentMap.<String, Integer>empty().plus("a", 1).plus("b", 2);
    PersistentMap<String, Integer> ba = PersistentMap.<String, Integer>empty().plus("b", 2).plus("a", 1);
    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba).isEqualTo(Map.of("a", 1, "b", 2));
    assertThat(ab).isNotEqualTo(ab.plus("a", 3)).isNotEqualTo(ab.plus("c", 3)).isNotEqualTo(List.of());
    assertThat(ab.plus("a", 3).minus("c")).isNotEqualTo(ab);
    assertThat(PersistentMap.empty()).isEqualTo(Map.of()).hasSameHashCodeAs(Map.of());
    assertThat(PersistentMap.<String, Integer>empty().isEmpty()).isTrue();
    assertThat(ab.isEmpty()).isFalse();
    assertThat(ab.entrySet()).hasSize(2).contains(Map.entry("a", 1)).doesNotContain(Map.entry("a", 2), Map.entry("c", 1));
    Set<?> entrySet = ab.entrySet();
    assertThat(entrySet.contains((Object) "a")).as("a key is not an entry").isFalse();
    Map.Entry<String, Integer> first = ab.entrySet().iterator().next();
    assertThat(first).isEqualTo(Map.entry("a", 1)).isNotEqualTo(Map.entry("a", 2)).isNotEqualTo(Map.entry("b", 1))
        .isNotEqualTo("a=1").hasSameHashCodeAs(Map.entry("a", 1)).hasToString("a=1");
    java.util.Iterator<Map.Entry<String, Integer>> entries = ab.entrySet().iterator();
    entries.next();
    entries.next();
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(java.util.NoSuchElementException.class);

    PersistentVector<Integer> v = PersistentVector.empty();
    for (int i = 0; i < 33; i++) {
      v = v.plus(i);
      assertThat(v.get(i)).isEqualTo(i);
      assertThat(v.get(0)).isZero();
    }
    assertThat(v).isEqualTo(IntStream.range(0, 33).boxed().toList()).isNotEqualTo(v.with(32, -1))
        .isNotEqualTo(v.plus(33)).isNotEqualTo(Set.of());
    assertThat(PersistentVector.empty()).isEqualTo(List.of()).hasSameHashCodeAs(List.of());
    java.util.Iterator<Integer> elements = PersistentVector.<Integer>empty().plus(7).iterator();
    assertThat(elements.next()).isEqualTo(7);
    assertThatThrownBy(elements::next).isInstanceOf(java.util.NoSuchElementException.class);
    PersistentVector.Builder<Integer> builder = new PersistentVector.Builder<>(v);
    builder.set(32, -32).set(0, -1).add(33);
    assertThat(builder.build()).hasSize(34).startsWith(-1, 1).endsWith(-32, 33);
    assertThat(v.get(32)).isEqualTo(32);
  }

  @Test
  void collectionsRefuseModificationAndNulls() {
    PersistentMap<String, String> map = PersistentMap.<String, String>empty().plus("k", "v");
    PersistentVector<String> vector = PersistentVector.<String>empty().plus("e");
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("w"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.keySet().remove("k")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> vector.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> vector.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.plus("k", nul())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> vector.plus(nul())).isInstanceOf(NullPointerException.class);
    Map<String, @Nullable String> withNull = new HashMap<>();
    withNull.put("k", null);
    assertThatThrownBy(() -> PersistentMap.copyOf(withNull, "contacts"))
        .isInstanceOf(NullPointerException.class).hasMessage("contacts value");
    assertThat(map.get(nul())).isNull();
    assertThat(map.minus("absent")).isSameAs(map);
    assertThat(map.plus("k", "v")).isSameAs(map);
    assertThat(vector.with(0, "e")).isSameAs(vector);
    assertThatThrownBy(() -> vector.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void removingMostEntriesCompactsTheOrderAndKeepsIt() {
    PersistentMap<Integer, Integer> map = PersistentMap.empty();
    for (int i = 0; i < 1_000; i++) {
      map = map.plus(i, i);
    }
    for (int i = 0; i < 1_000; i += 1) {
      if (i % 10 != 0) {
        map = map.minus(i);
      }
    }
    assertThat(map.keySet()).containsExactlyElementsOf(IntStream.range(0, 100).map(i -> i * 10).boxed().toList());
    assertThat(map.plus(5, 5).keySet()).endsWith(5);
  }

  @SuppressWarnings("NullAway")
  private static <T> T nul() {
    return null;
  }
}
