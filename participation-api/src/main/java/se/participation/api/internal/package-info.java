// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** Internal support of the API module: the Immutables style and argument checks. Not exported. */
@NullMarked
package se.participation.api.internal;

import org.jspecify.annotations.NullMarked;
