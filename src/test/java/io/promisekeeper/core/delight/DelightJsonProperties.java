package io.promisekeeper.core.delight;

import io.promisekeeper.core.settings.DelightJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.settings.json.JsonSyntax;
import io.promisekeeper.core.settings.json.JsonTreeDamage;
import io.promisekeeper.core.settings.InvalidSettings;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an administrator saves as the delight document, the reader answers with valid settings or with errors
 * naming a path, never with another exception; what the writer writes reads back equal.
 */
class DelightJsonProperties {

    @Property(tries = 300)
    void writeThenReadGivesEqualSettings(@ForAll("settings") DelightSettings settings) {
        assertThat(DelightJson.read(DelightJson.write(settings))).isEqualTo(settings);
    }

    @Property(tries = 1000)
    void mutatedJsonIsValidOrAnErrorWithPaths(@ForAll("settings") DelightSettings settings, @ForAll long seed) {
        Random random = new Random(seed);
        Object tree = JsonTreeDamage.mutable(JsonSyntax.standard().parse(DelightJson.write(settings)));
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            tree = JsonTreeDamage.damaged(tree, random, DelightJsonProperties::randomValue);
        }
        String text = JsonSyntax.standard().write(tree);
        readsOrExplains(text);
        int at = random.nextInt(text.length() + 1);
        readsOrExplains(text.substring(0, at) + "{}[],:\"".charAt(random.nextInt(7)) + text.substring(at));
        readsOrExplains(text.substring(0, at));
    }

    @Property(tries = 500)
    void randomJsonIsValidOrAnError(@ForAll("jsonValues") Object value) {
        readsOrExplains(JsonSyntax.standard().write(value));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("currency", "EUR");
        root.put("limits", value);
        root.put("gestures", java.util.Arrays.asList(value));
        readsOrExplains(JsonSyntax.standard().write(root));
    }

    private static void readsOrExplains(String text) {
        try {
            DelightSettings read = DelightJson.read(text);
            assertThat(DelightJson.read(DelightJson.write(read))).isEqualTo(read);
        } catch (InvalidSettings invalid) {
            assertThat(invalid.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.field()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<DelightSettings> settings() {
        Arbitrary<DelightLimits> limits = Combinators.combine(
                Arbitraries.integers().between(0, DelightLimits.MAX_PER_CUSTOMER),
                Arbitraries.longs().between(0, DelightLimits.MAX_BUDGET_CENTS),
                Arbitraries.of("UTC", "Europe/Amsterdam", "America/New_York").map(ZoneId::of))
                .as(DelightLimits::new);
        Arbitrary<GestureText> text = Combinators.combine(words(GestureText.MAX_NAME), words(300), words(300)
                .injectNull(0.2)).as(GestureText::new);
        Arbitrary<DelightGesture> gesture = Combinators.combine(
                Arbitraries.strings().withChars("abcxyz019.-_").ofMinLength(1).ofMaxLength(20).map(s -> "g" + s),
                Arbitraries.of(GestureKind.class), text, text.injectNull(0.4),
                Arbitraries.longs().between(0, DelightGesture.MAX_COST_CENTS))
                .as((id, kind, en, nl, cost) -> {
                    Map<String, GestureText> texts = new LinkedHashMap<>();
                    texts.put("en", en);
                    if (nl != null) {
                        texts.put("nl", nl);
                    }
                    return new DelightGesture(id, kind, texts, cost);
                });
        Arbitrary<DelightCatalogue> catalogue = Combinators.combine(Arbitraries.of("EUR", "USD", "GBP"),
                gesture.list().ofMaxSize(5).uniqueElements(DelightGesture::id)).as(DelightCatalogue::new);
        return Combinators.combine(catalogue, limits).as(DelightSettings::new);
    }

    private static Arbitrary<String> words(int max) {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(Math.min(max, 40))
                .withChars("abc XYZ<>&\"'${}é\n").filter(s -> !s.isBlank()).map(String::strip);
    }

    @Provide
    Arbitrary<Object> jsonValues() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.of("EUR", "call", "en", "nl", "UTC", "id", "texts").map(s -> (Object) s),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(4)
                        .map(d -> (Object) d),
                Arbitraries.of(new BigDecimal("1e999999"), new BigDecimal("1e-999999")).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.of("id", "kind", "cost", "texts", "en", "nl", "name", "description",
                        "script", "perCustomerPerMonth", "budgetPerProjectPerMonth", "budgetPerTeamPerMonth", "zone",
                        "x"), inner)
                        .ofMaxSize(5).map(m -> (Object) new LinkedHashMap<>(m))), 0, 4);
    }

    private static Object randomValue(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> new BigDecimal(random.nextInt(2001) - 1000).movePointLeft(random.nextInt(4));
            case 3 -> new BigDecimal("1e" + (random.nextInt(40) - 20));
            case 4 -> "Europe/Nowhere";
            case 5 -> new LinkedHashMap<String, Object>();
            case 6 -> new ArrayList<>();
            case 7 -> "x".repeat(random.nextInt(5000));
            case 8 -> new String(new char[] {(char) random.nextInt(0x10000)});
            default -> List.of("call", "EUR", "eur", "en", "", " ").get(random.nextInt(6));
        };
    }
}
