// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Reading and writing the SDK's values as JSON and YAML: {@link
 * se.participation.json.ProcessDocuments process documents} and {@link
 * se.participation.json.EventHistories event histories}. Bad input raises an {@link
 * se.participation.json.InputException} that names the file, line, column and field, in Swedish
 * and English.
 */
@NullMarked
package se.participation.json;

import org.jspecify.annotations.NullMarked;
