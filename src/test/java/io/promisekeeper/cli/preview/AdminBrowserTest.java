package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.jira.admin.AdminPage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The admin page in a real headless Chromium against the preview server, as the sample administrator. */
class AdminBrowserTest extends PreviewBrowserTest {
    private static final String PAGE = AdminPreviewPage.PATH;

    @Test
    void anAdministratorEditsAndSavesARuleWhichStaysAfterAReloadAndIsAudited() throws IOException {
        openAsAdmin();
        assertThat(browser.findElement(By.cssSelector("#pk-rule-list .pk-no-rules")).getText()).isEqualTo("No rules yet.");

        browser.findElement(By.id("pk-rule-new")).click();
        type(By.id("pk-rule-id"), "warn-early");
        type(By.id("pk-rule-name"), "Warn <b>early</b>");
        new Select(browser.findElement(By.id("pk-rule-trigger"))).selectByValue("promiseDueWithin");
        type(By.id("pk-rule-param"), "PT4H");
        type(By.id("pk-cond-project"), "HELP");
        browser.findElement(By.id("pk-rule-save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#pk-admin-message p"), "Saved."));

        openAsAdmin();
        assertThat(ruleNames()).containsExactly("Warn <b>early</b>");
        assertThat(browser.findElements(By.cssSelector("#pk-rule-list b"))).isEmpty();
        assertThat(browser.findElement(By.id("pk-rule-param")).getAttribute("value")).isEqualTo("PT4H");
        assertThat(browser.findElement(By.id("pk-cond-project")).getAttribute("value")).isEqualTo("HELP");
        assertThat(browser.findElement(By.id("pk-rules-version")).getText()).startsWith("Version 1");
        WebElement entry = browser.findElement(By.cssSelector("#pk-audit-list .pk-audit-entry"));
        assertThat(entry.findElement(By.cssSelector(".pk-audit-summary")).getText())
                .startsWith("Ada Admin changed rules at 2026-03-02T09:00:00Z");

        // The dry run replays the form's rule over the sample desk's promises.
        browser.findElement(By.id("pk-dry-run")).click();
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pk-dry-run-result .pk-dry-run-summary")));
        assertThat(summary.getText()).startsWith("In the last 7 days these rules would have fired on");
        chromium.screenshot("pk-preview-admin.png");
        // The whole page, top to bottom, for people reviewing it.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 3600));
        browser.executeScript("window.scrollTo(0, 0)");
        chromium.screenshot("pk-preview-admin-full.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void anExampleRuleIsEnabledWithOneClickAndStaysInApprovalMode() throws IOException {
        openAsAdmin();
        List<WebElement> examples = browser.findElements(By.cssSelector("#pk-example-list .pk-example"));
        assertThat(examples).extracting(e -> e.findElement(By.cssSelector(".pk-example-name")).getText())
                .containsExactly("Promise at risk: draft a delay notice", "Promise broken: suggest a personal call",
                        "Customer waiting long for a reply: draft a check-in");
        assertThat(browser.findElements(By.cssSelector("#pk-rule-list .pk-rule-row"))).as("shipped switched off").isEmpty();

        examples.get(1).findElement(By.cssSelector(".pk-example-enable")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#pk-admin-message p"),
                "Example rule enabled: Promise broken: suggest a personal call. It is in approval mode: agents confirm"
                        + " every notice."));

