package dev.readout.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final ArticleFiles.Defaults NO_DEFAULTS = new ArticleFiles.Defaults(null, null, NOW);

  @TempDir Path dir;

  @Test
  void metadataBesideTheTextGivesIdSourceUrlAndPublicationTime() throws IOException {
    Path text = Files.writeString(dir.resolve("a1.txt"), "Text.");
    Files.writeString(dir.resolve("a1.json"), """
        {"id": "article-1", "source": "Wire", "url": "https://example.org/1", "published_at": "2025-02-15T23:00:00Z"}
        """);

    LoadedArticle article = ArticleFiles.read(text, new ArticleFiles.Defaults(Instant.EPOCH, "Default", NOW));

    assertThat(article.input().id()).isEqualTo("article-1");
    assertThat(article.input().source()).isEqualTo("Wire");
    assertThat(article.input().url()).isEqualTo("https://example.org/1");
    assertThat(article.input().publishedAt()).isEqualTo(Instant.parse("2025-02-15T23:00:00Z"));
    assertThat(article.publishedAtAssumed()).isFalse();
  }

  @Test
  void withoutMetadataTheDefaultsApplyAndNowIsFlaggedAsAnAssumption() throws IOException {
    Path text = Files.writeString(dir.resolve("solo.txt"), "Text.");

    LoadedArticle article = ArticleFiles.read(text, NO_DEFAULTS);

    assertThat(article.input().id()).isEqualTo("solo");
    assertThat(article.input().publishedAt()).isEqualTo(NOW);
    assertThat(article.publishedAtAssumed()).isTrue();
  }

  @Test
  void aDirectoryExpandsToItsTextFilesInNameOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("a.txt"), "A");
    Files.writeString(dir.resolve("a.json"), "{}");

    assertThat(ArticleFiles.expand(List.of(dir))).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.txt");
  }

  @Test
  void anEmptyDirectoryOrAMissingPathIsAClearError() {
    assertThatThrownBy(() -> ArticleFiles.expand(List.of(dir))).hasMessageContaining("holds no <id>.txt");
    assertThatThrownBy(() -> ArticleFiles.expand(List.of(dir.resolve("gone")))).hasMessageContaining("no such file");
  }

  @Test
  void textThatIsNotUtf8OrTooLargeIsRefused() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path huge = Files.write(dir.resolve("huge.txt"), new byte[ArticleFiles.MAX_TEXT_BYTES + 1]);

    assertThatThrownBy(() -> ArticleFiles.read(latin1, NO_DEFAULTS)).hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> ArticleFiles.read(huge, NO_DEFAULTS)).hasMessageContaining("larger than");
  }

  @Test
  void standardInputGetsAnIdFromItsContent() {
    byte[] text = "Rubio met Lavrov.".getBytes(StandardCharsets.UTF_8);

    String first = ArticleFiles.read(new ByteArrayInputStream(text), NO_DEFAULTS).input().id();
    String again = ArticleFiles.read(new ByteArrayInputStream(text), NO_DEFAULTS).input().id();
    String other = ArticleFiles.read(new ByteArrayInputStream("Other.".getBytes(StandardCharsets.UTF_8)), NO_DEFAULTS).input().id();

    assertThat(first).startsWith("stdin-").isEqualTo(again).isNotEqualTo(other);
  }
}
