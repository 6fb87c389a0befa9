// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.participation.api.text.LocalizedText;

/**
 * OR-Tools is optional: without it on the path, LEGACY and the draw work, and LEXIMIN says in
 * every language what to add. Run in a fresh JVM whose class path leaves OR-Tools out.
 */
class WithoutSolverTest {
  /** The fresh JVM's entry point. */
  public static final class Main {
    private Main() {}

    /** Prints one line per check. */
    public static void main(String[] args) {
      SelectionProblem problem = Examples.exampleSmall();
      Lottery legacy = (Lottery) Selection.legacy(problem, 100, "no solver");
      System.out.println("legacy " + legacy.compositions().size() + " " + legacy.draw("seed").panel().size());
      try {
        Selection.leximin(problem);
        System.out.println("leximin ran");
      } catch (SelectionException e) {
        System.out.println("leximin " + e.kind() + " | " + e.message(LocalizedText.SWEDISH) + " | "
            + e.message(Locale.ENGLISH));
      }
    }
  }

  @Test
  void withoutOrToolsLegacyAndTheDrawWorkAndLeximinSaysWhatToAdd() throws Exception {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator, -1)) {
        if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("ortools")) {
          entries.add(entry);
        }
      }
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, entries), Main.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("legacy ").contains(" 20\n")
        .contains("leximin SOLVER_MISSING | LEXIMIN")
        .contains("com.google.ortools:ortools-java")
        .doesNotContain("leximin ran");
  }
}
