// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Commands, the sealed hierarchy of what can be asked of a process, and their {@link
 * se.participation.api.command.Outcome outcomes}: accepted with events, or rejected with every
 * {@link se.participation.api.command.Reason reason}.
 */
@NullMarked
package se.participation.api.command;

import org.jspecify.annotations.NullMarked;
