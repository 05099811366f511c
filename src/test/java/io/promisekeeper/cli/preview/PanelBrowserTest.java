package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The agent panel in a real headless Chromium against the preview server: what a person sees and clicks.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; without them it fails on CI and skips elsewhere.
 */
class PanelBrowserTest extends PreviewBrowserTest {
    private static final String XSS = "<script>window.pkXss=1</script><b>bold</b>";

    @Test
    void anAgentLogsAPromiseSeesItDueInWorkingHoursAndMarksItKept() {
        open("/browse/HELP-2");
        assertThat(panel().findElement(By.cssSelector(".pk-empty")).getText()).isEqualTo("No promises on this ticket yet.");

        logPromise("Send the new invoice", "UPDATE", "2026-03-02T14:00");

        WebElement promise = waitForPromise("Send the new invoice");
        assertThat(promise.findElement(By.cssSelector(".aui-lozenge")).getText()).isEqualToIgnoringCase("Open");
        assertThat(promise.findElement(By.cssSelector(".pk-left")).getText()).isEqualTo("due in 4 working hours");
        assertThat(promise.findElement(By.cssSelector(".pk-made")).getText()).contains("Alex Agent");

        promise.findElement(By.cssSelector("button[data-action=kept]")).click();

        wait.until(d -> statusOf("Send the new invoice").equalsIgnoreCase("Kept"));
        WebElement kept = promiseWithText("Send the new invoice");
        assertThat(kept.findElements(By.cssSelector("button[data-action]"))).isEmpty();
        kept.findElement(By.cssSelector(".pk-history summary")).click();
        assertThat(kept.findElement(By.cssSelector(".pk-history ol")).getText()).contains("Kept");
    }

    @Test
    void anAgentAcceptsThePromiseFoundInAComment() throws IOException {
        open("/browse/HELP-1");
        WebElement suggestion = panel().findElement(By.cssSelector(".pk-suggestion"));
        assertThat(suggestion.findElement(By.cssSelector(".pk-sentence")).getText())
                .isEqualTo("I'll call you back tomorrow before noon with the fix.");
        assertThat(promiseTexts()).doesNotContain("I'll call you back tomorrow before noon with the fix.");
        screenshot("pk-preview-panel.png");

        suggestion.findElement(By.cssSelector("button[data-action=accept]")).click();

        WebElement promise = waitForPromise("I'll call you back tomorrow before noon with the fix.");
        assertThat(panel().findElements(By.cssSelector(".pk-suggestion"))).isEmpty();
        assertThat(promise.findElement(By.cssSelector(".aui-lozenge")).getText()).isEqualToIgnoringCase("Open");
        // Monday 10:00 until Tuesday 12:00, working 9 to 17: seven hours today and three tomorrow.
        assertThat(promise.findElement(By.cssSelector(".pk-left")).getText()).isEqualTo("due in 10 working hours");
    }

    @Test
    void scriptInPromiseTextIsShownAsText() {
        open("/browse/HELP-2");
        logPromise(XSS, "OTHER", "2026-03-03T10:00");
        assertShownAsText(waitForPromise(XSS));

        // And again as the server renders the whole page, where a script tag would run.
        open("/browse/HELP-2");
        assertShownAsText(promiseWithText(XSS));
    }

