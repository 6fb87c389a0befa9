// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports only API packages and requires nothing at run time. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    Path classes = Path.of(Part.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path file =
        Files.isDirectory(classes) ? classes.resolve("module-info.class") : classes;
    try (InputStream in = Files.newInputStream(file)) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsNoInternalPackage() throws Exception {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("se.participation.api");
    assertThat(module.exports())
        .filteredOn(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "se.participation.api",
            "se.participation.api.command",
            "se.participation.api.event",
            "se.participation.api.rule",
            "se.participation.api.text")
        .noneMatch(p -> p.contains("internal"));
  }

  /** The internal package, whose persistent collections the core's fold builds on, only to the core. */
  @Test
  void exportsTheInternalPackageOnlyToTheCore() throws Exception {
    assertThat(descriptor().exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("se.participation.api.internal");
          assertThat(e.targets()).containsExactly("se.participation.core");
        });
  }

  @Test
  void requiresOnlyTheJdkAtRunTime() throws Exception {
    for (Requires requires : descriptor().requires()) {
      if (!requires.name().equals("java.base")) {
        assertThat(requires.modifiers()).as(requires.name()).contains(Requires.Modifier.STATIC);
      }
    }
  }

  @Test
  void generatedImplementationsAreNotPublic() throws Exception {
    Class<?> generated = Class.forName("se.participation.api.ImmutablePlan");
    assertThat(java.lang.reflect.Modifier.isPublic(generated.getModifiers())).isFalse();
    for (var method : Plan.class.getMethods()) {
      assertThat(method.getReturnType().getSimpleName()).doesNotStartWith("Immutable");
    }
  }
}
