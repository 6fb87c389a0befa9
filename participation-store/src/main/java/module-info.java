// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Where a process's events are kept: the {@link se.participation.store.EventStore} SPI, an
 * in-memory store, and {@link se.participation.store.ProcessService}, which loads, decides and
 * appends, a lost race being a {@code Conflict} outcome.
 */
module se.participation.store {
  requires transitive se.participation.core;
  requires static org.jspecify;

  exports se.participation.store;
}