    @Test
    void aRefusedInputShowsTheServersErrorAtTheFieldAndWritesNothing() throws Exception {
        open("/browse/HELP-2");
        logPromise("Call back yesterday", "CALLBACK", "2026-03-01T10:00");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pk-log-form .pk-field-error[data-field=due]")));
        WebElement dueField = panel().findElement(By.cssSelector(".pk-log-form [name=due]"));
        assertThat(error.findElement(By.xpath("..")).equals(dueField.findElement(By.xpath("..")))).isTrue();
        assertThat(error.getText()).isNotBlank().doesNotContain("<");

        HttpResponse<String> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve(PreviewServer.REST_PATH + "/tickets/HELP-2/promises")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.body()).contains("\"promises\":[]");
        open("/browse/HELP-2");
        assertThat(promiseTexts()).isEmpty();
    }

    @Test
    void aColleagueWhoIsNoAgentSeesThePromisesButNoActions() {
        open("/browse/HELP-1?user=colleague");
        assertThat(promiseTexts()).contains("Send the replacement charger by courier");
        assertThat(panel().findElements(By.cssSelector("button[data-action]"))).isEmpty();
        assertThat(panel().findElements(By.cssSelector("form"))).isEmpty();
        assertThat(panel().findElement(By.cssSelector(".pk-readonly")).getText())
                .isEqualTo("Only agents of this service project can change promises.");
    }

    @Test
    void aStrangerSeesNoPanel() {
        open("/browse/HELP-1?user=stranger");
        assertThat(browser.findElements(By.id("promise-keeper-panel"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".pk-issue-denied")).getText())
                .isEqualTo("There is no ticket HELP-1 that you may see.");
    }

    @Test
    void theSwitcherChangesUserAndLanguageAndDutchLabelsShow() {
        open("/browse/HELP-2?lang=nl");
        assertThat(browser.findElement(By.cssSelector("#promise-keeper-web-panel .pk-module-title")).getText())
                .isEqualTo("Beloftes");
        assertThat(panel().findElement(By.cssSelector(".pk-empty")).getText()).isEqualTo("Nog geen beloftes op dit ticket.");
        assertThat(panel().findElement(By.cssSelector(".pk-log-form h4")).getText()).isEqualTo("Belofte vastleggen");

        logPromise("Ik stuur u morgen een update", "UPDATE", "2026-03-02T13:00");
        WebElement promise = waitForPromise("Ik stuur u morgen een update");
        assertThat(promise.findElement(By.cssSelector(".pk-left")).getText()).isEqualTo("over 3 werkuren");

        new Select(browser.findElement(By.id("pk-preview-user"))).selectByValue("colleague");
        new Select(browser.findElement(By.id("pk-preview-lang"))).selectByValue("en");
        browser.findElement(By.id("pk-preview-switch")).click();
        wait.until(d -> d.findElement(By.id("pk-preview-lang")).getAttribute("value").equals("en")
                && !d.findElements(By.cssSelector(".pk-readonly")).isEmpty());
        assertThat(panel().findElement(By.cssSelector(".pk-readonly")).getText())
                .isEqualTo("Only agents of this service project can change promises.");
    }

    @Test
    void anAgentEditsTheDraftedDelayNoticeAndSendsItOnce() throws IOException {
        open("/browse/HELP-1");
        WebElement prompt = panel().findElement(By.cssSelector(".pk-prompt"));
        assertThat(prompt.findElement(By.cssSelector(".pk-prompt-head")).getText()).startsWith("Promise at risk: due ");
        WebElement draft = prompt.findElement(By.name("body"));
        assertThat(draft.getAttribute("value")).contains("Chris").contains("Have the laptop repaired");
        assertThat(panel().findElement(By.cssSelector(".pk-forecast")).getText())
                .isEqualTo("Fixed timer until enough history: 0 of 200 resolved tickets");
        screenshot("pk-preview-prompt.png");

        draft.clear();
        draft.sendKeys("Sorry Chris " + XSS + ", the repair moves to Thursday.");
        prompt.findElement(By.cssSelector("button[data-action=send-notice]")).click();

        wait.until(d -> d.findElements(By.cssSelector("#promise-keeper-panel .pk-prompt")).isEmpty());
        WebElement notice = panel().findElement(By.cssSelector(".pk-notice-SENT"));
        assertThat(notice.findElement(By.cssSelector(".pk-notice-head")).getText()).startsWith("Customer informed ");
        WebElement text = notice.findElement(By.cssSelector(".pk-notice-text"));
        assertThat(text.getText()).isEqualTo("Sorry Chris " + XSS + ", the repair moves to Thursday.");
        assertThat(text.findElements(By.tagName("b"))).isEmpty();

        open("/browse/HELP-1");
        List<WebElement> posted = browser.findElements(By.cssSelector(".pk-comment-notice"));
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).getText()).contains("Sorry Chris " + XSS);
        assertThat(browser.executeScript("return typeof window.pkXss")).isEqualTo("undefined");
        assertThat(panel().findElements(By.cssSelector(".pk-prompt"))).as("never offered twice").isEmpty();
    }

    @Test
    void anEmptiedDraftIsRefusedAtTheFieldAndADismissedOneIsNeverSent() {
        open("/browse/HELP-1");
        WebElement prompt = panel().findElement(By.cssSelector(".pk-prompt"));
        prompt.findElement(By.name("body")).clear();
        prompt.findElement(By.cssSelector("button[data-action=send-notice]")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pk-prompt-form .pk-field-error[data-field=body]")));
        assertThat(error.getText()).isEqualTo("must not be empty");

        open("/browse/HELP-1");
        assertThat(browser.findElements(By.cssSelector(".pk-comment-notice"))).isEmpty();
        panel().findElement(By.cssSelector(".pk-prompt button[data-action=dismiss-prompt]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#promise-keeper-panel .pk-prompt")).isEmpty());
        open("/browse/HELP-1");
        assertThat(panel().findElements(By.cssSelector(".pk-prompt"))).isEmpty();
        assertThat(panel().findElements(By.cssSelector(".pk-notice"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".pk-comment-notice"))).isEmpty();
    }

    @Test
    void renegotiateOnThePromptOpensThePromisesOwnForm() {
        open("/browse/HELP-1");
        panel().findElement(By.cssSelector(".pk-prompt button[data-action=prompt-renegotiate]")).click();
        WebElement repair = promiseWithText("Have the laptop repaired before the customer demo");
        assertThat(repair.findElement(By.cssSelector(".pk-renegotiate-form")).isDisplayed()).isTrue();
    }

    @Test
    void anAgentActsOnASuggestedGestureWithANoteAndItStandsInTheHistory() throws IOException {
        open("/browse/HELP-1");
        WebElement call = gesture("Personal call");
        assertThat(call.findElement(By.cssSelector(".pk-gesture-why")).getText())
                .startsWith("Why: rule \"Care after a broken promise\": promise \"Send the replacement charger by courier\""
                        + " due ").endsWith(" was broken");
        screenshot("pk-preview-gestures.png");

        call.findElement(By.name("note")).sendKeys("Called Chris, " + XSS);
        call.findElement(By.cssSelector("button[data-action=gesture-done]")).click();

        wait.until(d -> gestureNames().equals(List.of("Small goodwill gesture")));
        WebElement history = panel().findElement(By.cssSelector(".pk-gesture-history"));
        history.findElement(By.tagName("summary")).click();
        WebElement past = history.findElement(By.cssSelector(".pk-gesture-DONE"));
        assertThat(past.findElement(By.cssSelector(".pk-gesture-past-head")).getText())
                .startsWith("Personal call: done by Alex Agent");
        assertThat(past.findElement(By.cssSelector(".pk-gesture-past-note")).getText()).isEqualTo("Called Chris, " + XSS);
        assertThat(browser.executeScript("return typeof window.pkXss")).isEqualTo("undefined");
    }

    @Test
    void anAgentDismissesAGestureWithAReasonAndOtherNeedsWords() {
        open("/browse/HELP-1");
        WebElement goodwill = gesture("Small goodwill gesture");
        assertThat(goodwill.findElement(By.cssSelector(".pk-gesture-cost")).getText()).isEqualTo("costs €25.00");
        goodwill.findElement(By.cssSelector("button[data-action=show-gesture-dismiss]")).click();
        WebElement form = goodwill.findElement(By.cssSelector(".pk-gesture-dismiss-form"));
        new Select(form.findElement(By.name("reason"))).selectByValue("OTHER");
        form.findElement(By.cssSelector("button[data-action=gesture-dismiss]")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".pk-gesture-dismiss-form .pk-field-error[data-field=note]")));
        assertThat(error.getText()).contains("say why");
        assertThat(gestureNames()).contains("Small goodwill gesture");

        new Select(form.findElement(By.name("reason"))).selectByValue("TOO_COSTLY");
        form.findElement(By.cssSelector("button[data-action=gesture-dismiss]")).click();
        wait.until(d -> gestureNames().equals(List.of("Personal call")));
        open("/browse/HELP-1");
        assertThat(gestureNames()).containsExactly("Personal call");
        assertThat(browser.executeScript("return arguments[0].textContent",
                panel().findElement(By.cssSelector(".pk-gesture-DISMISSED")))).asString()
                .contains("Small goodwill gesture: dismissed by Alex Agent").contains("(Too costly)");
    }

    @Test
    void aSnoozedGestureLeavesThePanel() {
        open("/browse/HELP-1");
        WebElement call = gesture("Personal call");
        call.findElement(By.cssSelector("button[data-action=show-gesture-snooze]")).click();
        call.findElement(By.cssSelector("button[data-action=gesture-snooze]")).click();
        wait.until(d -> gestureNames().equals(List.of("Small goodwill gesture")));
    }

    private WebElement gesture(String name) {
        return browser.findElements(By.cssSelector("#promise-keeper-panel .pk-gesture")).stream()
                .filter(g -> g.findElement(By.cssSelector(".pk-gesture-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no gesture " + name));
    }

    private List<String> gestureNames() {
        return browser.findElements(By.cssSelector("#promise-keeper-panel .pk-gesture .pk-gesture-name")).stream()
                .map(WebElement::getText).toList();
    }

    private void open(String path) {
        browser.get(server.baseUri() + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private WebElement panel() {
        return browser.findElement(By.id("promise-keeper-panel"));
    }

    private void logPromise(String text, String kind, String localDue) {
        WebElement form = panel().findElement(By.cssSelector(".pk-log-form"));
        form.findElement(By.name("text")).sendKeys(text);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        // Chromium's date-time picker takes typed digits in the locale's order; setting the value is what a pick does.
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("due")), localDue);
        form.findElement(By.cssSelector("button[data-action=log]")).click();
    }

    private WebElement waitForPromise(String text) {
        wait.until(d -> promiseTexts().contains(text));
        return promiseWithText(text);
    }

    private List<String> promiseTexts() {
        return browser.findElements(By.cssSelector("#promise-keeper-panel .pk-promise .pk-text")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement promiseWithText(String text) {
        return browser.findElements(By.cssSelector("#promise-keeper-panel .pk-promise")).stream()
                .filter(p -> p.findElement(By.cssSelector(".pk-text")).getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no promise reads " + text));
    }

    private String statusOf(String text) {
        return promiseWithText(text).findElement(By.cssSelector(".aui-lozenge")).getText();
    }

    private void assertShownAsText(WebElement promise) {
        WebElement text = promise.findElement(By.cssSelector(".pk-text"));
        assertThat(text.getText()).isEqualTo(XSS);
        assertThat(browser.executeScript("return arguments[0].textContent", text)).isEqualTo(XSS);
        assertThat(text.findElements(By.tagName("b"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.executeScript("return typeof window.pkXss")).isEqualTo("undefined");
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
