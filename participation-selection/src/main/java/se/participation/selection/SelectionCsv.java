// Copyright 2026 The Participation SDK authors
// SPDX-License-Identifier: Apache-2.0
package se.participation.selection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.participation.api.text.LocalizedText;
import se.participation.json.InputException;
import se.participation.selection.internal.SelectionTexts;

/**
 * Reads the common CSV format of stratified selection: {@code categories.csv} with a header
 * {@code category,feature,min,max} (one row per feature; {@code name} is accepted for {@code
 * feature}, other columns such as {@code min_flex} are ignored) and {@code respondents.csv} with
 * a header naming every category, one row per volunteer and optionally an {@code id} column (else
 * a volunteer is known by its line, {@code line 7}). Other columns of the respondents' file
 * (names, addresses) are not read at all, so they never enter the selection. UTF-8, comma or
 * semicolon separated, a header row first; names are matched without regard to case or
 * surrounding spaces.
 */
public final class SelectionCsv {
  /** The most rows a file may have. */
  public static final int MAX_ROWS = 1_000_000;
  /** The largest file, in bytes (64 MiB: a million respondents of 60 bytes each). */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private SelectionCsv() {}

  /**
   * Reads a problem.
   *
   * @param categories the quotas' file
   * @param respondents the pool's file
   * @param panelSize the number of seats
   * @throws NullPointerException when an argument is null
   * @throws InputException naming the file, line, column and field when a file cannot be read,
   *     a column is missing, a number is not a number, a respondent's feature has no quota, an id
   *     is repeated, or the panel is larger than the pool
   */
  public static SelectionProblem read(Path categories, Path respondents, int panelSize) {
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(respondents, "respondents");
    List<Quota> quotas = readQuotas(categories);
    Map<String, Map<String, String>> features = new LinkedHashMap<>();
    for (Quota quota : quotas) {
      features.computeIfAbsent(quota.category().toLowerCase(Locale.ROOT), c -> new LinkedHashMap<>())
          .put(quota.feature().toLowerCase(Locale.ROOT), quota.feature());
    }
    Map<String, String> categoryNames = new LinkedHashMap<>();
    for (Quota quota : quotas) {
      categoryNames.putIfAbsent(quota.category().toLowerCase(Locale.ROOT), quota.category());
    }
    List<Volunteer> volunteers = readVolunteers(respondents, categoryNames, features);
    if (panelSize > volunteers.size() || panelSize < 1) {
      throw new InputException(InputException.Kind.INVALID_VALUE, respondents.toString(), 0, 0, "",
          SelectionTexts.text("csv.panelTooLarge", panelSize, volunteers.size()));
    }
    return SelectionProblem.of(quotas, volunteers, panelSize);
  }

