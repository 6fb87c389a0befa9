// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

/** What a selection gives: a lottery, or why the quotas cannot be met. */
public sealed interface SelectionResult permits Lottery, Infeasible {}
