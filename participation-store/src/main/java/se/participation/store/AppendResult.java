// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.store;

/** What an append did: appended every event, or nothing because another append came first. */
public sealed interface AppendResult {

  /**
   * Every event was appended.
   *
   * @param version the stream's version after the append
   * @param lastPosition the global position of the last event appended
   */
  record Appended(long version, long lastPosition) implements AppendResult {}

  /**
   * Nothing was appended: the stream is not at the expected version.
   *
   * @param expected the version the append expected
   * @param actual the version the stream is at
   */
  record Conflict(long expected, long actual) implements AppendResult {}
}
