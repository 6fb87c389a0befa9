// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The JDBC store's dialects, migrations and texts; not exported. */
@NullMarked
package se.participation.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
