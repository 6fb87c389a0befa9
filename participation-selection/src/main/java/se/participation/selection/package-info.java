// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Fair selection of participants by lot (stratified sortition): {@link
 * se.participation.selection.Selection} is the entry point. See {@code docs/selection.md}.
 */
@NullMarked
package se.participation.selection;

import org.jspecify.annotations.NullMarked;
