package io.promisekeeper.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.promise.FieldError;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NoticeSettingsJsonTest {

    @Test
    void defaultsSurviveARoundTrip() {
        NoticeSettings defaults = NoticeSettings.defaults(ZoneId.of("Europe/Amsterdam"));
        String json = NoticeSettingsJson.write(defaults);
        assertThat(NoticeSettingsJson.read(json)).isEqualTo(defaults);
        assertThat(json).contains("\"jobIntervalMinutes\": 5").contains("\"monday\"").doesNotContain("saturday");
    }

    @Test
    void everyProblemIsNamedByItsPath() {
        String json = """
                {"quietHours": {"start": "25:00", "end": "08:00"}, "contactCap": {"perDay": 3, "perWeek": 2},
                 "minimumLead": "soon", "jobIntervalMinutes": 0, "defaultMode": "loud", "colour": "red",
                 "calendar": {"zone": "Mars/Olympus", "workingHours": {"monday": {"start": "17:00", "end": "09:00"},
                              "funday": {"start": "09:00", "end": "10:00"}}, "holidays": ["2026-02-30"]}}""";
        assertThatThrownBy(() -> NoticeSettingsJson.read(json)).isInstanceOfSatisfying(InvalidSettings.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "colour", "quietHours.start", "contactCap.perWeek", "minimumLead", "jobIntervalMinutes",
                        "defaultMode", "calendar.zone", "calendar.workingHours.monday.end",
                        "calendar.workingHours.funday", "calendar.holidays[0]"));
    }

    @Test
    void aSavedHolidayLiesInTheInputWindowWhileAStoredOneOutsideItStillReads() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 3, 2);
        String json = NoticeSettingsJson.write(NoticeSettings.defaults(ZoneId.of("UTC")))
                .replace("\"holidays\": []", "\"holidays\": [\"2024-12-25\", \"2025-03-01\", \"2031-03-06\","
                        + " \"2031-03-07\"]");

        assertThat(NoticeSettingsJson.read(json).calendar().holidays()).hasSize(4);
        assertThatThrownBy(() -> NoticeSettingsJson.read(json, today)).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("calendar.holidays[0]", "calendar.holidays[3]"));
        String edges = json.replace("\"2024-12-25\", ", "").replace(", \"2031-03-07\"", "");
        assertThat(NoticeSettingsJson.read(edges, today).calendar().holidays()).containsExactlyInAnyOrder(
                java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2031, 3, 6));
    }

    @Test
    void intervalIsBoundedToOneMinuteUpToOneDay() {
        String ok = NoticeSettingsJson.write(NoticeSettings.defaults(ZoneId.of("UTC")));
        assertThat(NoticeSettingsJson.read(ok.replace("\"jobIntervalMinutes\": 5", "\"jobIntervalMinutes\": 1440"))
                .jobIntervalMinutes()).isEqualTo(1440);
        assertThatThrownBy(() -> NoticeSettingsJson.read(ok.replace("\"jobIntervalMinutes\": 5",
                "\"jobIntervalMinutes\": 1441"))).isInstanceOf(InvalidSettings.class)
                .hasMessageContaining("jobIntervalMinutes: must be between 1 and 1440");
        assertThatThrownBy(() -> NoticeSettingsJson.read("not json")).isInstanceOf(InvalidSettings.class);
    }

    @Test
    void templatesRoundTripAndNameTheBrokenOne() {
        String json = TemplatesJson.write(NoticeTemplates.defaults());
        assertThat(TemplatesJson.read(json).all()).isEqualTo(NoticeTemplates.defaults().all());
        String bad = "{\"templates\": [{\"id\": \"x\", \"language\": \"en\", \"body\": \"Hi ${nam}\"},"
                + " {\"id\": \"y\", \"language\": \"nl\", \"body\": \"Hoi\"}]}";
        assertThatThrownBy(() -> TemplatesJson.read(bad)).isInstanceOfSatisfying(InvalidSettings.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("templates[0].body"));
        String noEnglish = "{\"templates\": [{\"id\": \"y\", \"language\": \"nl\", \"body\": \"Hoi\"}]}";
        assertThatThrownBy(() -> TemplatesJson.read(noEnglish)).isInstanceOfSatisfying(InvalidSettings.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("templates.y.en"));
    }

    @Test
    void noticeAuthorAndSlaReaderAreOptionalAndRoundTrip() {
        String defaults = NoticeSettingsJson.write(NoticeSettings.defaults(ZoneId.of("UTC")));
        assertThat(defaults).doesNotContain("noticeAuthor").doesNotContain("slaReader");
        NoticeSettings read = NoticeSettingsJson.read(defaults);
        assertThat(read.noticeAuthor()).isEmpty();
        assertThat(read.slaReader()).isEmpty();

        String named = defaults.replaceFirst("\\{", "{\"noticeAuthor\": \" svc-notices \", \"slaReader\": \"JIRAUSER10100\",");
        NoticeSettings withUsers = NoticeSettingsJson.read(named);
        assertThat(withUsers.noticeAuthor()).isEqualTo("svc-notices");
        assertThat(withUsers.slaReader()).isEqualTo("JIRAUSER10100");
        assertThat(NoticeSettingsJson.read(NoticeSettingsJson.write(withUsers))).isEqualTo(withUsers);

        String emptied = defaults.replaceFirst("\\{", "{\"noticeAuthor\": \"\", \"slaReader\": \"\",");
        assertThat(NoticeSettingsJson.read(emptied)).isEqualTo(read);
    }

    @Test
    void aNoticeAuthorThatIsNoTextIsNamed() {
        String defaults = NoticeSettingsJson.write(NoticeSettings.defaults(ZoneId.of("UTC")));
        String bad = defaults.replaceFirst("\\{", "{\"noticeAuthor\": 7, \"slaReader\": \"" + "x".repeat(256) + "\",");
        assertThatThrownBy(() -> NoticeSettingsJson.read(bad)).isInstanceOfSatisfying(InvalidSettings.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("noticeAuthor",
                        "slaReader"));
    }

    @Test
    void theForecastOperatingPointIsOptionalWithinTheHeadlineWindowAndRoundTrips() {
        String defaults = NoticeSettingsJson.write(NoticeSettings.defaults(ZoneId.of("UTC")));
        assertThat(defaults).doesNotContain("forecastTarget");
        assertThat(NoticeSettingsJson.read(defaults).forecastTarget()).isEqualTo(NoticeSettings.DEFAULT_FORECAST_TARGET);

        NoticeSettings stricter = NoticeSettingsJson.read(defaults.replaceFirst("\\{", "{\"forecastTarget\": 0.15,"));
        assertThat(stricter.forecastTarget()).isEqualTo(0.15);
        assertThat(NoticeSettingsJson.read(NoticeSettingsJson.write(stricter))).isEqualTo(stricter);

        for (String wrong : new String[] {"0.5", "0.1", "\"0.2\""}) {
            String bad = defaults.replaceFirst("\\{", "{\"forecastTarget\": " + wrong + ",");
            assertThatThrownBy(() -> NoticeSettingsJson.read(bad)).isInstanceOfSatisfying(InvalidSettings.class, e ->
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("forecastTarget"));
        }
    }
}
