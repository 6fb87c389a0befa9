// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code participation} command: {@code walkthrough} runs the pilot through every part,
 * {@code check} judges a process document or an event history, {@code rules} lists the active
 * rules. Every subcommand takes {@code --lang sv|en} and {@code --format text|json}.
 */
@NullMarked
package se.participation.cli;

import org.jspecify.annotations.NullMarked;
