// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ParticipationStyle} plus a package-private constructor of every attribute ({@code
 * ImmutableX.of(...)}), for the values the core's fold makes once per event (a proposal and its
 * lineage steps): built through it, a value costs one object and its collections instead of a
 * builder, its lists and the value. Immutables takes a type's style whole, so this repeats the
 * project style; keep the two the same but for {@code allParameters}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.jspecify.annotations.Nullable.class},
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    allParameters = true)
public @interface ConstructorStyle {}
