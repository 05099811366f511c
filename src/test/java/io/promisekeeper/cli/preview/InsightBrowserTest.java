package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.jira.insight.InsightPage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The insight pages in a real headless Chromium against the preview server's {@link InsightSampleDesk}: filters
 * change the figures (worked out in that class's table), the CSV export, and denials.
 */
class InsightBrowserTest extends PreviewBrowserTest {
    private static final String PROJECT_PAGE = InsightPreviewPage.PATH + "project/HELP";
    private static final String ALL_PAGE = InsightPreviewPage.PATH + "all";

    @Test
    void aLeadFiltersTheProjectPageByComponentAndPeriod() throws IOException {
        browser.get(server.baseUri() + PROJECT_PAGE + "?user=lead&lang=en");
        // Twelve weeks: HELP-1 1 kept; HELP-11 kept, broken; HELP-12 kept; HELP-13 broken, kept; HELP-14 broken.
        assertFigures("4", "3", "57%");
        assertThat(browser.findElements(By.cssSelector("svg.pk-chart")).size()).isGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.cssSelector("#pk-insight-notices tr#pk-notices-kept td")).getText())
                .as("HELP-12's promise had a notice a day early").isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#pk-gesture-total td")).getText()).isEqualTo("3");
        assertInert();
        chromium.screenshot("pk-preview-insight.png");

        new Select(browser.findElement(By.id("pk-filter-component"))).selectByValue("Network");
        apply();
        assertFigures("1", "1", "50%");
        assertThat(browser.getCurrentUrl()).contains("component=Network");

        new Select(browser.findElement(By.id("pk-filter-component"))).selectByValue("");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('pk-filter-from').value = '2026-02-24'");
        apply();
        // The last seven days: HELP-1 kept, HELP-12 kept, HELP-13 kept, HELP-14 broken.
        assertFigures("3", "1", "75%");

        new Select(browser.findElement(By.id("pk-filter-component"))).selectByValue(InsightSampleDesk.NIGHT_SHIFT);
        apply();
        assertFigures("0", "1", "0%");
        assertThat(new Select(browser.findElement(By.id("pk-filter-component"))).getFirstSelectedOption().getText())
                .isEqualTo(InsightSampleDesk.NIGHT_SHIFT);
        assertInert();
    }

    @Test
    void theCsvExportHoldsTheFilteredFigures() {
        browser.get(server.baseUri() + PROJECT_PAGE + "?user=lead&lang=en&from=2026-02-24");
        assertFigures("3", "1", "75%");
        String href = browser.findElement(By.id("pk-insight-csv")).getAttribute("href");
        assertThat(href).contains("/rest/promise-keeper/1.0/insight/figures.csv?project=HELP&from=2026-02-24&to=2026-03-02");
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('pk-insight-csv').href, {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) { done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),"
                        + " text: t}); }); });");
        assertThat(fetched.get("status")).isEqualTo(200L);
        assertThat((String) fetched.get("type")).startsWith("text/csv");
        assertThat((String) fetched.get("disposition")).startsWith("attachment;");
        String csv = (String) fetched.get("text");
        assertThat(csv).startsWith("section,grouping,group,measure,value\r\n")
                .contains("filter,,,from,2026-02-24\r\n")
                .contains("keptRate,all,all,kept,3\r\n")
                .contains("keptRate,all,all,broken,1\r\n")
                .contains("keptRate,AGENT,Casey Colleague,kept,1\r\n")
                .contains("keptRate,COMPONENT,<script>window.pkHacked=1</script>Night shift,broken,1\r\n")
                .contains("gestures,DISMISS_REASON,too expensive,dismissed,1\r\n");
    }

    @Test
    void anAdministratorSeesAllProjectsFiltersByProjectAndNamesTheLeadGroups() {
        browser.get(server.baseUri() + ALL_PAGE + "?user=admin&lang=en");
        // HELP as above plus OPS-1's two kept promises.
        assertFigures("6", "3", "67%");
        new Select(browser.findElement(By.id("pk-filter-project"))).selectByValue(InsightSampleDesk.OTHER_PROJECT);
        apply();
        assertFigures("2", "0", "100%");
        assertThat(browser.findElement(By.cssSelector("#pk-gesture-total td")).getText()).isEqualTo("1");

        var groups = browser.findElement(By.id("pk-lead-groups"));
        assertThat(groups.getAttribute("value")).isEqualTo(PreviewUsers.LEAD_GROUP);
        groups.clear();
        groups.sendKeys("night-leads");
        browser.findElement(By.id("pk-insight-settings-save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pk-insight-settings-message"), "Saved."));
        // The lead's group is no longer named: the project page is closed to them now.
        browser.get(server.baseUri() + PROJECT_PAGE + "?user=lead");
        assertThat(browser.findElement(By.id("pk-insight-denied")).getText()).endsWith("(403)");
    }

    @Test
    void usersOutsideTheAllowedGroupsGet403FromThePagesAndTheApi() throws Exception {
        browser.get(server.baseUri() + PROJECT_PAGE + "?user=agent");
        assertThat(browser.findElement(By.id("pk-insight-denied")).getText()).startsWith("Alex Agent: ").endsWith("(403)");
        assertThat(browser.findElements(By.id("pk-insight"))).isEmpty();
        assertThat(get(PROJECT_PAGE, "agent").statusCode()).isEqualTo(403);
        assertThat(get(PROJECT_PAGE, "colleague").statusCode()).isEqualTo(403);
        assertThat(get(ALL_PAGE, "lead").statusCode()).isEqualTo(403);
        assertThat(get(PROJECT_PAGE, "lead").statusCode()).isEqualTo(200);
        String rest = InsightPage.REST_PATH;
        assertThat(get(rest + "/figures?project=HELP", "agent").statusCode()).isEqualTo(403);
        assertThat(get(rest + "/figures.csv?project=HELP", "agent").statusCode()).isEqualTo(403);
        assertThat(get(rest + "/figures", "lead").statusCode()).isEqualTo(403);
        assertThat(get(rest + "/figures?project=HELP", "lead").statusCode()).isEqualTo(200);
        assertThat(get(rest + "/settings", "lead").statusCode()).isEqualTo(403);
    }

    private void apply() {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("pk-filter-apply")).click();
        wait.until(d -> !before.equals(d.getCurrentUrl()) || "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pk-insight")));
    }

    private void assertFigures(String kept, String broken, String rate) {
        wait.until(ExpectedConditions.textToBe(By.id("pk-insight-kept"), kept));
        assertThat(browser.findElement(By.id("pk-insight-broken")).getText()).isEqualTo(broken);
        assertThat(browser.findElement(By.id("pk-insight-rate")).getText()).isEqualTo(rate);
    }

    private void assertInert() {
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.pkHacked")).isEqualTo("undefined");
        assertThat(browser.findElement(By.id("pk-insight-by-component")).getText()).contains(InsightSampleDesk.NIGHT_SHIFT);
    }

    private HttpResponse<String> get(String path, String user) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                    .header("Cookie", CallerCookies.USER_COOKIE + "=" + user).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static {
        assert InsightPage.REST_PATH.equals(PreviewServer.REST_PATH + "/insight");
    }
}
