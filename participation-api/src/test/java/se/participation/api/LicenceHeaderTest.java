// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The licence is at the top of the repository and every source file carries the short header. */
class LicenceHeaderTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final List<String> HEADER = List.of(
      "// Copyright 2026 The Participation SDK authors", "// SPDX-License-Identifier: Apache-2.0");

  @Test
  void theRepositoryCarriesTheApacheLicenceAndANotice() throws IOException {
    assertThat(Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8))
        .contains("Apache License").contains("Version 2.0, January 2004");
    assertThat(ROOT.resolve("NOTICE")).exists();
  }

  @Test
  void everyJavaSourceFileStartsWithTheLicenceHeader() throws IOException {
    List<Path> missing;
    try (Stream<Path> files = Files.walk(ROOT)) {
      missing = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/"))
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> !startsWithHeader(p))
          .map(ROOT::relativize)
          .toList();
    }
    assertThat(missing).as("files without the header of docs/decisions/0005-apache-2-licence.md").isEmpty();
  }

  private static boolean startsWithHeader(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.limit(2).toList().equals(HEADER);
    } catch (IOException e) {
      return false;
    }
  }
}
