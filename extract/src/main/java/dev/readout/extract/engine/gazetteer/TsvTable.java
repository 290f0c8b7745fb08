package dev.readout.extract.engine.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gazetteer file: UTF-8 TSV, {@code #} comments, the first other line a header, list cells
 * separated by {@code |}.
 */
final class TsvTable {

  private final String source;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<Integer> lineNumbers = new ArrayList<>();

  private TsvTable(String source) {
    this.source = source;
  }

  static TsvTable read(String source, BufferedReader reader) throws IOException {
    TsvTable t = new TsvTable(source);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (t.columns.isEmpty()) {
        for (int i = 0; i < cells.length; i++) {
          t.columns.put(cells[i].strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        continue;
      }
      t.rows.add(cells);
      t.lineNumbers.add(number);
    }
    return t;
  }

  boolean hasColumns(String... names) {
    for (String n : names) {
      if (!columns.containsKey(n)) {
        return false;
      }
    }
    return true;
  }

  String header() {
    return String.join(", ", columns.keySet());
  }

  int size() {
    return rows.size();
  }

  /** The cell, stripped; empty when the row is short. Fails clearly when a required cell is empty. */
  String cell(int row, String column, boolean required) {
    Integer c = columns.get(column);
    String[] cells = rows.get(row);
    String v = c == null || c >= cells.length ? "" : cells[c].strip();
    if (required && v.isEmpty()) {
      throw new IllegalArgumentException(
          source + ":" + lineNumbers.get(row) + ": column '" + column + "' is empty");
    }
    return v;
  }

  List<String> list(int row, String column) {
    String v = cell(row, column, false);
    List<String> out = new ArrayList<>();
    if (v.isEmpty()) {
      return out;
    }
    for (String part : v.split("\\|")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  <E extends Enum<E>> E kind(int row, String column, Class<E> type) {
    String v = cell(row, column, true);
    try {
      return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ":" + lineNumbers.get(row) + ": unknown " + column + " '" + v
          + "', expected one of " + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
