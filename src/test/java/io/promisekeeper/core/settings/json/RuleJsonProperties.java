package io.promisekeeper.core.settings.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.Condition;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketField;
import io.promisekeeper.core.rules.Trigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Whatever admins import, the reader answers with a valid rule set or a validation error naming a path, never
 * with another exception; what the writer writes reads back equal.
 */
class RuleJsonProperties {
    private static final Set<String> TEMPLATES = NoticeTemplates.defaults().ids();
    private static final Set<String> GESTURES = Set.of("personal-call", "goodwill-gesture");
    private final RuleJson json = new RuleJson(TEMPLATES, GESTURES);

    @Property(tries = 300)
    void writeThenReadGivesEqualRules(@ForAll("ruleSets") RuleSet rules) {
        assertThat(json.read(json.write(rules))).isEqualTo(rules);
        assertThat(json.fromTree(json.toTree(rules))).isEqualTo(rules);
    }

    @Property(tries = 1000)
    void mutatedRuleJsonIsValidOrAnErrorWithPaths(@ForAll("ruleSets") RuleSet rules, @ForAll long seed,
                                                   @ForAll("mutationCounts") int mutations) {
        Random random = new Random(seed);
        Object tree = JsonTreeDamage.mutable(JsonSyntax.standard().parse(json.write(rules)));
        for (int i = 0; i < mutations; i++) {
            tree = JsonTreeDamage.damaged(tree, random, RuleJsonProperties::randomValue);
        }
        String text = JsonSyntax.standard().write(tree);
        readsOrExplains(text);
        readsOrExplains(mutateText(text, random));
    }

    @Property(tries = 500)
    void randomJsonIsValidOrAnError(@ForAll("jsonValues") Object value) {
        readsOrExplains(JsonSyntax.standard().write(value));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rules", java.util.Arrays.asList(value));
        readsOrExplains(JsonSyntax.standard().write(root));
    }

    @Property(tries = 500)
    void randomTextIsAnError(@ForAll("jsonishText") String text) {
        readsOrExplains(text);
    }

    @Property(tries = 300)
    void theParserReadsWhatTheWriterWrites(@ForAll("jsonValues") Object value) {
        Object parsed = JsonSyntax.standard().parse(JsonSyntax.standard().write(value));
        assertThat(JsonSyntax.standard().write(parsed)).isEqualTo(JsonSyntax.standard().write(value));
    }

