// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * Bilingual text: every constant and every message of the SDK exists in Swedish and English.
 *
 * <p>{@link se.participation.api.text.LocalizedText} is a text in both languages; {@link
 * se.participation.api.text.TextCatalog} loads the wording from one pair of properties files per
 * module, so it is held in one place and checked for completeness when it loads.
 */
@NullMarked
package se.participation.api.text;

import org.jspecify.annotations.NullMarked;
