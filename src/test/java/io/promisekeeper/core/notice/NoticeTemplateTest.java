package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.promisekeeper.core.promise.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTemplateTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant DUE = Instant.parse("2026-03-05T14:00:00Z");
    private final NoticeTemplates templates = NoticeTemplates.defaults();

    @Test
    void dutchCustomersGetDutchWithDatesInTheirZone() {
        NoticeTemplate nl = templates.find(NoticeTemplates.DELAY_NOTICE, "nl").orElseThrow();

        String body = nl.render(facts("Sanne", "Nieuwe laptop leveren"));

        assertThat(nl.language()).isEqualTo("nl");
        assertThat(body).startsWith("Beste Sanne,")
                .contains("\"Nieuwe laptop leveren\", uiterlijk donderdag 5 maart, 15:00")
                .contains("vrijdag 6 maart, 17:00")
                .contains("SD\\-7")
                .endsWith("Anna");
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(templates.find(NoticeTemplates.DELAY_NOTICE, "de")).get()
                .extracting(NoticeTemplate::language).isEqualTo("en");
        assertThat(templates.find(NoticeTemplates.DELAY_NOTICE, "").orElseThrow().render(facts("Sam", "Call back")))
                .startsWith("Hello Sam,").contains("by Thursday 5 March, 15:00");
        assertThat(templates.find("no-such-template", "en")).isEmpty();
    }

    @Test
    void scriptAndWikiPayloadsInEveryValueShowAsText() {
        String payload = "*bold* [link|http://evil] {html}<script>alert(1)</script>{html}\nh1. Owned";
        NoticeFacts hostile = new NoticeFacts(payload, payload, DUE, DUE, DUE, payload, payload, payload, AMSTERDAM);

        for (NoticeTemplate t : templates.all()) {
            String body = t.render(hostile);
            assertThat(body).as(t.id() + "/" + t.language())
                    .doesNotContain("<script>", "{html}", "*bold*", "http://", "\nh1.")
                    .doesNotContainPattern("(?<!\\\\)\\[link")
                    .contains("\\*bold\\* \\[link\\|http&#58;//evil\\] \\{html\\}&lt;script&gt;");
        }
    }

    @Test
    void unknownPlaceholdersNameTheTemplateAndThePlaceholder() {
        InvalidTemplate invalid = catchThrowableOfType(InvalidTemplate.class, () ->
                new NoticeTemplate("delay-notice", "nl", "Beste ${customerName}, ${ticketKey} ${password} ${oops"));

        assertThat(invalid.errors()).extracting(FieldError::toString).containsExactly(
                "templates.delay-notice.nl.body: unknown placeholder ${customerName}",
                "templates.delay-notice.nl.body: unknown placeholder ${password}",
                "templates.delay-notice.nl.body: placeholder at character 48 is not closed with '}'");
    }

    @Test
    void everyIdNeedsItsEnglishFallback() {
        InvalidTemplate invalid = catchThrowableOfType(InvalidTemplate.class, () -> new NoticeTemplates(List.of(
                new NoticeTemplate("thanks", "nl", "Dank u, ${customerFirstName}"))));

        assertThat(invalid.errors()).extracting(FieldError::toString)
                .containsExactly("templates.thanks.en: is required: English is the fallback");
    }

    @Test
    void previewRendersSampleValues() {
        NoticeTemplate edited = new NoticeTemplate("delay-notice", "en",
                "h3. Update on ${ticketKey}\nHi ${customerFirstName}, expect it by ${expectedCompletionLatest}.");

        assertThat(NoticeTemplates.preview(edited, AMSTERDAM)).isEqualTo(
                "h3. Update on SD\\-123\nHi Sanne, expect it by Saturday 7 March, 17:00.");
    }

    private static NoticeFacts facts(String firstName, String promise) {
        return new NoticeFacts(firstName, promise, DUE, DUE.plusSeconds(26 * 3600), DUE.plusSeconds(50 * 3600), "Anna",
                "SD-7", "at risk", AMSTERDAM);
    }
}