    private void readsOrExplains(String text) {
        try {
            RuleSet read = json.read(text);
            assertThat(json.read(json.write(read))).isEqualTo(read);
        } catch (InvalidRuleSet invalid) {
            assertThat(invalid.errors()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.field()).isNotBlank());
        }
    }

    // ---- valid rule sets ----

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return rules().list().ofMaxSize(4).uniqueElements(Rule::id).map(RuleSet::new);
    }

    @Provide
    Arbitrary<Integer> mutationCounts() {
        return Arbitraries.integers().between(1, 4);
    }

    private Arbitrary<Rule> rules() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> names = text().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank()).map(String::strip);
        Arbitrary<List<Condition>> conditions = Arbitraries.of(TicketField.class).set().ofMaxSize(3)
                .flatMap(fields -> Combinators.combine(fields.stream().map(f ->
                        text().ofMinLength(1).ofMaxLength(10).filter(s -> !s.isBlank()).set().ofMinSize(1).ofMaxSize(3)
                                .map(values -> new Condition(f, values))).toList()).as(List::copyOf));
        return Combinators.combine(ids, names, Arbitraries.of(true, false), Arbitraries.of(RuleMode.class), triggers(),
                        conditions, actions().list().ofMinSize(1).ofMaxSize(3))
                .as(Rule::new);
    }

    private static StringArbitrary text() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(" \"\\/{}[]|*<>&\n\té€😀");
    }

    private Arbitrary<Trigger> triggers() {
        Arbitrary<Duration> durations = Arbitraries.longs().between(1, 366L * 24 * 60).map(Duration::ofMinutes);
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).map(Trigger.PromiseAtRisk::new),
                durations.map(Trigger.PromiseDueWithin::new),
                Arbitraries.just(new Trigger.PromiseBroken()),
                durations.map(Trigger.SlaGoalAtRisk::new),
                durations.map(Trigger.WaitingOnTeam::new),
                Arbitraries.just(new Trigger.TicketReopened()),
                Arbitraries.integers().between(1, Trigger.TicketReopened.MAX_TIMES).map(Trigger.TicketReopened::new),
                Arbitraries.just(new Trigger.CustomerFirstTicket()),
                Arbitraries.integers().between(2, Trigger.HardTicket.MAX_UPDATES).map(Trigger.HardTicket::new),
                durations.map(Trigger.AfterResolution::new),
                Arbitraries.integers().between(2, 100).map(Trigger.CustomerUnanswered::new));
    }

    private Arbitrary<Action> actions() {
        Arbitrary<String> templates = Arbitraries.of(TEMPLATES);
        return Arbitraries.oneOf(
                templates.map(Action.PromptAgent::new),
                templates.map(Action.SendDelayNotice::new),
                Arbitraries.of(GESTURES).map(Action.SuggestDelight::new),
                Arbitraries.strings().alpha().ofMaxLength(8).map(Action.NotifyTeamLead::new),
                text().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank() && !s.contains("${"))
                        .map(s -> s + " ${ticketKey}").map(Action.AddInternalComment::new));
    }

    // ---- random JSON ----

    @Provide
    Arbitrary<Object> jsonValues() {
        return Arbitraries.recursive(this::jsonScalar, this::jsonContainer, 0, 4);
    }

    private Arbitrary<Object> jsonScalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.of("promiseAtRisk", "sendDelayNotice", "suggestDelight", "hardTicket", "personal-call", "approval", "PT4H", "rules", "type", "id",
                        "${x}", "delay-notice").map(s -> (Object) s),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(6)
                        .map(d -> (Object) d),
                Arbitraries.of(new BigDecimal("1e999999"), new BigDecimal("-0.0"), new BigDecimal("2"),
                        new BigDecimal("0.5")).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    private Arbitrary<Object> jsonContainer(Arbitrary<Object> inner) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("rules", "id", "name", "mode", "trigger", "type",
                "threshold", "actions", "template", "conditions", "project", "enabled", "comments", "within"),
                Arbitraries.strings().ofMaxLength(6));
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(keys, inner).ofMaxSize(5).map(m -> (Object) new LinkedHashMap<>(m)));
    }

    @Provide
    Arbitrary<String> jsonishText() {
        return Arbitraries.strings().withChars("{}[]:,\"\\ 0123456789.eE+-truefalsn\nu\u0000é").ofMaxLength(40);
    }

    // ---- mutations ----

    private static Object randomValue(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> new BigDecimal(random.nextInt(2001) - 1000).movePointLeft(random.nextInt(4));
            case 3 -> new BigDecimal("1e" + (random.nextInt(40) - 20));
            case 4 -> "P" + random.nextInt(1000) + "D";
            case 5 -> "-PT" + random.nextInt(5) + "H";
            case 6 -> new LinkedHashMap<String, Object>();
            case 7 -> new ArrayList<>();
            case 8 -> "${" + random.nextInt(10) + "}";
            case 9 -> "x".repeat(random.nextInt(3000));
            case 10 -> new String(new char[] {(char) random.nextInt(0x10000)});
            default -> List.of("promiseAtRisk", "approval", "automatic", "delay-notice", "", " ")
                    .get(random.nextInt(6));
        };
    }

    /** Text-level damage: truncation, a deleted or inserted character. */
    private static String mutateText(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at);
            case 1 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            default -> {
                String damage = "{}[],:\"\\0e-";
                yield text.substring(0, at) + damage.charAt(random.nextInt(damage.length())) + text.substring(at);
            }
        };
    }
}
