// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.participation.api.ParticipationProcess;
import se.participation.api.event.Event;
import se.participation.api.rule.Finding;
import se.participation.core.ProcessEngine;
import se.participation.testkit.Pilot;

/** What an embedder's own code meets: its ObjectMapper, streams, one way to judge. */
class EmbedderApiTest {
  private static final ProcessEngine ENGINE = ProcessEngine.withHandbookRulesOnly();

  @Test
  void anEmbeddersObjectMapperReadsAndWritesTheSdksValuesLikeValuesDoes() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ParticipationModule());
    ParticipationProcess process = Pilot.evaluated();
    String json = mapper.writeValueAsString(process);
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(Values.write(process, Format.JSON)));
    assertThat(mapper.readValue(json, ParticipationProcess.class)).isEqualTo(process);

    Event event = Pilot.history().get(3);
    assertThat(mapper.readValue(mapper.writeValueAsString(event), Event.class)).isEqualTo(event);
    Finding finding = ENGINE.findings(Pilot.planned()).get(0);
    List<Finding> read = mapper.readValue(mapper.writeValueAsString(List.of(finding)),
        mapper.getTypeFactory().constructCollectionType(List.class, Finding.class));
    assertThat(read).isEqualTo(List.of(finding));
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("participation");
    assertThat(mapper.readValue(mapper.writeValueAsString(Pilot.planned()), ParticipationProcess.class))
        .isEqualTo(Pilot.planned());
  }

  @Test
  void aBadValueThroughTheObjectMapperNamesTheLineColumnAndField() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ParticipationModule());
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue("{\n  \"ruleId\": \"BESLUT-1\",\n  \"part\": \"BESLUTT\"\n}", Finding.class));
    assertThat(e.getCause()).isInstanceOf(InputException.class);
    assertThat(((InputException) e.getCause()).path()).isEqualTo("part");
    assertThat(((InputException) e.getCause()).line()).contains(3);
  }

  @Test
  void documentsAndHistoriesAreReadFromReadersAndStreams() throws Exception {
    String pilot = java.nio.file.Files.readString(ExamplesTest.EXAMPLES.resolve("pilot.yaml"), StandardCharsets.UTF_8);
    ProcessDocument fromText = ProcessDocuments.read(pilot, "pilot.yaml");
    try (Reader reader = new StringReader(pilot)) {
      assertThat(ProcessDocuments.read(reader, "pilot.yaml")).isEqualTo(fromText);
    }
    assertThat(ProcessDocuments.read(new ByteArrayInputStream(pilot.getBytes(StandardCharsets.UTF_8)), "pilot.yaml"))
        .isEqualTo(fromText);
    String history = EventHistories.write(Pilot.history());
    assertThat(EventHistories.read(new ByteArrayInputStream(history.getBytes(StandardCharsets.UTF_8)), "h.jsonl"))
        .isEqualTo(Pilot.history());
  }

  @Test
  void oneEntryPointJudgesADocumentOrAHistory() {
    String history = EventHistories.write(Pilot.history());
    Judgement ofHistory = Judgement.of(Input.of(history, "pilot.jsonl"), ENGINE);
    Judgement ofDocument = Judgement.of(Input.of(ExamplesTest.EXAMPLES.resolve("pilot.yaml")), ENGINE);
    assertThat(ofHistory.process()).isEqualTo(Pilot.evaluated());
    assertThat(ofDocument.process().status()).isEqualTo(ofHistory.process().status());
    assertThat(Judgement.of(Pilot.history(), ENGINE).process()).isEqualTo(Pilot.evaluated());
  }

  @Test
  void aStreamThatIsNotUtf8IsRefusedWithTheInputsName() {
    byte[] latin1 = "namn: Åsa".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = catchThrowableOfType(InputException.class,
        () -> ProcessDocuments.read(new ByteArrayInputStream(latin1), "upload.yaml"));
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNREADABLE);
    assertThat(e.getMessage()).isEqualTo("upload.yaml: the text is not UTF-8.");
    assertThat(e.message(se.participation.api.text.LocalizedText.SWEDISH)).isEqualTo("upload.yaml: texten är inte UTF-8.");
  }

  @Test
  void anInputLargerThanTheLimitIsRefusedWithoutReadingItAll() {
    Reader endless = new Reader() {
      @Override public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, 'x');
        return length;
      }

      @Override public void close() {}
    };
    assertThatThrownBy(() -> Input.of(endless, "endless"))
        .isInstanceOf(InputException.class)
        .hasMessage("endless: the input is larger than " + Input.MAX_CHARS + " characters.");
  }
}