        openAsAdmin();
        assertThat(ruleNames()).containsExactly("Promise broken: suggest a personal call");
        WebElement row = browser.findElement(By.cssSelector("#pk-rule-list .pk-rule-row"));
        assertThat(row.findElement(By.cssSelector(".pk-rule-enabled")).getText()).isEqualTo("On");
        assertThat(row.findElement(By.cssSelector(".pk-rule-mode")).getText()).startsWith("Approval");
        assertThat(browser.findElement(By.cssSelector("[data-example=example-broken-personal-call] .pk-example-on"))
                .getText()).isEqualToIgnoringCase("Enabled");
        assertThat(browser.findElements(By.cssSelector("#pk-example-list .pk-example-enable"))).hasSize(2);
        String stored = rest("/rules", "admin").body();
        assertThat(stored).contains("\"id\":\"example-broken-personal-call\"").contains("\"enabled\":true")
                .contains("\"mode\":\"approval\"").contains("\"gesture\":\"personal-call\"");
    }

    @Test
    void inDutchTheExamplesAreDutchAndTheEnabledRuleGetsItsDutchName() {
        browser.get(server.baseUri() + PAGE + "?user=admin&lang=nl");
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.cssSelector("#pk-examples h4")).getText()).isEqualTo("Voorbeeldregels");
        WebElement first = browser.findElement(By.cssSelector("[data-example=example-at-risk-delay-notice]"));
        assertThat(first.findElement(By.cssSelector(".pk-example-name")).getText())
                .isEqualTo("Belofte in gevaar: vertragingsbericht klaarzetten");
        first.findElement(By.cssSelector(".pk-example-enable")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pk-admin-message p"),
                "Voorbeeldregel ingeschakeld"));
        assertThat(ruleNames()).containsExactly("Belofte in gevaar: vertragingsbericht klaarzetten");
    }

    @Test
    void theAdminPageSpeaksDutchIncludingTheScriptsTexts() {
        browser.get(server.baseUri() + PAGE + "?user=admin&lang=nl");
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.cssSelector("#pk-rules h3")).getText()).isEqualTo("Regels");
        assertThat(browser.findElement(By.cssSelector("#pk-rule-list .pk-no-rules")).getText())
                .isEqualTo("Nog geen regels.");
        assertThat(browser.findElement(By.id("pk-settings-version")).getText())
                .isEqualTo("Ingebouwde standaardwaarden, nog niet opgeslagen");
        assertThat(browser.findElement(By.id("pk-interval")).getAttribute("value")).isEqualTo("5");
    }

    @Test
    void savingSettingsWithABadIntervalNamesTheFieldThenAGoodOneIsSaved() {
        openAsAdmin();
        type(By.id("pk-interval"), "0");
        browser.findElement(By.id("pk-settings-save")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pk-field-error[data-field='jobIntervalMinutes']")));
        assertThat(error.getText()).isEqualTo("jobIntervalMinutes: must be between 1 and 1440");
        assertThat(browser.findElement(By.id("pk-settings-version")).getText())
                .isEqualTo("Built-in defaults, not saved yet");

        type(By.id("pk-interval"), "15");
        browser.findElement(By.id("pk-settings-save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#pk-admin-message p"), "Saved."));
        openAsAdmin();
        assertThat(browser.findElement(By.id("pk-interval")).getAttribute("value")).isEqualTo("15");
        assertThat(browser.findElement(By.cssSelector("#pk-audit-list .pk-audit-summary")).getText())
                .startsWith("Ada Admin changed settings");
    }

    @Test
    void aRefusedRuleShowsTheErrorAtThePathItNamesAndSavesNothing() throws Exception {
        openAsAdmin();
        browser.findElement(By.id("pk-rule-new")).click();
        new Select(browser.findElement(By.id("pk-rule-trigger"))).selectByValue("promiseAtRisk");
        type(By.id("pk-rule-param"), "1.5");
        browser.findElement(By.id("pk-rule-save")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pk-field-error[data-field='rules[0].trigger.threshold']")));
        assertThat(error.getText()).isEqualTo("rules[0].trigger.threshold: must be between 0 and 1");
        WebElement param = browser.findElement(By.id("pk-rule-param"));
        assertThat(error.findElement(By.xpath("..")).equals(param.findElement(By.xpath("..")))).isTrue();
        assertThat(browser.findElement(By.cssSelector("#pk-admin-message p")).getText())
                .isEqualTo("Nothing was saved. Correct the fields marked below.");

        HttpResponse<String> stored = rest("/rules", "admin");
        assertThat(stored.body()).contains("\"version\":0").contains("\"rules\":[]");
        assertThat(rest("/audit", "admin").body()).isEqualTo("{\"entries\":[]}");
        openAsAdmin();
        assertThat(ruleNames()).isEmpty();
    }

    @Test
    void aTemplatePreviewShowsScriptAndMarkupAsLiteralTextInBothLanguages() {
        openAsAdmin();
        String payload = "Hi ${customerFirstName} <script>window.pkXss=1</script><b>x</b> {html}<i>y</i>{html}"
                + " [link|http://x] *bold*";
        WebElement english = browser.findElement(By.id("pk-template-en"));
        english.clear();
        english.sendKeys(payload);
        WebElement preview = browser.findElement(By.id("pk-preview-en"));
        String expected = "Hi Sanne <script>window.pkXss=1</script><b>x</b> {html}<i>y</i>{html} [link|http://x] *bold*";
        wait.until(d -> expected.equals(preview.getText()));
        assertThat(browser.executeScript("return arguments[0].textContent", preview)).isEqualTo(expected);
        assertThat(preview.findElements(By.xpath("./*"))).isEmpty();
        assertThat(browser.executeScript("return typeof window.pkXss")).isEqualTo("undefined");
        // Beside the source: the comment as the customer reads it, formatting applied, the payload still text.
        WebElement rendered = browser.findElement(By.id("pk-rendered-en"));
        wait.until(d -> !rendered.findElements(By.tagName("strong")).isEmpty());
        assertThat(rendered.findElement(By.tagName("strong")).getText()).isEqualTo("bold");
        assertThat(rendered.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("http://x/");
        assertThat(rendered.getText()).contains("Hi Sanne <script>window.pkXss=1</script><b>x</b>");
        assertThat(rendered.findElements(By.cssSelector("script, b, i"))).isEmpty();
        // The built-in template's escaped ticket key reads as the customer sees it, not as its source.
        assertThat(browser.findElement(By.id("pk-preview-nl")).getText()).contains("\\-");
        assertThat(browser.findElement(By.id("pk-rendered-nl")).getText()).doesNotContain("\\-");
        // The Dutch preview of the built-in template, with the sample due date in Dutch.
        assertThat(browser.findElement(By.id("pk-preview-nl")).getText()).startsWith("Beste Sanne,")
                .contains("donderdag 5 maart");

        english.sendKeys(" ${nam}");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pk-templates .pk-field-error[data-field='bodies.en']")));
        assertThat(error.getText()).isEqualTo("bodies.en: unknown placeholder ${nam}");
    }

    @Test
    void someoneWhoIsNoAdministratorGets403FromThePageAndTheApi() throws Exception {
        browser.get(server.baseUri() + PAGE + "?user=agent");
        assertThat(browser.findElement(By.id("pk-admin-forbidden")).getText())
                .isEqualTo("Alex Agent is no Jira administrator (403).");
        assertThat(browser.findElements(By.id("pk-admin"))).isEmpty();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve(PAGE)).header("Cookie", CallerCookies.USER_COOKIE + "=agent").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(rest("/rules", "agent").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorEditsTheGestureCatalogueARefusedCostIsNamedAndNothingSaved() {
        openAsAdmin();
        List<WebElement> gestures = browser.findElements(By.cssSelector("#pk-gesture-rows .pk-gesture"));
        assertThat(gestures).hasSize(6);
        WebElement goodwill = gestures.stream()
                .filter(g -> g.findElement(By.cssSelector(".pk-gesture-id")).getAttribute("value")
                        .equals("goodwill-gesture")).findFirst().orElseThrow();
        assertThat(goodwill.findElement(By.cssSelector(".pk-gesture-cost")).getAttribute("value")).isEqualTo("25");

        WebElement cost = goodwill.findElement(By.cssSelector(".pk-gesture-cost"));
        cost.clear();
        cost.sendKeys("-5");
        browser.findElement(By.id("pk-delight-save")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pk-delight .pk-field-error[data-field$='.cost']")));
        assertThat(error.getAttribute("data-field")).matches("gestures\\[\\d]\\.cost");
        openAsAdmin();
        assertThat(browser.findElement(By.id("pk-delight-version")).getText())
                .as("nothing was saved").isEqualTo("Built-in defaults, not saved yet");

        WebElement call = browser.findElements(By.cssSelector("#pk-gesture-rows .pk-gesture")).get(0);
        WebElement dutchName = call.findElement(By.cssSelector(".pk-gesture-language[data-language=nl] [data-text=name]"));
        dutchName.clear();
        dutchName.sendKeys("Even bellen <b>nu</b>");
        type(By.id("pk-delight-per-customer"), "2");
        browser.findElement(By.id("pk-delight-save")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#pk-admin-message p"), "Saved."));

        openAsAdmin();
        assertThat(browser.findElement(By.id("pk-delight-per-customer")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#pk-gesture-rows .pk-gesture")).get(0)
                .findElement(By.cssSelector(".pk-gesture-language[data-language=nl] [data-text=name]"))
                .getAttribute("value")).isEqualTo("Even bellen <b>nu</b>");
        assertThat(browser.findElement(By.cssSelector("#pk-audit-list .pk-audit-summary")).getText())
                .startsWith("Ada Admin changed");
    }

    private void openAsAdmin() {
        browser.get(server.baseUri() + PAGE + "?user=admin&lang=en");
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
    }

    private void type(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private List<String> ruleNames() {
        return browser.findElements(By.cssSelector("#pk-rule-list .pk-rule-name")).stream()
                .map(WebElement::getText).toList();
    }

    private HttpResponse<String> rest(String path, String user) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve(
                    PreviewServer.REST_PATH + "/admin" + path)).header("Cookie", CallerCookies.USER_COOKIE + "=" + user)
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static {
        // Keeps the page's REST address in step with what these tests call.
        assert AdminPage.REST_PATH.equals(PreviewServer.REST_PATH + "/admin");
    }
}
