// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** Events, the sealed hierarchy of what happened to a process; a process is their fold. */
@NullMarked
package se.participation.api.event;

import org.jspecify.annotations.NullMarked;
