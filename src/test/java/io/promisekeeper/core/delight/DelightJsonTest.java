package io.promisekeeper.core.delight;

import io.promisekeeper.core.settings.DelightJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.InvalidSettings;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The delight document: defaults round-trip, and every mistake names its path. */
class DelightJsonTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    @Test
    void theDefaultsHaveTheIssuesGesturesInBothLanguagesAndRoundTrip() {
        DelightSettings defaults = DelightSettings.defaults(AMS);

        assertThat(defaults.catalogue().ids()).contains("personal-call", "thank-you-note", "long-wait-check-in",
                "goodwill-gesture", "follow-up-after-resolution", "after-reopen-check-in");
        assertThat(defaults.catalogue().gestures()).allSatisfy(g -> assertThat(g.texts()).containsKeys("en", "nl"));
        assertThat(defaults.catalogue().find("goodwill-gesture").orElseThrow().costCents()).isEqualTo(2500);
        assertThat(DelightJson.read(DelightJson.write(defaults))).isEqualTo(defaults);
    }

    @Test
    void aGestureFallsBackToEnglish() {
        DelightSettings s = DelightJson.read("""
                {"currency": "EUR", "limits": {"perCustomerPerMonth": 1, "budgetPerProjectPerMonth": 12.5,
                 "zone": "UTC"}, "gestures": [{"id": "call", "kind": "call", "cost": 1.25,
                 "texts": {"en": {"name": "Call", "description": "Ring them"}}}]}""");

        DelightGesture g = s.catalogue().find("call").orElseThrow();
        assertThat(g.text("nl").name()).isEqualTo("Call");
        assertThat(g.costCents()).isEqualTo(125);
        assertThat(s.limits().budgetCentsPerProjectPerMonth()).isEqualTo(1250);
    }

    @Test
    void aDocumentStoredWithTheBudgetsOldNameIsReadAndWrittenBackWithTheNewOne() {
        DelightSettings s = DelightJson.read("""
                {"currency": "EUR", "limits": {"perCustomerPerMonth": 1, "budgetPerTeamPerMonth": 12.5,
                 "zone": "UTC"}, "gestures": [{"id": "call", "kind": "call", "cost": 0,
                 "texts": {"en": {"name": "Call", "description": "Ring them"}}}]}""");

        assertThat(s.limits().budgetCentsPerProjectPerMonth()).isEqualTo(1250);
        String written = DelightJson.write(s);
        assertThat(written).contains("\"budgetPerProjectPerMonth\"").doesNotContain("budgetPerTeamPerMonth");
        assertThat(DelightJson.read(written)).isEqualTo(s);
    }

    @Test
    void theBudgetUnderBothNamesIsAnErrorOnTheOldName() {
        assertThatThrownBy(() -> DelightJson.read("""
                {"currency": "EUR", "limits": {"perCustomerPerMonth": 1, "budgetPerTeamPerMonth": 12.5,
                 "budgetPerProjectPerMonth": 20, "zone": "UTC"}, "gestures": [{"id": "call", "kind": "call",
                 "cost": 0, "texts": {"en": {"name": "Call", "description": "Ring them"}}}]}"""))
                .isInstanceOf(InvalidSettings.class)
                .satisfies(e -> assertThat(((InvalidSettings) e).errors()).extracting(FieldError::field)
                        .containsExactly("limits.budgetPerTeamPerMonth"));
    }

    @Test
    void everyProblemIsNamedByItsPath() {
        assertThatThrownBy(() -> DelightJson.read("""
                {"currency": "eur", "limits": {"perCustomerPerMonth": 1.5, "budgetPerProjectPerMonth": -1,
                 "zone": "Mars/Base", "extra": 1}, "gestures": [
                 {"id": "Call Me", "kind": "hug", "cost": 0.001, "texts": {"nl": {"name": " ", "description": "x"},
                  "de": {}}},
                 {"id": "a", "kind": "note", "texts": {"en": {"name": "A", "description": "B"}}},
                 {"id": "a", "kind": "note", "texts": {"en": {"name": "A", "description": "B"}}}]}"""))
                .isInstanceOf(InvalidSettings.class)
                .satisfies(e -> assertThat(((InvalidSettings) e).errors()).extracting(FieldError::field)
                        .containsExactly("currency", "limits.extra", "limits.perCustomerPerMonth",
                                "limits.budgetPerProjectPerMonth", "limits.zone", "gestures[0].id", "gestures[0].kind",
                                "gestures[0].cost", "gestures[0].texts.en", "gestures[0].texts.nl.name",
                                "gestures[0].texts.de", "gestures[2].id"));
    }

    @Test
    void notJsonIsOneErrorOnTheDocument() {
        assertThatThrownBy(() -> DelightJson.read("{")).isInstanceOf(InvalidSettings.class)
                .satisfies(e -> assertThat(((InvalidSettings) e).errors().get(0).field()).isEqualTo("$"));
    }
}
