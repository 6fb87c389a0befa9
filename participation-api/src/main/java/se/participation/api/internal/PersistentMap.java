// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map that keeps insertion order and shares structure with the map it was made
 * from: adding, replacing or removing one entry costs {@code O(log n)} small array copies instead
 * of a copy of the map.
 *
 * <p>Two structures hold the same entry objects: a hash array mapped trie (32-wide bitmap nodes,
 * collision nodes for equal hashes) finds an entry by key, and a {@link PersistentVector} of
 * entries, in the order their keys were first put, gives the iteration order. Replacing a value
 * keeps the key's position; removing an entry leaves an empty position, and the vector is
 * compacted when empty positions outnumber entries (removal is rare here: erasure of personal
 * data).
 *
 * <p>It is a read-only {@link java.util.Map}: every mutator of the interface throws {@link
 * UnsupportedOperationException}. Keys and values are never null. Equality and hash code are those
 * of {@code Map}; iteration order is that of a {@code LinkedHashMap} given the same puts.
 *
 * <p>Not exported: internal to the API and the core.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class PersistentMap<K, V> extends AbstractMap<K, V> {
  private static final PersistentMap<?, ?> EMPTY =
      new PersistentMap<>(null, PersistentVector.empty(), 0);

  /** The trie's root: a {@link Bitmap} or {@link Collision} node, or null when empty. */
  private final @Nullable Object root;

  private final PersistentVector<Object> order;
  private final int size;
  private int hash;
  private @Nullable Set<Map.Entry<K, V>> entries;

  private PersistentMap(@Nullable Object root, PersistentVector<Object> order, int size) {
    this.root = root;
    this.order = order;
    this.size = size;
  }

  /** The empty map. */
  @SuppressWarnings("unchecked")
  public static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  /**
   * The entries of {@code map} in its iteration order; the same map when it already is one.
   *
   * @throws NullPointerException naming {@code what} when a key or value is null
   */
  @SuppressWarnings("unchecked")
  public static <K, V> PersistentMap<K, V> copyOf(Map<? extends K, ? extends V> map, String what) {
    if (map instanceof PersistentMap<?, ?> persistent) {
      return (PersistentMap<K, V>) persistent;
    }
    Builder<K, V> result = new Builder<>(empty());
    for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
      result.put(Objects.requireNonNull(e.getKey(), what + " key"),
          Objects.requireNonNull(e.getValue(), what + " value"));
    }
    return result.build();
  }

  /** One entry: its key, value and position in the order. Also the trie's leaf. */
  private static final class Slot<K, V> implements Map.Entry<K, V> {
    final K key;
    final V value;
    final int index;

    Slot(K key, V value, int index) {
      this.key = key;
      this.value = value;
      this.index = index;
    }

    @Override
    public K getKey() {
      return key;
    }

    @Override
    public V getValue() {
      return value;
    }

    @Override
    public V setValue(V value) {
      throw new UnsupportedOperationException("immutable entry");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && value.equals(e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ value.hashCode();
    }

    @Override
    public String toString() {
      return key + "=" + value;
    }
  }

  /**
   * A trie node: a bitmap of the 32 slots in use and, per slot, a {@link Slot} or a child node.
   * A node made by a {@link Builder} carries the builder's edit token and may have room to spare
   * at the end of its array; the builder changes such a node in place until it builds, when it
   * trims the array to its entries and clears the token, and the node is never changed again.
   */
  private static final class Bitmap {
    int bitmap;
    Object[] content;
    @Nullable Object edit;

    Bitmap(int bitmap, Object[] content, @Nullable Object edit) {
      this.bitmap = bitmap;
      this.content = content;
      this.edit = edit;
    }
  }

  /** Entries whose keys have the same full hash. */
  private static final class Collision {
    final int hash;
    final Slot<?, ?>[] slots;

    Collision(int hash, Slot<?, ?>[] slots) {
      this.hash = hash;
      this.slots = slots;
    }
  }

  private static int hashOf(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & 31);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  private @Nullable Slot<K, V> slot(@Nullable Object key) {
    if (key == null || root == null) {
      return null;
    }
    return find(root, 0, hashOf(key), key);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> @Nullable Slot<K, V> find(Object node, int shift, int hash, Object key) {
    while (true) {
      if (node instanceof Collision c) {
        if (c.hash == hash) {
          for (Slot<?, ?> s : c.slots) {
            if (s.key.equals(key)) {
              return (Slot<K, V>) s;
            }
          }
        }
        return null;
      }
      Bitmap b = (Bitmap) node;
      int bit = bit(hash, shift);
      if ((b.bitmap & bit) == 0) {
        return null;
      }
      Object child = b.content[Integer.bitCount(b.bitmap & (bit - 1))];
      if (child instanceof Slot<?, ?> s) {
        return s.key.equals(key) ? (Slot<K, V>) s : null;
      }
      node = child;
      shift += 5;
    }
  }

  @Override
  public @Nullable V get(@Nullable Object key) {
    Slot<K, V> s = slot(key);
    return s == null ? null : s.value;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return slot(key) != null;
  }

  /**
   * This map with {@code key} mapped to {@code value}: at the end of the order when the key is
   * new, in its place when it was there; this map itself when it already held that value.
   */
  public PersistentMap<K, V> plus(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return plus(key, value, slot(key));
  }

  /** {@link #plus} with the slot this map holds for {@code key}, or null. */
  private PersistentMap<K, V> plus(K key, V value, @Nullable Slot<K, V> old) {
    if (old != null) {
      if (old.value == value) {
        return this;
      }
      Slot<K, V> slot = new Slot<>(key, value, old.index);
      return new PersistentMap<>(
          insert(Objects.requireNonNull(root), 0, hashOf(key), slot, null, false), order.with(old.index, slot), size);
    }
    Slot<K, V> slot = new Slot<>(key, value, order.size());
    return new PersistentMap<>(
        root == null ? new Bitmap(bit(hashOf(key), 0), new Object[] {slot}, null)
            : insert(root, 0, hashOf(key), slot, null, false),
        order.plus(slot), size + 1);
  }

  /**
   * The length of an array with room for {@code count} entries: exact, or rounded up when a
   * builder will probably put again ({@code spare}).
   */
  private static int capacity(int count, boolean spare) {
    return spare ? Math.min(32, (count + 3) & ~3) : count;
  }

  /**
   * Puts {@code slot}, replacing the slot of an equal key: by copying the path to it, or, for
   * nodes that carry {@code edit} (not null), in place. New arrays have room to spare when {@code
   * spare}.
   */
  private static Object insert(
      Object node, int shift, int hash, Slot<?, ?> slot, @Nullable Object edit, boolean spare) {
    if (node instanceof Collision c) {
      if (c.hash != hash) {
        // Only reached above the last level: the collision moves one level down.
        return insert(new Bitmap(bit(c.hash, shift), new Object[] {c}, null), shift, hash, slot, edit, spare);
      }
      for (int i = 0; i < c.slots.length; i++) {
        if (c.slots[i].key.equals(slot.key)) {
          Slot<?, ?>[] slots = c.slots.clone();
          slots[i] = slot;
          return new Collision(hash, slots);
        }
      }
      Slot<?, ?>[] slots = java.util.Arrays.copyOf(c.slots, c.slots.length + 1);
      slots[c.slots.length] = slot;
      return new Collision(hash, slots);
    }
    Bitmap b = (Bitmap) node;
    boolean owned = edit != null && b.edit == edit;
    int bit = bit(hash, shift);
    int count = Integer.bitCount(b.bitmap);
    int at = Integer.bitCount(b.bitmap & (bit - 1));
    if ((b.bitmap & bit) == 0) {
      if (owned && count < b.content.length) {
        System.arraycopy(b.content, at, b.content, at + 1, count - at);
        b.content[at] = slot;
        b.bitmap |= bit;
        return b;
      }
      Object[] content = new Object[capacity(count + 1, spare)];
      System.arraycopy(b.content, 0, content, 0, at);
      content[at] = slot;
      System.arraycopy(b.content, at, content, at + 1, count - at);
      if (owned) {
        b.content = content;
        b.bitmap |= bit;
        return b;
      }
      return new Bitmap(b.bitmap | bit, content, edit);
    }
    Object child = b.content[at];
    Object replacement;
    if (child instanceof Slot<?, ?> s) {
      if (s.key.equals(slot.key)) {
        replacement = slot;
      } else {
        replacement = pair(shift + 5, s, hashOf(s.key), slot, hash, edit, spare);
      }
    } else {
      replacement = insert(child, shift + 5, hash, slot, edit, spare);
    }
    if (owned) {
      b.content[at] = replacement;
      return b;
    }
    Object[] content = java.util.Arrays.copyOf(b.content, capacity(count, spare));
    content[at] = replacement;
    return new Bitmap(b.bitmap, content, edit);
  }

  private static Object pair(
      int shift, Slot<?, ?> a, int hashA, Slot<?, ?> b, int hashB, @Nullable Object edit, boolean spare) {
    if (hashA == hashB) {
      return new Collision(hashA, new Slot<?, ?>[] {a, b});
    }
    int bitA = bit(hashA, shift);
    int bitB = bit(hashB, shift);
    if (bitA == bitB) {
      Object[] content = new Object[capacity(1, spare)];
      content[0] = pair(shift + 5, a, hashA, b, hashB, edit, spare);
      return new Bitmap(bitA, content, edit);
    }
    Object[] content = new Object[capacity(2, spare)];
    boolean aFirst = Integer.compareUnsigned(bitA, bitB) < 0;
    content[0] = aFirst ? a : b;
    content[1] = aFirst ? b : a;
    return new Bitmap(bitA | bitB, content, edit);
  }

  /**
   * The unused array slots in this map's trie nodes, and one for each node that still carries an
   * edit token: zero for every map a builder or {@link #plus} made (for the tests: a map keeps no
   * spare room and no builder's token, so it costs what its entries need).
   */
  int spareSlots() {
    return root == null ? 0 : spareSlots(root);
  }

  private static int spareSlots(Object node) {
    if (!(node instanceof Bitmap b)) {
      return 0;
    }
    int spare = b.content.length - Integer.bitCount(b.bitmap) + (b.edit != null ? 1 : 0);
    for (Object child : b.content) {
      if (child != null) {
        spare += spareSlots(child);
      }
    }
    return spare;
  }

  /** This map without {@code key}; this map itself when it did not hold the key. */
  public PersistentMap<K, V> minus(Object key) {
    Slot<K, V> old = slot(key);
    if (old == null) {
      return this;
    }
    if (size == 1) {
      return empty();
    }
    Object newRoot = remove(Objects.requireNonNull(root), 0, hashOf(key), key);
    PersistentVector<Object> newOrder = order.with(old.index, Hole.HOLE);
    if (newOrder.size() - (size - 1) > Math.max(32, size - 1)) {
      return compacted(newOrder);
    }
    return new PersistentMap<>(newRoot, newOrder, size - 1);
  }

  @SuppressWarnings("unchecked")
  private static <K, V> PersistentMap<K, V> compacted(PersistentVector<Object> order) {
    Builder<K, V> result = new Builder<>(empty());
    for (Object o : order) {
      if (o instanceof Slot<?, ?> s) {
        result.put((K) s.key, (V) s.value);
      }
    }
    return result.build();
  }

  /** Removes the key's slot by copying the path to it (removal is rare: never in place). */
  private static @Nullable Object remove(Object node, int shift, int hash, Object key) {
    if (node instanceof Collision c) {
      if (c.slots.length == 1) {
        return null;
      }
      Slot<?, ?>[] slots = new Slot<?, ?>[c.slots.length - 1];
      int j = 0;
      for (Slot<?, ?> s : c.slots) {
        if (!s.key.equals(key)) {
          slots[j++] = s;
        }
      }
      return slots.length == 1 ? slots[0] : new Collision(hash, slots);
    }
    Bitmap b = (Bitmap) node;
    int bit = bit(hash, shift);
    int count = Integer.bitCount(b.bitmap);
    int at = Integer.bitCount(b.bitmap & (bit - 1));
    Object child = b.content[at];
    Object replacement = child instanceof Slot<?, ?> ? null : remove(child, shift + 5, hash, key);
    if (replacement == null) {
      if (count == 1) {
        return null;
      }
      Object[] content = new Object[count - 1];
      System.arraycopy(b.content, 0, content, 0, at);
      System.arraycopy(b.content, at + 1, content, at, count - 1 - at);
      return new Bitmap(b.bitmap & ~bit, content, null);
    }
    Object[] content = java.util.Arrays.copyOf(b.content, count);
    content[at] = replacement;
    return new Bitmap(b.bitmap, content, null);
  }

  /**
   * A mutable builder that starts from a map and puts in place: trie nodes it made itself are
   * changed without copying, and the order grows in place ({@link PersistentVector.Builder}).
   * The first put after a start or a build copies its path exactly, as {@link #plus} would, so a
   * builder that puts once leaves no spare room; later puts give new arrays room to grow. {@link
   * #build} trims the arrays of the nodes the builder made to their entries and clears their edit
   * token, so the map it returns holds no spare room and never changes; the builder's later puts
   * copy the nodes that map holds. This is what makes a fold of many events cost about what a
   * mutable map would. Not thread-safe.
   *
   * @param <K> the key type
   * @param <V> the value type
   */
  public static final class Builder<K, V> {
    /**
     * The edit token of the nodes this builder made since it last built, made at the first put
     * and kept (a built map never holds it); null before.
     */
    private @Nullable Object edit;
    private @Nullable Object root;
    private PersistentVector<Object> orderFrom;
    private PersistentVector.@Nullable Builder<Object> order;
    private int size;
    /** Whether a put since the last build made or changed nodes that carry {@link #edit}. */
    private boolean owning;
    private @Nullable PersistentMap<K, V> built;
    /** Whether something was put or removed since the builder was made or last built. */
    private boolean changedSinceBuild;

    /** A builder that starts from {@code from}; nothing is copied until something is put. */
    public Builder(PersistentMap<K, V> from) {
      root = from.root;
      orderFrom = from.order;
      size = from.size;
      built = from;
    }

    private PersistentVector.Builder<Object> order() {
      PersistentVector.Builder<Object> o = order;
      if (o == null) {
        o = new PersistentVector.Builder<>(orderFrom);
        order = o;
      }
      return o;
    }

    /** The number of entries. */
    public int size() {
      return size;
    }

    private @Nullable Slot<K, V> slot(@Nullable Object key) {
      return key == null || root == null ? null : find(root, 0, hashOf(key), key);
    }

    /** The value of {@code key}, or null. */
    public @Nullable V get(@Nullable Object key) {
      Slot<K, V> s = slot(key);
      return s == null ? null : s.value;
    }

    /** Whether the builder holds {@code key}. */
    public boolean containsKey(@Nullable Object key) {
      return slot(key) != null;
    }

    /** Maps {@code key} to {@code value}: at the end of the order when new, in its place otherwise. */
    public Builder<K, V> put(K key, V value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Slot<K, V> old = slot(key);
      if (old != null && old.value == value) {
        return this;
      }
      PersistentMap<K, V> from = built;
      if (from != null && !changedSinceBuild) {
        // The first put since the builder was made or last built, which is all that most steps of
        // a fold do: a persistent put, with no edit token, no order builder and nothing to release
        // when the builder builds again.
        return continueFrom(from.plus(key, value, old));
      }
      changedSinceBuild = true;
      Object token = edit;
      if (token == null) {
        token = new Object();
        edit = token;
      }
      boolean spare = owning;
      owning = true;
      built = null;
      int hash = hashOf(key);
      if (old != null) {
        Slot<K, V> slot = new Slot<>(key, value, old.index);
        root = insert(Objects.requireNonNull(root), 0, hash, slot, token, spare);
        order().set(old.index, slot);
        return this;
      }
      Slot<K, V> slot = new Slot<>(key, value, order().size());
      if (root == null) {
        Object[] content = new Object[capacity(1, spare)];
        content[0] = slot;
        root = new Bitmap(bit(hash, 0), content, token);
      } else {
        root = insert(root, 0, hash, slot, token, spare);
      }
      order().add(slot);
      size++;
      return this;
    }

    /** Removes {@code key}, if held. */
    public Builder<K, V> remove(Object key) {
      if (!containsKey(key)) {
        return this;
      }
      return continueFrom(build().minus(key));
    }

    /** Continues from {@code map}, a persistent change of what the builder held. */
    private Builder<K, V> continueFrom(PersistentMap<K, V> map) {
      root = map.root;
      orderFrom = map.order;
      order = null;
      size = map.size;
      built = map;
      changedSinceBuild = true;
      return this;
    }

    /** The map built so far; the builder's later changes do not reach it. */
    public PersistentMap<K, V> build() {
      changedSinceBuild = false;
      PersistentMap<K, V> result = built;
      if (result == null) {
        Object token = edit;
        if (owning && root != null && token != null) {
          release(root, token);
        }
        owning = false;
        result = size == 0 ? empty() : new PersistentMap<>(root, order().build(), size);
        built = result;
      }
      return result;
    }

    /**
     * Trims the arrays of the nodes that carry {@code edit} to their entries and clears their
     * token. Only such nodes can hold such children (a put copies the whole path to what it
     * changes), so the walk visits what the builder made since it last built, nothing else.
     */
    private static void release(Object node, Object edit) {
      if (!(node instanceof Bitmap b) || b.edit != edit) {
        return;
      }
      int count = Integer.bitCount(b.bitmap);
      if (b.content.length != count) {
        b.content = java.util.Arrays.copyOf(b.content, count);
      }
      b.edit = null;
      for (Object child : b.content) {
        if (child instanceof Bitmap) {
          release(child, edit);
        }
      }
    }
  }

  /** An empty position in the order, where a removed entry was. */
  private enum Hole {
    HOLE
  }

  /** Receives the entries that differ between two maps. */
  @FunctionalInterface
  public interface DiffVisitor<K, V> {
    /**
     * An entry put or replaced ({@code after}) or removed ({@code before}); null on the side
     * where there is none.
     */
    void differs(Map.@Nullable Entry<K, V> before, Map.@Nullable Entry<K, V> after);
  }

  /**
   * Reports the entries that differ between {@code before} and {@code after}, at a cost
   * proportional to the changes when {@code after} was made from {@code before} (and to the
   * size otherwise). An entry that moved in the order is reported as removed and put.
   */
  @SuppressWarnings("unchecked")
  public static <K, V> void diff(PersistentMap<K, V> before, PersistentMap<K, V> after, DiffVisitor<K, V> visitor) {
    PersistentVector.diff(before.order, after.order, (index, x, y) -> visitor.differs(
        x instanceof Slot<?, ?> s ? (Slot<K, V>) s : null, y instanceof Slot<?, ?> s ? (Slot<K, V>) s : null));
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    Set<Map.Entry<K, V>> set = entries;
    if (set == null) {
      set = new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
          return new Iterator<>() {
            private final Iterator<Object> positions = order.iterator();
            private @Nullable Slot<K, V> next = advance();

            @SuppressWarnings("unchecked")
            private @Nullable Slot<K, V> advance() {
              while (positions.hasNext()) {
                Object o = positions.next();
                if (o instanceof Slot<?, ?> s) {
                  return (Slot<K, V>) s;
                }
              }
              return null;
            }

            @Override
            public boolean hasNext() {
              return next != null;
            }

            @Override
            public Map.Entry<K, V> next() {
              Slot<K, V> result = next;
              if (result == null) {
                throw new NoSuchElementException();
              }
              next = advance();
              return result;
            }
          };
        }

        @Override
        public int size() {
          return size;
        }

        @Override
        public boolean contains(@Nullable Object o) {
          if (!(o instanceof Map.Entry<?, ?> e)) {
            return false;
          }
          Slot<K, V> s = slot(e.getKey());
          return s != null && s.value.equals(e.getValue());
        }
      };
      entries = set;
    }
    return set;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof PersistentMap<?, ?> other) {
      if (other.size != size || other.hashCode() != hashCode()) {
        return false;
      }
      if (other.order == order) {
        return true;
      }
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && size > 0) {
      h = super.hashCode();
      hash = h;
    }
    return h;
  }
}
