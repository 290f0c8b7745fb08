package dev.readout.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's sample feed (samples/feed) has exactly one rewrite: feed-ap-03 of feed-ap-02. */
class SampleFeedDuplicatesTest {

  @Test
  void onlyTheRewriteInTheSampleFeedIsMarked() throws IOException {
    Path feed = Path.of("..", "samples", "feed");
    assertThat(feed).as("the sample feed, relative to the ingest module").isDirectory();
    NearDuplicateIndex index = new NearDuplicateIndex(MinHasher.defaults(), NearDuplicateIndex.DEFAULT_BANDS,
        NearDuplicateIndex.DEFAULT_THRESHOLD, new InMemoryStorage());

    Map<String, String> marked = new TreeMap<>();
    try (Stream<Path> files = Files.list(feed)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = txt.getFileName().toString().replace(".txt", "");
        index.findOrAdd(id, Files.readString(txt)).ifPresent(m -> marked.put(id, m.originalId()));
      }
    }

    assertThat(marked).isEqualTo(Map.of("feed-ap-03", "feed-ap-02"));
  }
}
