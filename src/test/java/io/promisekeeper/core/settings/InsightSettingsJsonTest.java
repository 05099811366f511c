package io.promisekeeper.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.promise.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightSettingsJsonTest {
    @Test
    void readsTrimsAndDeduplicatesGroupsAndWritesThemBack() {
        InsightSettings s = InsightSettingsJson.read("{\"teamLeadGroups\": [\" leads \", \"leads\", \"night\"]}");
        assertThat(s.teamLeadGroups()).containsExactly("leads", "night");
        assertThat(InsightSettingsJson.read(InsightSettingsJson.write(s))).isEqualTo(s);
        assertThat(InsightSettingsJson.read(InsightSettingsJson.write(InsightSettings.defaults())).teamLeadGroups())
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedByItsField() {
        assertThatThrownBy(() -> InsightSettingsJson.read("{\"teamLeadGroups\": [\"\", 3], \"x\": 1}"))
                .isInstanceOfSatisfying(InvalidSettings.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("x", "teamLeadGroups[0]", "teamLeadGroups[1]"));
        assertThatThrownBy(() -> InsightSettingsJson.read("{}")).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("teamLeadGroups"));
        assertThatThrownBy(() -> InsightSettingsJson.read("[")).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("$"));
        String many = "{\"teamLeadGroups\": [" + String.join(",", java.util.Collections.nCopies(51, "\"g\"")) + "]}";
        assertThatThrownBy(() -> InsightSettingsJson.read(many)).isInstanceOf(InvalidSettings.class);
        String longName = "{\"teamLeadGroups\": [\"" + "g".repeat(256) + "\"]}";
        assertThatThrownBy(() -> InsightSettingsJson.read(longName)).isInstanceOfSatisfying(InvalidSettings.class,
                e -> assertThat(e.errors()).isEqualTo(List.of(new FieldError("teamLeadGroups[0]",
                        "is longer than 255 characters"))));
    }
}
