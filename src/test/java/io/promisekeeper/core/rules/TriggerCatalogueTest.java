package io.promisekeeper.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promisekeeper.core.settings.json.InvalidRuleSet;
import io.promisekeeper.core.settings.json.RuleJson;
import io.promisekeeper.core.settings.json.TriggerSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every trigger is declared once ({@link Triggers#ALL}); the rule reader and writer, the admin schema and the page's
 * texts follow from that declaration. These checks hold for every kind, including ones added later.
 */
class TriggerCatalogueTest {

    static List<TriggerKind> kinds() {
        return Triggers.ALL;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void eachKindHasItsLabelAndHintsInEnglishAndDutch(TriggerKind kind) throws IOException {
        for (String bundle : List.of("/i18n/promise-keeper.properties", "/i18n/promise-keeper_nl.properties")) {
            Properties texts = load(bundle);
            assertThat(texts.getProperty(kind.labelKey())).as(bundle + " " + kind.labelKey()).isNotBlank();
            for (TriggerParameter p : kind.parameters()) {
                assertThat(texts.getProperty(kind.hintKey(p))).as(bundle + " " + kind.hintKey(p)).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aTriggerMadeFromItsDeclarationIsWrittenAndReadBackEqual(TriggerKind kind) {
        Map<String, Object> values = new HashMap<>();
        for (TriggerParameter p : kind.parameters()) {
            values.put(p.name(), sample(p));
        }
        Trigger trigger = kind.make().apply(values);
        assertThat(trigger.kind()).isSameAs(kind);
        assertThat(trigger.type()).isEqualTo(kind.type());
        RuleSet rules = new RuleSet(List.of(new Rule("r1", "Rule", true, RuleMode.APPROVAL, trigger, List.of(),
                List.of(new Action.PromptAgent("delay-notice")))));
        RuleJson json = new RuleJson(Set.of("delay-notice"));

        assertThat(json.read(json.write(rules))).isEqualTo(rules);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everySettingBeyondItsLimitsIsRefusedAtItsPath(TriggerKind kind) {
        RuleJson json = new RuleJson(Set.of("delay-notice"));
        for (TriggerParameter p : kind.parameters()) {
            String wrong = switch (p.kind()) {
                case DURATION -> "\"P400D\"";
                case PROBABILITY, COUNT -> p.max().add(BigDecimal.ONE).toPlainString();
            };
            String doc = "{\"rules\": [{\"id\": \"r1\", \"name\": \"Rule\", \"mode\": \"approval\", \"trigger\": {\"type\": \""
                    + kind.type() + "\", \"" + p.name() + "\": " + wrong + "}, \"actions\": [{\"type\": \"promptAgent\","
                    + " \"template\": \"delay-notice\"}]}]}";
            assertThatThrownBy(() -> json.read(doc)).isInstanceOf(InvalidRuleSet.class)
                    .satisfies(e -> assertThat(((InvalidRuleSet) e).errors()).extracting(f -> f.field())
                            .containsExactly("rules[0].trigger." + p.name()));
        }
    }

    @Test
    void theSchemaListsEveryKindInCatalogueOrderWithItsSettings() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> triggers = (List<Map<String, Object>>) TriggerSchema.tree().get("triggers");
        assertThat(triggers).extracting(t -> t.get("type")).containsExactlyElementsOf(Triggers.names());
        Map<String, Object> reopened = triggers.stream().filter(t -> t.get("type").equals("ticketReopened")).findFirst().orElseThrow();
        assertThat(reopened.get("aboutPromises")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> times = ((List<Map<String, Object>>) reopened.get("parameters")).get(0);
        assertThat(times).containsEntry("name", "times").containsEntry("kind", "count").containsEntry("optional", true)
                .containsEntry("min", BigDecimal.ONE).containsEntry("max", BigDecimal.valueOf(50));
        assertThat(TriggerSchema.messageKeys()).contains("promise-keeper.admin.trigger.ticketReopened",
                "promise-keeper.admin.trigger.ticketReopened.times.hint");
    }

    @Test
    void kindNamesAreUnique() {
        assertThat(Triggers.names()).doesNotHaveDuplicates().hasSameSizeAs(Triggers.ALL);
    }

    private static Object sample(TriggerParameter p) {
        return switch (p.kind()) {
            case PROBABILITY -> 0.65;
            case DURATION -> Duration.ofHours(6);
            case COUNT -> p.min().intValue() + 1;
        };
    }

    private static Properties load(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TriggerCatalogueTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return texts;
    }
}
