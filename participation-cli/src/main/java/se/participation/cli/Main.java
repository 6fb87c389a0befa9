// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs the {@code participation} command and exits with its status. */
public final class Main {
  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(ParticipationCommand.run(out, err, args));
  }
}
