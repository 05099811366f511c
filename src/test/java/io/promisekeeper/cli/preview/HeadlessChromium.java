package io.promisekeeper.cli.preview;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver for the browser tests, with a throw-away profile. Without them a
 * test fails on CI (where scripts/setup.sh installs them) and is skipped elsewhere.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("pk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("pk.chromedriver", "/usr/bin/chromedriver"));
    static final boolean CI = "true".equals(System.getenv("CI"));

    private final ChromeDriverService service;
    private final ChromeDriver browser;
    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver browser, Path profile) {
        this.service = service;
        this.browser = browser;
        this.profile = profile;
    }

    /** Starts a browser, or fails (CI) or skips (elsewhere) when Chromium is not installed. */
    static HeadlessChromium start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "headless Chromium needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver; scripts/setup.sh installs them)";
            if (CI) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        Path profile = Files.createTempDirectory("pk-chromium-");
        // Both paths are given, so Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(service, browser, profile);
    }

    ChromeDriver browser() {
        return browser;
    }

    /**
     * Saves what the browser shows now as {@code name} in {@code docs/screenshots/} of the project, where the README
     * shows it: the screenshots are made from the real pages by the tests, never by hand.
     */
    Path documentation(String name) throws IOException {
        Path target = Path.of("docs", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Saves what the browser shows now as {@code name} in the temp directory and returns where. */
    Path screenshot(String name) throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("screenshot " + target);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
