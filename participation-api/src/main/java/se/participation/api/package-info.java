// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The handbook's vocabulary as immutable values: engagement levels, the five parts, the
 * checklist, the plan, the representation model, people, meetings, proposals and their lineage,
 * feedback, evaluation, and the {@link se.participation.api.ParticipationProcess process} itself.
 *
 * <p>Every value is built with {@code of(...)} or a builder and rejects a bad value when it is
 * built, with an exception that names the field and the value.
 */
@NullMarked
@ParticipationStyle
package se.participation.api;

import org.jspecify.annotations.NullMarked;
import se.participation.api.internal.ParticipationStyle;
