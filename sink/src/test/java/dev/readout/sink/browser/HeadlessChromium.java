package dev.readout.sink.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile. Tests are skipped
 * (not failed) where neither is installed: {@code apt-get install -y chromium chromium-driver}.
 */
final class HeadlessChromium {

  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private HeadlessChromium() {}

  static ChromeDriver start() throws IOException {
    Optional<Path> browser = find("CHROME_BIN", BROWSERS);
    Optional<Path> driver = find("CHROMEDRIVER", DRIVERS);
    Assumptions.assumeTrue(browser.isPresent() && driver.isPresent(),
        "no chromium and chromedriver installed (apt-get install -y chromium chromium-driver); browser tests skipped");

    Path profile = Files.createTempDirectory("readout-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.get().toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  private static Optional<Path> find(String env, List<String> candidates) {
    String configured = System.getenv(env);
    if (configured != null && Files.isExecutable(Path.of(configured))) return Optional.of(Path.of(configured));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }
}
