// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.participation.api.text.LocalizedText;
import se.participation.json.InputException;

/** The common CSV format: what it reads, and how it says what is wrong. */
class SelectionCsvTest {
  @TempDir Path dir;

  private static final String CATEGORIES = """
      category,feature,min,max
      gender,female,1,2
      gender,male,1,2
      age,young,0,3
      age,old,1,3
      """;

  private static final String RESPONDENTS = """
      id,name,gender,age,email
      r1,Anna Andersson,female,young,anna@example.se
      r2,Bo Berg,male,old,bo@example.se
      r3,Cecilia Ek,Female,old,cecilia@example.se
      r4,David Dahl,male, young ,david@example.se
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsQuotasAndVolunteersAndLeavesOtherColumnsUnread() throws IOException {
    SelectionProblem problem = SelectionCsv.read(write("categories.csv", CATEGORIES),
        write("respondents.csv", RESPONDENTS), 3);
    assertThat(problem.quotas()).containsExactly(new Quota("gender", "female", 1, 2),
        new Quota("gender", "male", 1, 2), new Quota("age", "young", 0, 3), new Quota("age", "old", 1, 3));
    assertThat(problem.volunteers()).extracting(Volunteer::id).containsExactly("r1", "r2", "r3", "r4");
    assertThat(problem.volunteers().get(2).feature("gender")).isEqualTo("female");
    assertThat(problem.volunteers().get(3).feature("age")).isEqualTo("young");
    assertThat(problem.volunteers()).allSatisfy(v -> assertThat(v.features()).containsOnlyKeys("gender", "age"));
    assertThat(problem.panelSize()).isEqualTo(3);
  }

  @Test
  void readsSemicolonsANameColumnAndRespondentsWithoutIds() throws IOException {
    SelectionProblem problem = SelectionCsv.read(
        write("categories.csv", "\uFEFFcategory;name;min;max;min_flex\nkön;kvinna;1;1;0\nkön;man;1;1;0\n"),
        write("respondents.csv", "kön\nkvinna\nman\nman\n"), 2);
    assertThat(problem.volunteers()).extracting(Volunteer::id).containsExactly("line 2", "line 3", "line 4");
    assertThat(problem.quotas()).extracting(Quota::feature).containsExactly("kvinna", "man");
  }

  @Test
  void anUnknownFeatureIsPlacedAtItsLineColumnAndFieldInBothLanguages() throws IOException {
    Path respondents = write("respondents.csv", RESPONDENTS.replace("r2,Bo Berg,male,old", "r2,Bo Berg,male,ancient"));
    InputException e = catchThrowableOfType(InputException.class,
        () -> SelectionCsv.read(write("categories.csv", CATEGORIES), respondents, 3));
    assertThat(e.kind()).isEqualTo(InputException.Kind.UNKNOWN_CONSTANT);
    assertThat(e.file()).isEqualTo(respondents.toString());
    assertThat(e.line()).contains(3);
    assertThat(e.column()).contains(17);
    assertThat(e.path()).isEqualTo("age");
    assertThat(e.message(LocalizedText.ENGLISH)).contains(":3:17: age: \"ancient\" is not a feature of category \"age\"");
    assertThat(e.message(LocalizedText.SWEDISH)).contains(":3:17: age: ").contains("ancient")
        .isNotEqualTo(e.message(LocalizedText.ENGLISH));
  }

  @Test
  void aNumberThatIsNotANumberIsPlaced() throws IOException {
    Path categories = write("categories.csv", CATEGORIES.replace("gender,male,1,2", "gender,male,one,2"));
    InputException e = catchThrowableOfType(InputException.class,
        () -> SelectionCsv.read(categories, write("respondents.csv", RESPONDENTS), 3));
    assertThat(e.line()).contains(3);
    assertThat(e.column()).contains(13);
    assertThat(e.path()).isEqualTo("min");
    assertThat(e.getMessage()).contains("\"one\" is not a whole number");
  }

  @Test
  void aMinAboveItsMaxARepeatedQuotaAndARepeatedIdAreRefused() throws IOException {
    Path respondents = write("respondents.csv", RESPONDENTS);
    assertThatThrownBy(() -> SelectionCsv.read(
        write("a.csv", CATEGORIES.replace("gender,male,1,2", "gender,male,3,2")), respondents, 3))
        .isInstanceOf(InputException.class).hasMessageContaining(":3:").hasMessageContaining("max: min (3) is above max (2)");
    assertThatThrownBy(() -> SelectionCsv.read(write("b.csv", CATEGORIES + "Gender,Female,0,1\n"), respondents, 3))
        .isInstanceOf(InputException.class).hasMessageContaining(":6:").hasMessageContaining("on line 2");
    assertThatThrownBy(() -> SelectionCsv.read(write("c.csv", CATEGORIES),
        write("r.csv", RESPONDENTS.replace("r4,", "r1,")), 3))
        .isInstanceOf(InputException.class).hasMessageContaining(":5:1: id: the id \"r1\" is on line 2 already");
  }

  @Test
  void aMissingColumnIsNamedWithTheHeaderThereIs() throws IOException {
    assertThatThrownBy(() -> SelectionCsv.read(write("categories.csv", CATEGORIES),
        write("respondents.csv", "id,gender\nr1,female\n"), 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("respondents.csv:1: age: the column \"age\" is missing; the header has: id, gender");
  }

  @Test
  void aPanelLargerThanThePoolAnEmptyFileAndAMissingFileAreRefused() throws IOException {
    Path categories = write("categories.csv", CATEGORIES);
    assertThatThrownBy(() -> SelectionCsv.read(categories, write("respondents.csv", RESPONDENTS), 5))
        .isInstanceOf(InputException.class).hasMessageContaining("the panel (5 seats) is larger than the pool (4");
    assertThatThrownBy(() -> SelectionCsv.read(write("empty.csv", "category,feature,min,max\n"),
        write("r.csv", RESPONDENTS), 1)).hasMessageContaining("the file has no quotas");
    assertThatThrownBy(() -> SelectionCsv.read(dir.resolve("nowhere.csv"), write("r.csv", RESPONDENTS), 1))
        .isInstanceOf(InputException.class).hasMessageContaining("nowhere.csv: the file does not exist");
  }

  @Test
  void textThatIsNotUtf8IsRefusedAndControlCharactersCannotForgeTheMessage() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "category,feature,min,max\nk\u00f6n,man,1,1\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> SelectionCsv.read(latin1, write("r.csv", RESPONDENTS), 1))
        .isInstanceOf(InputException.class).hasMessageContaining("not UTF-8");
    Path forged = write("respondents.csv", RESPONDENTS.replace("male,old", "\"male\u202e\n\u0007x\",old"));
    InputException e = catchThrowableOfType(InputException.class,
        () -> SelectionCsv.read(write("categories.csv", CATEGORIES), forged, 3));
    assertThat(e.message(LocalizedText.ENGLISH)).doesNotContain("\u202e").doesNotContain("\u0007")
        .doesNotContain("\n");
  }

  @Test
  void aFileAboveTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path huge = dir.resolve("huge.csv");
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(SelectionCsv.MAX_BYTES + 1); // sparse: nothing is written
    }
    assertThatThrownBy(() -> SelectionCsv.read(write("categories.csv", CATEGORIES), huge, 1))
        .isInstanceOf(InputException.class).hasMessageContaining("huge.csv: the file is larger than 67108864 bytes");
  }

  @Test
  void moreRowsThanTheLimitAreRefusedAtTheFirstRowTooMany() throws IOException {
    StringBuilder text = new StringBuilder("gender\n");
    for (int i = 0; i <= SelectionCsv.MAX_ROWS; i++) {
      text.append("male\n");
    }
    Path many = write("many.csv", text.toString());
    assertThatThrownBy(() -> SelectionCsv.read(write("categories.csv", "category,feature,min,max\ngender,male,0,1\n"),
        many, 1))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("many.csv:" + (SelectionCsv.MAX_ROWS + 2) + ": more than 1000000 rows");
  }
}
