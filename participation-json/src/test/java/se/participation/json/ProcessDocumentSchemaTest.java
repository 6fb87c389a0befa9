// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/process-document.schema.json describes the examples, and rejects what the reader rejects. */
class ProcessDocumentSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonSchema schema() throws IOException {
    JsonNode node = new ObjectMapper().readTree(Path.of("..", "docs", "process-document.schema.json").toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
  }

  @Test
  void everyExampleDocumentFollowsTheSchema() throws IOException {
    JsonSchema schema = schema();
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (Path example : examples) {
      Set<ValidationMessage> problems = schema.validate(YAML.readTree(example.toFile()));
      assertThat(problems).as(example.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaRejectsAnUnknownFieldAndAnUnknownLevel() throws IOException {
    JsonSchema schema = schema();
    ObjectNode document = (ObjectNode) YAML.readTree(Path.of("..", "examples", "medskapande-plan.yaml").toFile());
    ((ObjectNode) document.get("plan")).put("methd", "Möten");
    assertThat(schema.validate(document)).isNotEmpty();
    ObjectNode level = (ObjectNode) YAML.readTree(Path.of("..", "examples", "medskapande-plan.yaml").toFile());
    ((ObjectNode) level.get("process")).put("intendedLevel", "DIALOG");
    assertThat(schema.validate(level)).isNotEmpty();
  }
}
