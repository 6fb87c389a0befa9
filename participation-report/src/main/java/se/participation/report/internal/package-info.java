// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The report's HTML writer, charts and texts; not exported. */
@NullMarked
package se.participation.report.internal;

import org.jspecify.annotations.NullMarked;
