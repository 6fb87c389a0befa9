// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The selection's machinery: the algorithms, the solver interface, the texts. Not exported. */
@NullMarked
package se.participation.selection.internal;

import org.jspecify.annotations.NullMarked;
