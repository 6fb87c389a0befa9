// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.participation.core.ProcessEngine;
import se.participation.json.Format;
import se.participation.json.ProcessDocuments;
import se.participation.testkit.Pilot;

/**
 * The pilot's process document grown by n residents of its first target group, registered with the
 * pilot's own: the large documents {@code participation check} is measured on. As a program it
 * writes one: {@code java -cp benchmarks.jar se.participation.benchmarks.LargeDocuments 20000
 * grown.yaml}.
 */
public final class LargeDocuments {
  private LargeDocuments() {}

  /** The pilot's document, as YAML, with n more participants. */
  static String pilotWith(int n) {
    String pilot = ProcessDocuments.write(
        ProcessDocuments.export(Pilot.history(), ProcessEngine.withHandbookRulesOnly()), Format.YAML);
    String marker = "\nparticipants:\n";
    int at = pilot.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("the pilot's document has no participants");
    }
    int start = at + marker.length();
    String indent = pilot.substring(start, pilot.indexOf('-', start));
    StringBuilder grown = new StringBuilder(pilot.length() + n * 80).append(pilot, 0, start);
    for (int i = 0; i < n; i++) {
      grown.append(indent).append("- id: x").append(i).append('\n')
          .append(indent).append("  role: RESIDENT\n")
          .append(indent).append("  targetGroups:\n")
          .append(indent).append("  - ").append(Pilot.RESIDENTS.value()).append('\n');
    }
    return grown.append(pilot, start, pilot.length()).toString();
  }

  /**
   * Writes the pilot's document grown by {@code args[0]} participants to the file {@code args[1]}.
   *
   * @param args the number of participants and the file
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LargeDocuments PARTICIPANTS FILE");
      System.exit(2);
    }
    Files.writeString(Path.of(args[1]), pilotWith(Integer.parseInt(args[0])), StandardCharsets.UTF_8);
  }
}
