// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/** A municipality's code that embeds the participation SDK. */
@NullMarked
package com.example.consumer;

import org.jspecify.annotations.NullMarked;
