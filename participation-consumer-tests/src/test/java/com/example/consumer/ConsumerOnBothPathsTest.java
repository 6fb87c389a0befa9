// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer module runs in a fresh JVM on the module path (no {@code --add-opens}, no {@code
 * --add-exports}, nothing patched) and on the class path, and every check passes on both.
 */
class ConsumerOnBothPathsTest {
  private static final List<String> CHECKS = List.of("path", "refusal", "findings", "evaluation",
      "input error", "service loader rule", "contributed language", "object mapper", "readme", "report", "store", "embedded store",
      "selection");

  private static String path() throws IOException {
    String classes = System.getProperty("consumer.classes");
    String runtime = Files.readString(Path.of(System.getProperty("consumer.runtimePath")), StandardCharsets.UTF_8).strip();
    return classes + File.pathSeparator + runtime;
  }

  private static List<String> launch(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    assertThat(command).noneMatch(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
        || a.startsWith("--patch-module") || a.startsWith("--add-reads"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output.lines().collect(Collectors.toList());
  }

  private static void assertEveryCheckPassed(List<String> lines) {
    assertThat(lines).noneMatch(l -> l.startsWith("FAILED"));
    for (String check : CHECKS) {
      assertThat(lines).as(check).anyMatch(l -> l.startsWith("ok " + check + ": "));
    }
  }

  @Test
  void everyCheckPassesOnTheModulePathWithNothingOpened() throws Exception {
    // OR-Tools' native jar (ortools-linux-x86-64) has no valid module name, so it goes on the class
    // path, and its Java API (module ortools.java), which participation-selection requires only
    // statically, is added to the module graph: the two steps docs/selection.md tells embedders
    List<String> modules = new ArrayList<>();
    List<String> natives = new ArrayList<>();
    for (String entry : path().split(File.pathSeparator)) {
      (Path.of(entry).getFileName().toString().startsWith("ortools-linux-") ? natives : modules).add(entry);
    }
    List<String> lines = launch(List.of("--module-path", String.join(File.pathSeparator, modules),
        "-cp", String.join(File.pathSeparator, natives), "--add-modules", "ortools.java",
        "--module", "com.example.consumer/com.example.consumer.ConsumerChecks"));
    assertEveryCheckPassed(lines);
    assertThat(lines).contains("ok path: module path, com.example.consumer reads se.participation.core");
    assertThat(lines).anyMatch(l -> l.startsWith("ok contributed language: Finnish missing"));
  }

  @Test
  void everyCheckPassesOnTheClassPath() throws Exception {
    List<String> lines = launch(List.of("-cp", path(), "com.example.consumer.ConsumerChecks"));
    assertEveryCheckPassed(lines);
    assertThat(lines).contains("ok path: class path");
  }

  @Test
  void theReadmesFirstExampleIsTheCodeOfReadmeExample() throws IOException {
    List<String> source = Files.readAllLines(Path.of("src/main/java/com/example/consumer/ReadmeExample.java"));
    int start = source.indexOf("    // README example starts here");
    int end = source.indexOf("    // README example ends here");
    assertThat(start).isPositive();
    String block = source.subList(start + 1, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of(System.getProperty("consumer.readme")), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md holds the example of ReadmeExample.java, dedented").contains(block);
  }
}
