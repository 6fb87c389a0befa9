// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.participation.api.ActorRole;
import se.participation.api.Part;
import se.participation.api.command.Command;
import se.participation.core.internal.CommandPolicy;

/** Each command's Javadoc names the roles that may issue it and the parts it is possible in, as the policy says. */
class CommandDocumentationTest {
  private static final Path SOURCE = Path.of("../participation-api/src/main/java/se/participation/api/command/Command.java");
  private static final Pattern ISSUED =
      Pattern.compile("<p>Issued by (.*?)\\. Possible in (.*?)(, also after the process ended)?\\. ");
  private static final Pattern RECORD = Pattern.compile("\\*/\\s*\\n  record (\\w+)\\(");

  private static Set<String> constants(String text) {
    return Arrays.stream(text.replaceAll("\\s*\\*\\s*", " ").split(","))
        .map(s -> s.replace("{@code", "").replace("}", "").strip()).collect(Collectors.toSet());
  }

  @Test
  void everyCommandsJavadocNamesTheRolesAndPartsOfThePolicy() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    Map<String, String> documented = new LinkedHashMap<>();
    for (String comment : source.split("/\\*\\*", -1)) {
      Matcher record = RECORD.matcher(comment);
      if (!record.find()) {
        continue;
      }
      Class<? extends Command> type = commandType(record.group(1));
      Matcher issued = ISSUED.matcher(comment.replaceAll("\\n\\s*\\*(?!/) ?", " "));
      assertThat(issued.find()).as("%s's Javadoc says who issues it and when", type.getSimpleName()).isTrue();
      documented.put(type.getSimpleName(), issued.group());
      CommandPolicy.Entry entry = CommandPolicy.of(type);
      assertThat(constants(issued.group(1))).as("roles of %s", type.getSimpleName())
          .isEqualTo(entry.roles().stream().map(ActorRole::name).collect(Collectors.toSet()));
      assertThat(constants(issued.group(2))).as("parts of %s", type.getSimpleName())
          .isEqualTo(entry.parts().stream().map(Part::name).collect(Collectors.toSet()));
      assertThat(issued.group(3) != null).as("%s after the end", type.getSimpleName()).isEqualTo(entry.allowedWhenEnded());
    }
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Command.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Command> commandType(String name) {
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      if (type.getSimpleName().equals(name)) {
        return (Class<? extends Command>) type;
      }
    }
    throw new AssertionError("no command " + name);
  }
}
