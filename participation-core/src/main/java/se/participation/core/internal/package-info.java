// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The core's machinery: the decider, the evolver, the rule engine and the handbook's rules. */
@NullMarked
package se.participation.core.internal;

import org.jspecify.annotations.NullMarked;
