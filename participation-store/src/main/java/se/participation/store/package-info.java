// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Event stores and the service that runs commands against one.
 *
 * <pre>{@code
 * ProcessService service = new ProcessService(ProcessEngine.withContributedRules(), new InMemoryEventStore());
 * Outcome outcome = service.handle(command);   // loaded, decided and appended; a lost race is a Conflict
 * }</pre>
 */
@NullMarked
package se.participation.store;

import org.jspecify.annotations.NullMarked;
