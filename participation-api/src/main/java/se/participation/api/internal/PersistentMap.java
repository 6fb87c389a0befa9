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
    PersistentMap<K, V> result = empty();
    for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
      result = result.plus(Objects.requireNonNull(e.getKey(), what + " key"),
          Objects.requireNonNull(e.getValue(), what + " value"));
    }
    return result;
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

  /** A trie node: a bitmap of the 32 slots in use and, per slot, a {@link Slot} or a child node. */
  private static final class Bitmap {
    final int bitmap;
    final Object[] content;

    Bitmap(int bitmap, Object[] content) {
      this.bitmap = bitmap;
      this.content = content;
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
    Slot<K, V> old = slot(key);
    if (old != null) {
      if (old.value == value) {
        return this;
      }
      Slot<K, V> slot = new Slot<>(key, value, old.index);
      return new PersistentMap<>(insert(root, 0, hashOf(key), slot), order.with(old.index, slot), size);
    }
    Slot<K, V> slot = new Slot<>(key, value, order.size());
    return new PersistentMap<>(
        root == null ? new Bitmap(bit(hashOf(key), 0), new Object[] {slot}) : insert(root, 0, hashOf(key), slot),
        order.plus(slot), size + 1);
  }

  /** Puts {@code slot}, replacing the slot of an equal key. */
  private static Object insert(Object node, int shift, int hash, Slot<?, ?> slot) {
    if (node instanceof Collision c) {
      if (c.hash != hash) {
        // Only reached above the last level: the collision moves one level down.
        return insert(new Bitmap(bit(c.hash, shift), new Object[] {c}), shift, hash, slot);
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
    int bit = bit(hash, shift);
    int at = Integer.bitCount(b.bitmap & (bit - 1));
    if ((b.bitmap & bit) == 0) {
      Object[] content = new Object[b.content.length + 1];
      System.arraycopy(b.content, 0, content, 0, at);
      content[at] = slot;
      System.arraycopy(b.content, at, content, at + 1, b.content.length - at);
      return new Bitmap(b.bitmap | bit, content);
    }
    Object child = b.content[at];
    Object replacement;
    if (child instanceof Slot<?, ?> s) {
      if (s.key.equals(slot.key)) {
        replacement = slot;
      } else {
        replacement = pair(shift + 5, s, hashOf(s.key), slot, hash);
      }
    } else {
      replacement = insert(child, shift + 5, hash, slot);
    }
    Object[] content = b.content.clone();
    content[at] = replacement;
    return new Bitmap(b.bitmap, content);
  }

  private static Object pair(int shift, Slot<?, ?> a, int hashA, Slot<?, ?> b, int hashB) {
    if (hashA == hashB) {
      return new Collision(hashA, new Slot<?, ?>[] {a, b});
    }
    int bitA = bit(hashA, shift);
    int bitB = bit(hashB, shift);
    if (bitA == bitB) {
      return new Bitmap(bitA, new Object[] {pair(shift + 5, a, hashA, b, hashB)});
    }
    return new Bitmap(bitA | bitB, Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a});
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
    PersistentMap<K, V> result = empty();
    for (Object o : order) {
      if (o instanceof Slot<?, ?> s) {
        result = result.plus((K) s.key, (V) s.value);
      }
    }
    return result;
  }

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
    int at = Integer.bitCount(b.bitmap & (bit - 1));
    Object child = b.content[at];
    Object replacement = child instanceof Slot<?, ?> ? null : remove(child, shift + 5, hash, key);
    if (replacement == null) {
      if (b.content.length == 1) {
        return null;
      }
      Object[] content = new Object[b.content.length - 1];
      System.arraycopy(b.content, 0, content, 0, at);
      System.arraycopy(b.content, at + 1, content, at, content.length - at);
      return new Bitmap(b.bitmap & ~bit, content);
    }
    Object[] content = b.content.clone();
    content[at] = replacement;
    return new Bitmap(b.bitmap, content);
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
