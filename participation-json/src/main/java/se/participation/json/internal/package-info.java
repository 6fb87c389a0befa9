// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** The located tree, the parser and the codecs behind the public readers and writers. */
@NullMarked
package se.participation.json.internal;

import org.jspecify.annotations.NullMarked;
