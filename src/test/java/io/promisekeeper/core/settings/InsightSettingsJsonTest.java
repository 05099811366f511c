package io.promisekeeper.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightSettingsJsonTest {
    @Test
    void readsTrimsAndDeduplicatesGroupsAndWritesThemBack() {
        InsightSettings s = InsightSettingsJson.read("{\"leadGroups\": [\" leads \", \"leads\", \"night\"]}");
        assertThat(s.leadGroups()).containsExactly("leads", "night");
        assertThat(InsightSettingsJson.read(InsightSettingsJson.write(s))).isEqualTo(s);
        assertThat(InsightSettingsJson.read(InsightSettingsJson.write(InsightSettings.defaults())).leadGroups())
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        assertThatThrownBy(() -> InsightSettingsJson.read("{\"leadGroups\": [\"\", 3], \"x\": 1}"))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("x", "leadGroups[0]", "leadGroups[1]"));
        assertThatThrownBy(() -> InsightSettingsJson.read("{}")).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("leadGroups"));
        assertThatThrownBy(() -> InsightSettingsJson.read("[")).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("$"));
        String many = "{\"leadGroups\": [" + String.join(",", java.util.Collections.nCopies(51, "\"g\"")) + "]}";
        assertThatThrownBy(() -> InsightSettingsJson.read(many)).isInstanceOf(InvalidSettings.class);
        String longName = "{\"leadGroups\": [\"" + "g".repeat(256) + "\"]}";
        assertThatThrownBy(() -> InsightSettingsJson.read(longName)).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).isEqualTo(List.of(new FieldError("leadGroups[0]",
                        "is longer than 255 characters"))));
    }

    @Test
    void aDocumentStoredWithTheOldKeyStillReadsAndIsWrittenWithTheNewOne() {
        InsightSettings old = InsightSettingsJson.read("{\"teamLeadGroups\": [\"service-leads\"]}");

        assertThat(old.leadGroups()).containsExactly("service-leads");
        assertThat(InsightSettingsJson.write(old)).contains("\"leadGroups\"").doesNotContain("teamLeadGroups");
        assertThatThrownBy(() -> InsightSettingsJson.read("{\"teamLeadGroups\": [\"\"]}"))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("teamLeadGroups[0]"));
    }

    @Test
    void bothKeysAtOnceAreRefusedNamingTheOldOne() {
        assertThatThrownBy(() -> InsightSettingsJson.read("{\"leadGroups\": [\"a\"], \"teamLeadGroups\": [\"b\"]}"))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("teamLeadGroups"));
    }
}
