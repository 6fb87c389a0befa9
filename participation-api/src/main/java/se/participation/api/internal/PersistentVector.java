// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list that shares structure with the list it was made from: appending or replacing
 * one element copies a path of at most {@code log32(n)} small arrays instead of the whole list (a
 * bit-partitioned trie of 32-wide nodes with a separate tail, the layout of Clojure's and Scala's
 * vectors, written here because the API has no runtime dependency).
 *
 * <p>It is a read-only {@link java.util.List}: every mutator of the interface throws {@link
 * UnsupportedOperationException}; {@link #plus} and {@link #with} return new vectors. Elements are
 * never null. Equality and hash code are those of {@code List}.
 *
 * <p>Not exported: internal to the API and the core.
 *
 * @param <E> the element type
 */
public final class PersistentVector<E> extends AbstractList<E> implements RandomAccess {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final Object[] EMPTY_NODE = new Object[0];
  private static final PersistentVector<?> EMPTY = new PersistentVector<>(0, BITS, EMPTY_NODE, EMPTY_NODE);

  private final int size;
  private final int shift;
  private final Object[] root;
  private final Object[] tail;
  private int hash;

  private PersistentVector(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /** The empty vector. */
  @SuppressWarnings("unchecked")
  public static <E> PersistentVector<E> empty() {
    return (PersistentVector<E>) EMPTY;
  }

  /**
   * The elements of {@code elements} in iteration order; the same vector when it already is one.
   *
   * @throws NullPointerException naming {@code what} when an element is null
   */
  @SuppressWarnings("unchecked")
  public static <E> PersistentVector<E> copyOf(Iterable<? extends E> elements, String what) {
    if (elements instanceof PersistentVector<?> vector) {
      return (PersistentVector<E>) vector;
    }
    Builder<E> result = new Builder<>(empty());
    for (E element : elements) {
      result.add(Objects.requireNonNull(element, what));
    }
    return result.build();
  }

  @Override
  public int size() {
    return size;
  }

  private int tailOffset() {
    return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
  }

  private Object[] leafFor(int index) {
    if (index >= tailOffset()) {
      return tail;
    }
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) leafFor(index)[index & MASK];
  }

  /** This vector with {@code element} appended. */
  public PersistentVector<E> plus(E element) {
    Objects.requireNonNull(element, "element");
    if (size - tailOffset() < WIDTH) {
      Object[] newTail = Arrays.copyOf(tail, tail.length + 1);
      newTail[tail.length] = element;
      return new PersistentVector<>(size + 1, shift, root, newTail);
    }
    // The tail is full: it moves into the trie, which grows a level when its root is full.
    Object[] newRoot;
    int newShift = shift;
    if ((size >>> BITS) > (1 << shift)) {
      newRoot = new Object[] {root, newPath(shift, tail)};
      newShift += BITS;
    } else {
      newRoot = pushTail(shift, root, tail);
    }
    return new PersistentVector<>(size + 1, newShift, newRoot, new Object[] {element});
  }

  private Object[] pushTail(int level, Object[] parent, Object[] leaf) {
    int subIndex = ((size - 1) >>> level) & MASK;
    Object[] result = Arrays.copyOf(parent, Math.max(parent.length, subIndex + 1));
    Object[] toInsert;
    if (level == BITS) {
      toInsert = leaf;
    } else {
      Object[] child = subIndex < parent.length ? (Object[]) parent[subIndex] : null;
      toInsert = child != null ? pushTail(level - BITS, child, leaf) : newPath(level - BITS, leaf);
    }
    result[subIndex] = toInsert;
    return result;
  }

  private static Object[] newPath(int level, Object[] leaf) {
    return level == 0 ? leaf : new Object[] {newPath(level - BITS, leaf)};
  }

  /**
   * This vector with the element at {@code index} replaced; this vector itself when the element
   * there is already {@code element}.
   *
   * @throws IndexOutOfBoundsException when {@code index} is not in the vector
   */
  public PersistentVector<E> with(int index, E element) {
    Objects.checkIndex(index, size);
    Objects.requireNonNull(element, "element");
    if (index >= tailOffset()) {
      if (tail[index & MASK] == element) {
        return this;
      }
      Object[] newTail = tail.clone();
      newTail[index & MASK] = element;
      return new PersistentVector<>(size, shift, root, newTail);
    }
    if (leafFor(index)[index & MASK] == element) {
      return this;
    }
    return new PersistentVector<>(size, shift, assoc(shift, root, index, element), tail);
  }

  private static Object[] assoc(int level, Object[] node, int index, Object element) {
    Object[] result = node.clone();
    if (level == 0) {
      result[index & MASK] = element;
    } else {
      int subIndex = (index >>> level) & MASK;
      result[subIndex] = assoc(level - BITS, (Object[]) node[subIndex], index, element);
    }
    return result;
  }

  /** Receives the positions where two vectors differ. */
  @FunctionalInterface
  public interface DiffVisitor<E> {
    /**
     * A position whose element differs (by identity); null where a vector has no element there.
     */
    void differs(int index, @Nullable E before, @Nullable E after);
  }

  /**
   * Reports every position where {@code before} and {@code after} hold different elements (by
   * identity), skipping the parts the two share: when {@code after} was made from {@code before}
   * by a few changes, the cost is proportional to those changes, not to the size.
   */
  public static <E> void diff(PersistentVector<E> before, PersistentVector<E> after, DiffVisitor<E> visitor) {
    if (before == after) {
      return;
    }
    int shared = Math.min(before.tailOffset(), after.tailOffset());
    if (shared > 0) {
      Object[] a = before.root;
      Object[] b = after.root;
      int level = Math.max(before.shift, after.shift);
      // A trie that grew a level keeps the old root as its first child.
      for (int l = before.shift; l < level; l += BITS) {
        a = new Object[] {a};
      }
      for (int l = after.shift; l < level; l += BITS) {
        b = new Object[] {b};
      }
      diffNodes(level, a, b, 0, shared, visitor);
    }
    int end = Math.max(before.size, after.size);
    for (int i = shared; i < end; i++) {
      E x = i < before.size ? before.get(i) : null;
      E y = i < after.size ? after.get(i) : null;
      if (x != y) {
        visitor.differs(i, x, y);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <E> void diffNodes(int level, Object[] a, Object[] b, int offset, int limit, DiffVisitor<E> visitor) {
    if (a == b || offset >= limit) {
      return;
    }
    if (level == 0) {
      for (int i = 0; i < WIDTH && offset + i < limit; i++) {
        Object x = a[i];
        Object y = b[i];
        if (x != y) {
          visitor.differs(offset + i, (E) x, (E) y);
        }
      }
      return;
    }
    int span = 1 << level;
    for (int i = 0; i < WIDTH && offset + i * span < limit; i++) {
      Object[] x = i < a.length ? (Object[]) a[i] : EMPTY_NODE;
      Object[] y = i < b.length ? (Object[]) b[i] : EMPTY_NODE;
      diffNodes(level - BITS, x, y, offset + i * span, limit, visitor);
    }
  }

  /**
   * A mutable builder that starts from a vector and appends in place: its tail is its own array,
   * so an append costs one store until the tail is full, when the tail becomes a leaf of the
   * trie. {@link #build} returns a vector that never changes, and the builder goes on from it.
   * Not thread-safe.
   *
   * @param <E> the element type
   */
  public static final class Builder<E> {
    private int size;
    private int shift;
    private Object[] root;
    /** The tail; the builder writes into it only when {@link #tailPrivate}. */
    private Object[] tail;
    private boolean tailPrivate;
    private boolean addedSinceBuild;
    private @Nullable PersistentVector<E> built;

    /** A builder that starts from {@code from}; nothing is copied until something is added. */
    public Builder(PersistentVector<E> from) {
      reset(from);
    }

    /** Starts again from {@code from}, forgetting what was added or set since. */
    public void reset(PersistentVector<E> from) {
      size = from.size;
      shift = from.shift;
      root = from.root;
      tail = from.tail;
      tailPrivate = false;
      addedSinceBuild = false;
      built = from;
    }

    /** The number of elements. */
    public int size() {
      return size;
    }

    private int tailOffset() {
      return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
    }

    /**
     * The element at {@code index}.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not in the vector
     */
    @SuppressWarnings("unchecked")
    public E get(int index) {
      Objects.checkIndex(index, size);
      if (index >= tailOffset()) {
        return (E) tail[index & MASK];
      }
      Object[] node = root;
      for (int level = shift; level > 0; level -= BITS) {
        node = (Object[]) node[(index >>> level) & MASK];
      }
      return (E) node[index & MASK];
    }

    /**
     * Appends {@code element}. The first append after a build copies the tail with room for
     * one, as {@link PersistentVector#plus} would; later ones get a tail with room for all 32.
     */
    public Builder<E> add(E element) {
      Objects.requireNonNull(element, "element");
      built = null;
      int inTail = size - tailOffset();
      if (inTail < WIDTH) {
        if (!tailPrivate || inTail == tail.length) {
          tail = Arrays.copyOf(tail, addedSinceBuild ? WIDTH : inTail + 1);
          tailPrivate = true;
        }
        addedSinceBuild = true;
        tail[inTail] = element;
        size++;
        return this;
      }
      // The full tail becomes a leaf of the trie, which is path-copied; it is never written again.
      PersistentVector<E> grown = new PersistentVector<E>(size, shift, root, tail).plus(element);
      size = grown.size;
      shift = grown.shift;
      root = grown.root;
      tail = new Object[addedSinceBuild ? WIDTH : 1];
      tail[0] = element;
      tailPrivate = true;
      addedSinceBuild = true;
      return this;
    }

    /**
     * Replaces the element at {@code index}.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not in the vector
     */
    public Builder<E> set(int index, E element) {
      Objects.checkIndex(index, size);
      Objects.requireNonNull(element, "element");
      built = null;
      if (index >= tailOffset()) {
        if (!tailPrivate) {
          tail = tail.clone();
          tailPrivate = true;
        }
        tail[index & MASK] = element;
      } else {
        root = assoc(shift, root, index, element);
      }
      return this;
    }

    /** The vector built so far; the builder's later changes do not reach it. */
    public PersistentVector<E> build() {
      PersistentVector<E> result = built;
      if (result == null) {
        int inTail = size - tailOffset();
        if (size == 0) {
          result = empty();
        } else if (tail.length == inTail) {
          // An exact tail is shared with the vector: the builder copies it before writing again.
          result = new PersistentVector<>(size, shift, root, tail);
          tailPrivate = false;
        } else {
          result = new PersistentVector<>(size, shift, root, Arrays.copyOf(tail, inTail));
        }
        addedSinceBuild = false;
        built = result;
      }
      return result;
    }
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int index;
      private Object[] leaf = EMPTY_NODE;

      @Override
      public boolean hasNext() {
        return index < size;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (index >= size) {
          throw new NoSuchElementException();
        }
        if ((index & MASK) == 0 || leaf == EMPTY_NODE) {
          leaf = leafFor(index);
        }
        return (E) leaf[index++ & MASK];
      }
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof PersistentVector<?> other && (other.size != size || other.hashCode() != hashCode())) {
      return false;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = super.hashCode();
      hash = h;
    }
    return h;
  }
}
