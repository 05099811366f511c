package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The admin and insight pages sit in the AUI page layout of Jira's administration (page panel, page header,
 * vertical navigation group), form inputs are wide enough for their values, and the README's screenshots of the
 * panel, admin and insight pages are made here from the real pages.
 */
class PageLayoutBrowserTest extends PreviewBrowserTest {
    @Test
    void theAdminPageUsesJirasAdministrationLayoutAndItsTimesFitTheirInputs() throws IOException {
        browser.get(server.baseUri() + AdminPreviewPage.PATH + "?user=admin&lang=en");
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        assertJiraAdministrationLayout("Promise Keeper settings");
        assertThat(browser.findElement(By.cssSelector(".aui-page-header .aui-page-header-main h2")).getText())
                .isEqualTo("Promise Keeper");

        List<WebElement> times = browser.findElements(By.cssSelector("#pk-settings input[type=time]"));
        assertThat(times).hasSizeGreaterThan(2);
        for (WebElement time : times) {
            browser.executeScript("arguments[0].value = '09:00';", time);
            assertThat(fits(time)).as(time.getAttribute("id") + " " + time.getAttribute("data-path")
                    + " shows all of 09:00").isTrue();
        }
        for (WebElement select : browser.findElements(By.cssSelector("#pk-rule-form select, #pk-settings select"))) {
            if (select.isDisplayed()) {
                assertThat(fits(select)).as(select.getAttribute("id") + " shows its whole choice: " + browser.executeScript(
                        "var s = getComputedStyle(arguments[0]); return arguments[0].className + ' [' + arguments[0].selectedOptions[0].text + '] ' + arguments[0].clientWidth + ' ' + s.width + ' '"
                                + " + s.maxWidth + ' ' + s.font;", select)).isTrue();
            }
        }
        browser.navigate().refresh();
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        browser.manage().window().setSize(new Dimension(1280, 2400));
        save("admin.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theInsightPagesUseTheSameLayout() throws IOException {
        browser.get(server.baseUri() + InsightPreviewPage.PATH + "all?user=admin&lang=en");
        wait.until(d -> d.findElement(By.id("pk-insight")));
        assertJiraAdministrationLayout("Promise insight");

        browser.get(server.baseUri() + InsightPreviewPage.PATH + "project/HELP?user=lead&lang=en");
        wait.until(d -> d.findElement(By.id("pk-insight")));
        assertThat(browser.findElements(By.cssSelector(".aui-page-panel .aui-page-panel-content #pk-insight"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#pk-insight .aui-page-header h2")).getText())
                .isEqualTo(browser.getTitle());
        browser.manage().window().setSize(new Dimension(1280, 1800));
        save("insight.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void thePanelScreenshotShowsTheFirstPromptInATicket() throws IOException {
        browser.get(server.baseUri() + "/browse/HELP-1?user=agent&lang=en");
        WebElement panel = wait.until(d -> d.findElement(By.id("promise-keeper-panel")));
        assertThat(panel.getText()).contains("Promise at risk");
        browser.manage().window().setSize(new Dimension(1280, 1400));
        save("panel.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private void assertJiraAdministrationLayout(String selectedLink) {
        assertThat(browser.findElements(By.cssSelector(
                "body.aui-layout #page #content .aui-page-panel .aui-page-panel-inner"))).hasSize(1);
        WebElement nav = browser.findElement(By.cssSelector(".aui-page-panel-nav .aui-navgroup.aui-navgroup-vertical"));
        assertThat(nav.findElement(By.cssSelector(".aui-nav-heading")).getText()).isEqualToIgnoringCase("Promise Keeper");
        assertThat(nav.findElement(By.cssSelector(".aui-nav-selected a")).getText()).isEqualTo(selectedLink);
        assertThat(browser.findElements(By.cssSelector(".aui-page-panel-content .aui-page-header"))).hasSize(1);
        // Beside each other, as in Jira: the navigation left of the content.
        WebElement content = browser.findElement(By.cssSelector(".aui-page-panel-content"));
        assertThat(nav.getRect().getX() + nav.getRect().getWidth()).isLessThanOrEqualTo(content.getRect().getX() + 1);
    }

    /**
     * Whether the field is wider than what it shows in its own font plus room for the browser's button: a time as
     * the widest 12-hour clock writes it, a select its chosen option.
     */
    private static boolean fits(WebElement field) {
        Object fits = browser.executeScript("var el = arguments[0]; var style = getComputedStyle(el);"
                + "var c = document.createElement('canvas').getContext('2d'); c.font = style.font;"
                + "var shown = el.tagName === 'SELECT' ? (el.selectedOptions[0] || {text: ''}).text : '00:00 AM';"
                + "var inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);"
                // A select keeps its arrow in its padding; a time input's clock button sits inside the content.
                + "return inner >= c.measureText(shown).width + (el.tagName === 'SELECT' ? 2 : 24);", field);
        return Boolean.TRUE.equals(fits);
    }

    private static void save(String name) throws IOException {
        Path saved = chromium.documentation(name);
        assertThat(Files.size(saved)).isGreaterThan(10_000);
    }
}
