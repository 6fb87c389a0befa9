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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public and protected element of each published module has a Javadoc comment, generated
 * builder methods included. The build's Javadoc runs doclint with every group but "missing" (whose
 * {@code @param}/{@code @return} demands clash with the one-sentence style) and fails on a
 * warning; this test adds the part of "missing" that matters: no element without a comment.
 */
class JavadocCoverageTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String modulePath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      for (String entry : value.split(File.pathSeparator, -1)) {
        // OR-Tools' native jar has no valid module name; it holds no classes
        if (entry.endsWith(".jar") && !Path.of(entry).getFileName().toString().startsWith("ortools-linux-")) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @ParameterizedTest
  @ValueSource(strings = {"participation-api", "participation-core", "participation-json", "participation-report", "participation-store",
      "participation-store-jdbc", "participation-selection",
      "participation-testkit"})
  void everyPublicElementHasAComment(String module, @TempDir Path out) throws IOException, InterruptedException {
    List<Path> sources = new ArrayList<>();
    for (String folder : List.of("src/main/java", "target/generated-sources/annotations")) {
      Path dir = ROOT.resolve(module).resolve(folder);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
      }
    }
    assertThat(sources).as("sources of " + module).isNotEmpty();
    Path list = out.resolve("sources.txt");
    Files.write(list, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "javadoc").toString(),
        "-quiet", "-Xdoclint:all", "-Xmaxwarns", "100000", "-Xmaxerrs", "1000", "-d", out.resolve("api").toString(),
        "--module-path", modulePath(), "--release", "17", "-locale", "en", "-J-Duser.language=en", "@" + list);
    Process javadoc = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log;
    try (var in = javadoc.getInputStream()) {
      log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(javadoc.waitFor(300, TimeUnit.SECONDS)).isTrue();
    List<String> uncommented = log.lines().filter(l -> l.endsWith("warning: no comment"))
        .map(l -> ROOT.relativize(Path.of(l.substring(0, l.indexOf(".java:") + 5))) + l.substring(l.indexOf(".java:") + 5, l.indexOf(": warning")))
        .toList();
    List<String> errors = log.lines().filter(l -> l.contains(": error:")).toList();
    assertThat(errors).as("javadoc errors").isEmpty();
    assertThat(javadoc.exitValue()).as(log).isZero();
    assertThat(uncommented).as("public elements without a comment").isEmpty();
  }
}
