// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Random numbers anyone can recompute from a published seed: the {@code i}-th number is the first
 * 8 bytes of SHA-256(seed, 0x00, i as 8 bytes big-endian), top 53 bits, divided by 2⁵³. Slow
 * (a hash per number) and meant to be: a draw takes a few thousand numbers.
 */
public final class AuditRandom {
  private final byte[] prefix;
  private final MessageDigest digest;
  private long counter;

  /**
   * A stream for a seed.
   *
   * @param seed the published seed
   */
  public AuditRandom(String seed) {
    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
    this.prefix = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, prefix, 0, bytes.length);
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The next number in [0, 1). */
  public double next() {
    digest.update(prefix);
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
    long bits = ByteBuffer.wrap(digest.digest()).getLong();
    return (bits >>> 11) * 0x1.0p-53;
  }

  /** The 32 bytes SHA-256 of the seed, for seeding a fast generator where audit is not needed. */
  public static long seedOf(String seed) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
