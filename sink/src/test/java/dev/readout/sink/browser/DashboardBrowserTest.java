package dev.readout.sink.browser;

import static dev.readout.sink.support.TestEvents.LAVROV;
import static dev.readout.sink.support.TestEvents.PUTIN;
import static dev.readout.sink.support.TestEvents.RUBIO;
import static dev.readout.sink.support.TestEvents.TRUMP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.schemas.avro.Actor;
import dev.readout.schemas.avro.ActorKind;
import dev.readout.schemas.avro.EventType;
import dev.readout.sink.service.SinkService;
import dev.readout.sink.support.SinkHarness;
import dev.readout.sink.support.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in headless Chromium against a sink on a real broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class DashboardBrowserTest {

  private static final Duration SOON = Duration.ofSeconds(15);
  private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

  private ChromeDriver browser;
  private SinkHarness harness;
  private SinkService sink;

  @BeforeAll
  void start() throws Exception {
    browser = HeadlessChromium.start(); // skips the class when there is no chromium
    harness = new SinkHarness(SinkHarness.Registry.LOCAL);
    sink = harness.startSink();
    harness.awaitReady(sink);
  }

  @AfterAll
  void stop() {
    if (browser != null) browser.quit();
    if (harness != null) harness.close();
  }

  @BeforeEach
  void openDashboard() {
    browser.get(sink.url() + "/");
    waitUntil("the live stream is not connected", () ->
        "live".equals(browser.findElement(By.id("live-status")).getAttribute("data-state")));
  }

  private void waitUntil(String whatIsNotOk, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, SOON).withMessage(whatIsNotOk).until(d -> condition.getAsBoolean());
  }

  private List<WebElement> cards() {
    return browser.findElements(By.cssSelector("#feed li.event"));
  }

  private WebElement card(String id) {
    waitUntil("event " + id + " is not in the feed",
        () -> !browser.findElements(By.cssSelector("#feed li.event[data-id='" + id + "']")).isEmpty());
    return browser.findElement(By.cssSelector("#feed li.event[data-id='" + id + "']"));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void pageLoadsWithItsPanels() {
    assertThat(browser.getTitle()).contains("Readout");
    assertThat(browser.findElement(By.id("timeline")).findElements(By.tagName("svg"))).as("timeline drawn").hasSize(1);
    assertThat(browser.findElement(By.id("network")).findElements(By.tagName("svg"))).as("network drawn").hasSize(1);
  }

  @Test
  void publishedEventAppearsInTheFeedWithoutReload() {
    js("window.__sameDocument = true;");
    String id = unique("live");

    long published = System.nanoTime();
    harness.publish(TestEvents.event(id, EventType.CALL, Instant.now(), TRUMP, PUTIN).build());

    WebElement card = card(id);
    Duration latency = Duration.ofNanos(System.nanoTime() - published);
    // The target is well under a second; the bound leaves room for a loaded CI machine.
    assertThat(latency).as("time from the topic to the feed").isLessThan(Duration.ofSeconds(3));
    assertThat(card.getText()).contains("Donald Trump").contains("(USA)").contains("Vladimir Putin").contains("(RUS)");
    assertThat(js("return window.__sameDocument === true;")).as("the page was not reloaded").isEqualTo(true);
    screenshot("dashboard-live.png");
  }

  @Test
  void filtersNarrowTheFeed() {
    String token = unique("zz");
    String meeting = unique("filter-meeting");
    String call = unique("filter-call");
    harness.publish(TestEvents.event(meeting, EventType.MEETING, T0, RUBIO, LAVROV)
        .setLocation(new dev.readout.schemas.avro.Place(token, "SAU")).build());
    harness.publish(TestEvents.event(call, EventType.CALL, T0, TRUMP, PUTIN).setMode(token).build());
    card(meeting);
    card(call);

    browser.findElement(By.id("filter-q")).sendKeys(token);
    waitUntil("the text filter does not narrow the feed to the two events", () -> cards().size() == 2);
    new Select(browser.findElement(By.id("filter-type"))).selectByValue("CALL");

    waitUntil("the type filter does not narrow the feed to the call", () -> cards().size() == 1);
    assertThat(cards().get(0).getAttribute("data-id")).isEqualTo(call);
    assertThat(browser.findElement(By.id("count")).getText()).startsWith("1 of ");
  }

  @Test
  void hostileTextIsShownAsTextAndRunsNothing() {
    String id = unique("xss");
    String script = "<script>window.__pwned = 'script'</script>";
    String img = "<img src=x onerror=\"window.__pwned = 'img'\">";
    Actor hostile = Actor.newBuilder().setId("person:" + id).setName(img).setKind(ActorKind.PERSON).setCountry("USA").build();
    String alerting = "<img src=x onerror=alert(1)>";
    harness.publish(TestEvents.statement(id, Instant.now(), hostile, script).setParticipants(List.of(hostile))
        .setLocation(new dev.readout.schemas.avro.Place(alerting, "USA")).build());
    harness.publish(TestEvents.mention(id, T0).setSentence(script + " said " + img).setUrl("javascript:window.__pwned='link'").build());

    WebElement card = card(id);
    assertThat(card.getText()).contains(script).contains(img).contains(alerting);
    assertThat(card.findElements(By.tagName("img"))).as("no img element from data").isEmpty();
    assertThat(card.findElements(By.tagName("script"))).as("no script element from data").isEmpty();

    card.click();
    waitUntil("the evidence panel does not show the mention",
        () -> !browser.findElements(By.cssSelector("#evidence-body .mention")).isEmpty());
    WebElement evidence = browser.findElement(By.id("evidence-body"));
    assertThat(evidence.getText()).contains(script + " said " + img);
    assertThat(evidence.findElements(By.tagName("a"))).as("no link to a javascript: URL").isEmpty();
    assertThat(evidence.findElements(By.tagName("img"))).isEmpty();

    assertThat(js("return typeof window.__pwned;")).as("no injected code ran").isEqualTo("undefined");
    assertThat(alertShown()).as("no alert").isFalse();
  }

  @Test
  void clickingAnEventShowsItsEvidenceWithALinkToTheArticle() {
    String id = unique("evidence");
    harness.publish(TestEvents.mention(id, T0).build());
    harness.publish(TestEvents.event(id, EventType.MEETING, Instant.now(), RUBIO, LAVROV).build());

    card(id).click();

    waitUntil("the evidence panel does not show the mention",
        () -> !browser.findElements(By.cssSelector("#evidence-body .mention")).isEmpty());
    WebElement mention = browser.findElement(By.cssSelector("#evidence-body .mention"));
    assertThat(mention.getText()).contains("Rubio met Lavrov in Riyadh on Tuesday.").contains("Example News");
    assertThat(mention.findElement(By.tagName("mark")).getText()).isEqualTo("met");
    WebElement link = mention.findElement(By.tagName("a"));
    assertThat(link.getAttribute("href")).isEqualTo("https://news.example/" + id);
    assertThat(link.getAttribute("rel")).contains("noopener");
    screenshot("dashboard-evidence.png");
  }

  /** Saves what the browser shows when {@code readout.screenshots} names a directory. */
  private void screenshot(String name) {
    String dir = System.getProperty("readout.screenshots");
    if (dir == null) return;
    try {
      java.nio.file.Path target = java.nio.file.Path.of(dir).resolve(name);
      java.nio.file.Files.createDirectories(target.getParent());
      java.nio.file.Files.write(target, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private boolean alertShown() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
