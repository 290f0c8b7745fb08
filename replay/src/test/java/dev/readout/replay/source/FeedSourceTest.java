package dev.readout.replay.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.replay.RawArticle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {

  @TempDir Path dir;

  @Test
  void rssItemsBecomeArticlesWithPlainTextFromTheirHtml() throws Exception {
    Path file = resource("feeds/wire.rss");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.articles).hasSize(2);
    RawArticle montevideo = got.articles.get(0);
    assertThat(montevideo.id()).isEqualTo("meridian-0220-montevideo");
    assertThat(montevideo.url()).isEqualTo("https://meridian.example/2026/02/20/montevideo");
    assertThat(montevideo.source()).isEqualTo("Meridian Wire");
    assertThat(montevideo.title()).isEqualTo("Foreign ministers meet in Montevideo");
    assertThat(montevideo.publishedAt()).isEqualTo(Instant.parse("2026-02-20T18:30:00Z"));
    assertThat(montevideo.text()).isEqualTo(
        "The foreign ministers of Brazil and Argentina met in Montevideo on Friday.\n"
            + "\u201CWe agreed on a road map,\u201D the Brazilian minister said.");
  }

  @Test
  void fullContentIsPreferredToTheDescriptionAndTheLinkStandsInForAMissingGuid() throws Exception {
    Collected got = Collected.from(Sources.open(resource("feeds/wire.rss").toString()));

    RawArticle call = got.articles.get(1);
    assertThat(call.id()).isEqualTo("https://meridian.example/2026/02/18/call");
    assertThat(call.publishedAt()).isEqualTo(Instant.parse("2026-02-18T06:00:00Z"));
    assertThat(call.text()).isEqualTo("The two presidents spoke by phone on Tuesday.\nA readout followed.");
  }

  @Test
  void anItemWithoutDateIsReportedByPositionAndTitle() throws Exception {
    Path file = resource("feeds/wire.rss");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.problemLines()).containsExactly(
        file + ": entry 3 (\"Undated item\"): no publication date (pubDate, published or updated)");
  }

  @Test
  void atomEntriesUseContentOrSummaryAndFallBackToTheUpdatedTime() throws Exception {
    Path file = resource("feeds/ministry.atom");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.ids()).containsExactly(
        "tag:ministry.example,2026:release-41", "tag:ministry.example,2026:release-42");
    assertThat(got.articles.get(0).text()).isEqualTo(
        "The Ministry welcomes the talks.\nIt calls on all parties to engage.");
    assertThat(got.articles.get(0).publishedAt()).isEqualTo(Instant.parse("2026-02-12T07:00:00Z"));
    assertThat(got.articles.get(0).source()).isEqualTo("Ministry press releases");
    assertThat(got.articles.get(1).publishedAt()).isEqualTo(Instant.parse("2026-02-13T16:45:00Z"));
    assertThat(got.articles.get(1).text()).isEqualTo("The minister held a video call with her counterpart.");
    assertThat(got.problemLines()).containsExactly(
        file + ": entry 3 (\"Empty entry\"): no text (content or description)");
  }

  @Test
  void brokenXmlIsReportedWithItsLine() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.rss"),
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>x</title>\n<item><title>a</item>\n</channel></rss>\n");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.articles).isEmpty();
    assertThat(got.problems).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(file + ":5");
      assertThat(p.reason()).startsWith("not a readable RSS or Atom feed");
    });
  }

  @Test
  void doctypesAreRefusedSoNoExternalEntityIsEverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read");
    Path file = Files.writeString(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
        + "<pubDate>Fri, 20 Feb 2026 18:30:00 GMT</pubDate><description>&x;</description></item></channel></rss>");

    Collected got = Collected.from(Sources.open(file.toString()));

    assertThat(got.articles).isEmpty();
    assertThat(got.problems).hasSize(1);
  }

  @Test
  void aFileOfNoKnownFormatIsRefusedWithWhatIsAccepted() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.md"), "# Notes\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sources.open(file.toString()))
        .hasMessageContaining("neither JSON Lines")
        .hasMessageContaining("RSS/Atom");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FeedSourceTest.class.getClassLoader().getResource(name).toURI());
  }
}
