package io.promisekeeper.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The panel, the admin page and the insight pages with {@code ?lang=nl}: what the app itself shows (not the preview's
 * own banner) holds none of the English sentences — neither the bundle's texts nor the domain's reasons and notes.
 */
class DutchPagesBrowserTest extends PreviewBrowserTest {
    /** Words of the domain's English messages that showed through before they had keys. */
    private static final List<String> ENGLISH_FRAGMENTS = List.of("is at risk", "likely late", "is past due",
            "was broken", "not kept by", "Why:", "rule \"", "promise \"", "logged by an agent", "ticket resolved at",
            "public comment by", "replaced by promise", "renegotiated from promise", "waiting on the team",
            "No rules yet", "Example rules", "Enable");
    /** What people typed into the sample desk (rule names) stays in their words; it is data, not the app's text. */
    private static final List<String> TYPED_BY_PEOPLE = List.of("\"Promise at risk\"", "\"Care after a broken promise\"");

    private static Set<String> englishSentences;

    @BeforeAll
    static void readTheEnglishBundle() throws IOException {
        Properties english = bundle("i18n/promise-keeper.properties");
        Properties dutch = bundle("i18n/promise-keeper_nl.properties");
        englishSentences = new LinkedHashSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            // Sentences only: three words or more, no placeholder, and really translated (not a shared term).
            if (text.split("\\s+").length >= 3 && !text.contains("{") && !text.equals(dutch.getProperty(key))) {
                englishSentences.add(text);
            }
        }
        assertThat(englishSentences).as("the bundle has sentences to look for").hasSizeGreaterThan(100);
    }

    @Test
    void theAgentPanelInDutchHoldsNoEnglishSentence() {
        browser.get(server.baseUri() + "/browse/HELP-1?user=agent&lang=nl");
        WebElement panel = wait.until(d -> d.findElement(By.id("promise-keeper-panel")));
        // Open every folded part (history, forms) so their text counts too.
        browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        String text = textOf(panel);
        assertThat(text).contains("Waarom: regel").contains("Geschiedenis");
        assertNoEnglish("panel", text);
    }

    @Test
    void theAdminPageInDutchHoldsNoEnglishSentence() {
        browser.get(server.baseUri() + AdminPreviewPage.PATH + "?user=admin&lang=nl");
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        String text = textOf(browser.findElement(By.id("pk-admin")));
        assertThat(text).contains("Voorbeeldregels").contains("Inschakelen");
        assertNoEnglish("admin", text);
    }

    @Test
    void theAdminPageShowsTheServersErrorsInDutch() {
        browser.get(server.baseUri() + AdminPreviewPage.PATH + "?user=admin&lang=nl");
        wait.until(d -> "true".equals(d.findElement(By.id("pk-admin")).getAttribute("data-ready")));
        browser.executeScript("document.getElementById('pk-rules-json').value = arguments[0];"
                + " document.getElementById('pk-rules-import').click();",
                "{\"rules\": [{\"id\": \"a b\", \"enabled\": \"yes\"}], \"rulez\": 1}");
        String shown = wait.until(d -> {
            String t = textOf(d.findElement(By.id("pk-rules")));
            return t.contains("onbekend veld") ? t : null;
        });
        assertThat(shown).contains("onbekend veld; bekend: rules", "moet true of false zijn")
                .doesNotContain("unknown field", "must be true or false");
    }

    @Test
    void theInsightPagesInDutchHoldNoEnglishSentence() {
        for (String page : List.of("project/HELP?user=lead&lang=nl", "all?user=admin&lang=nl")) {
            browser.get(server.baseUri() + InsightPreviewPage.PATH + page);
            String text = textOf(wait.until(d -> d.findElement(By.id("pk-insight"))));
            assertThat(text).contains("Klanttevredenheid");
            assertNoEnglish("insight " + page, text);
        }
    }

    private static String textOf(WebElement element) {
        // textContent, not getText: hidden parts (closed forms, error templates) are read too.
        return String.valueOf(browser.executeScript("return arguments[0].textContent;", element));
    }

    private static void assertNoEnglish(String page, String shown) {
        String text = shown;
        for (String typed : TYPED_BY_PEOPLE) {
            text = text.replace(typed, "\"\"");
        }
        List<String> found = new ArrayList<>();
        for (String sentence : englishSentences) {
            if (text.contains(sentence)) {
                found.add(sentence);
            }
        }
        for (String fragment : ENGLISH_FRAGMENTS) {
            if (text.contains(fragment)) {
                found.add(fragment);
            }
        }
        assertThat(found).as("English on the Dutch " + page + " page").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DutchPagesBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