  private static List<Quota> readQuotas(Path file) {
    List<Quota> quotas = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows(file)) {
      String category = row.required("category");
      String feature = row.has("feature") ? row.required("feature") : row.required("name");
      int min = row.number("min");
      int max = row.number("max");
      if (min > max) {
        throw row.error("max", InputException.Kind.INVALID_VALUE, SelectionTexts.text("csv.minAboveMax", min, max));
      }
      String key = category.toLowerCase(Locale.ROOT) + "\u0000" + feature.toLowerCase(Locale.ROOT);
      Integer earlier = seen.putIfAbsent(key, row.line);
      if (earlier != null) {
        throw row.error("feature", InputException.Kind.INVALID_VALUE,
            SelectionTexts.text("csv.duplicateQuota", category, feature, earlier));
      }
      quotas.add(new Quota(category, feature, min, max));
    }
    if (quotas.isEmpty()) {
      throw new InputException(InputException.Kind.MISSING_FIELD, file.toString(), 0, 0, "",
          SelectionTexts.text("csv.noQuotas"));
    }
    return quotas;
  }

  private static List<Volunteer> readVolunteers(Path file, Map<String, String> categoryNames,
      Map<String, Map<String, String>> features) {
    List<Volunteer> volunteers = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Row row : rows(file)) {
      String id = row.has("id") ? row.required("id") : "line " + row.line;
      Integer earlier = ids.putIfAbsent(id, row.line);
      if (earlier != null) {
        throw row.error("id", InputException.Kind.INVALID_VALUE, SelectionTexts.text("csv.duplicateId", id, earlier));
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, String> category : categoryNames.entrySet()) {
        String value = row.required(category.getKey());
        Map<String, String> known = Objects.requireNonNull(features.get(category.getKey()));
        String feature = known.get(value.toLowerCase(Locale.ROOT));
        if (feature == null) {
          throw row.error(category.getKey(), InputException.Kind.UNKNOWN_CONSTANT,
              SelectionTexts.text("csv.unknownFeature", value, category.getValue(), String.join(", ", known.values())));
        }
        values.put(category.getValue(), feature);
      }
      volunteers.add(new Volunteer(id, values));
    }
    if (volunteers.isEmpty()) {
      throw new InputException(InputException.Kind.MISSING_FIELD, file.toString(), 0, 0, "",
          SelectionTexts.text("csv.noRespondents"));
    }
    return volunteers;
  }

  /** One data row: values by lower-cased header name, with where each value starts. */
  private static final class Row {
    final String file;
    final int line;
    final Map<String, String> values;
    final Map<String, int[]> at;
    final List<String> header;

    Row(String file, int line, Map<String, String> values, Map<String, int[]> at, List<String> header) {
      this.file = file;
      this.line = line;
      this.values = values;
      this.at = at;
      this.header = header;
    }

    boolean has(String column) {
      return header.contains(column);
    }

    String required(String column) {
      if (!header.contains(column)) {
        throw new InputException(InputException.Kind.MISSING_FIELD, file, 1, 0, column,
            SelectionTexts.text("csv.missingColumn", column, String.join(", ", header)));
      }
      String value = values.getOrDefault(column, "").strip();
      if (value.isEmpty()) {
        throw error(column, InputException.Kind.MISSING_FIELD, SelectionTexts.text("csv.empty"));
      }
      return value;
    }

    int number(String column) {
      String value = required(column);
      try {
        int number = Integer.parseInt(value);
        if (number >= 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(column, InputException.Kind.INVALID_VALUE, SelectionTexts.text("csv.notNumber", value));
    }

    InputException error(String column, InputException.Kind kind, LocalizedText problem) {
      int[] where = at.getOrDefault(column, new int[] {line, 0});
      return new InputException(kind, file, where[0], where[1], column, problem);
    }
  }

  private static List<Row> rows(Path file) {
    String name = file.toString();
    String text = readUtf8(file);
    char separator = separatorOf(text);
    CsvFactory factory = new CsvFactory();
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = (CsvParser) factory.createParser(text)) {
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      parser.enable(CsvParser.Feature.TRIM_SPACES);
      List<String> header = null;
      while (parser.nextToken() != null) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          JsonLocation location = parser.currentTokenLocation();
          cells.add(parser.getText());
          where.add(new int[] {location.getLineNr(), location.getColumnNr()});
        }
        // a row's line is its first cell's (the array's own token can sit at the line before)
        int line = where.isEmpty() ? parser.currentTokenLocation().getLineNr() : where.get(0)[0];
        if (header == null) {
          header = new ArrayList<>();
          for (String cell : cells) {
            header.add(cell.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
          }
          continue;
        }
        if (rows.size() >= MAX_ROWS) {
          throw new InputException(InputException.Kind.INVALID_VALUE, name, line, 0, "",
              SelectionTexts.text("csv.tooManyRows", MAX_ROWS));
        }
        Map<String, String> values = new HashMap<>();
        Map<String, int[]> at = new HashMap<>();
        for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
          values.putIfAbsent(header.get(i), cells.get(i));
          at.putIfAbsent(header.get(i), where.get(i));
        }
        rows.add(new Row(name, line, values, at, header));
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw new InputException(InputException.Kind.SYNTAX, name, location == null ? 0 : location.getLineNr(),
          location == null ? 0 : location.getColumnNr(), "", SelectionTexts.text("csv.syntax", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, name, 0, 0, "",
          SelectionTexts.text("csv.syntax", e.getClass().getSimpleName()));
    }
    return rows;
  }

  private static String readUtf8(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InputException(InputException.Kind.INVALID_VALUE, file.toString(), 0, 0, "",
            SelectionTexts.text("csv.tooLarge", MAX_BYTES));
      }
      try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
          .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
        StringBuilder out = new StringBuilder((int) size);
        char[] buffer = new char[8192];
        for (int read; (read = reader.read(buffer)) >= 0; ) {
          out.append(buffer, 0, read);
        }
        return out.toString();
      }
    } catch (NoSuchFileException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file.toString(), 0, 0, "",
          SelectionTexts.text("csv.noFile"));
    } catch (CharacterCodingException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file.toString(), 0, 0, "",
          SelectionTexts.text("csv.notUtf8"));
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, file.toString(), 0, 0, "",
          SelectionTexts.text("csv.syntax", e.getClass().getSimpleName()));
    }
  }

  /** Semicolon when the header has more semicolons than commas (Swedish spreadsheets), else comma. */
  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }
}
