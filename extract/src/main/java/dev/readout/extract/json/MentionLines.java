package dev.readout.extract.json;

import dev.readout.schemas.avro.EventMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads mentions written one JSON object per line (what {@code readout extract} prints). */
public final class MentionLines {

  private MentionLines() {}

  /** The mentions of a file; blank lines are skipped, a bad line fails naming file and line. */
  public static List<EventMention> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    List<EventMention> mentions = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          mentions.add(RecordJson.mention(line));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return mentions;
  }
}
