package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test of the preview shares: one headless Chromium per class, and a fresh preview server per
 * test at a fixed moment in Amsterdam.
 */
abstract class PreviewBrowserTest {
    /** Monday 2 March 2026, 10:00 in Amsterdam: inside working hours, so "due in" is predictable. */
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static HeadlessChromium chromium;
    static ChromeDriver browser;
    PreviewServer server;
    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startServer() {
        server = PreviewServer.start(new PreviewOptions(0, PreviewOptions.DEFAULT_NODE_MODULES,
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam")));
        if (HeadlessChromium.CI) {
            assertThat(server.withAui()).as("AUI installed by scripts/setup.sh (npm ci in src/preview)").isTrue();
        }
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // Pages swap parts for freshly rendered ones, so elements found a moment ago go stale.
        wait.ignoring(StaleElementReferenceException.class);
        // A fresh server is a fresh origin (new port), so no cookie of an earlier test chooses the user.
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
