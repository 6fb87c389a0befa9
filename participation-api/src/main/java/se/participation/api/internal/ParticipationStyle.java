// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each API package's {@code package-info}.
 *
 * <p>Generated classes are package-private ({@code Immutable*} never appears in a public
 * signature); each value type declares a nested {@code Builder} that extends the generated one
 * and forwarding {@code of(...)}/{@code builder()} factories. Collections are JDK collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {org.jspecify.annotations.Nullable.class},
    defaults = @Value.Immutable(copy = false),
    depluralize = true)
public @interface ParticipationStyle {}
