package dev.taskorchestrator.cli.board;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages, driven through its own chromedriver, so that
 * nothing is downloaded when a test runs. CI installs both ({@code .ci/run}); on a machine
 * without them the browser tests are skipped, saying why, except under CI, where that is a failure.
 */
final class BoardBrowser {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private BoardBrowser() {
    }

    static ChromeDriver start(boolean javascript) {
        Optional<String> browser = first(BROWSERS);
        Optional<String> driver = first(DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = "the board's browser tests need Chromium and its chromedriver (Debian: apt-get install"
                    + " chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(missing + "; .ci/run installs them");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--hide-scrollbars", "--no-first-run", "--disable-extensions");
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<String> first(List<String> candidates) {
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }
}
