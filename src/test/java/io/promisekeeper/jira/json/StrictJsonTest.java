package io.promisekeeper.jira.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import io.promisekeeper.core.settings.json.MalformedJson;
import io.promisekeeper.jira.text.ErrorText;
import io.promisekeeper.standin.BundleTexts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    private final JsonSyntax json = new StrictJson();

    @Test
    void theDomainFindsThisSyntax() {
        assertThat(JsonSyntax.standard()).isInstanceOf(StrictJson.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsPlainValuesInKeyOrderWithExactNumbers() {
        Object tree = json.parse(" {\"b\": [1, 2.50, -3e2, \"x\\u00e9\\n\", true, false, null], \"a\": {}}\n");

        assertThat(tree).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<Object, Object> map = (Map<Object, Object>) tree;
        assertThat(map.keySet()).containsExactly("b", "a");
        assertThat((List<Object>) map.get("b")).containsExactly(new BigDecimal("1"), new BigDecimal("2.50"),
                new BigDecimal("-3e2"), "x\u00e9\n", true, false, null);
        assertThat(map.get("a")).isEqualTo(Map.of());
        assertThatThrownBy(() -> map.put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"x\": 1, \"x\": 2}          | the key \"x\" appears twice       | json.duplicateKey",
        "{\"a\": 1} x                  | there is text after the value     | json.trailingText",
        "{} {}                         | there is text after the value     | json.trailingText",
        "{\"a\": 1 /* note */}         | unexpected '/'                    | json.unexpected",
        "// note\\n{}                  | unexpected '/'                    | json.unexpected",
        "[1,]                          | unexpected ']'                    | json.unexpected",
        "{\"a\": 1,}                   | unexpected '}'                    | json.unexpected",
        "{'a': 1}                      | unexpected \"'\"                  | json.unexpected",
        "{a: 1}                        | unexpected 'a'                    | json.unexpected",
        "[01]                          | a number is malformed or out of range | json.badNumber",
        "[1.]                          | a number is malformed or out of range | json.badNumber",
        "[.5]                          | unexpected '.'                    | json.unexpected",
        "[+1]                          | a number is malformed or out of range | json.badNumber",
        "[NaN]                         | a number is malformed or out of range | json.badNumber",
        "[1e99999999999]               | a number is malformed or out of range | json.badNumber",
        "\"a\\x\"                      | unexpected 'x'                    | json.unexpected",
        "{\"a\": [1, 2                 | the text ends before the value does | json.unexpectedEnd",
        "` \\n `                      | there is no value                 | json.noValue",
    })
    void refusesWhatIsNotStrictJson(String text, String problem, String key) {
        String input = text.replace("\\n", "\n");
        MalformedJson e = catchThrowableOfType(MalformedJson.class, () -> json.parse(input));

        assertThat(e).as(input).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.words().key()).isEqualTo(FieldError.KEYS + key);
    }

    @Test
    void refusesControlCharactersInStrings() {
        MalformedJson e = catchThrowableOfType(MalformedJson.class, () -> json.parse("[\"a\u0001b\"]"));
        assertThat(e.problem()).isEqualTo("unexpected U+0001");
    }

    @Test
    void boundsNestingLengthAndNumbers() {
        assertThat(json.parse("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH))).isNotNull();
        for (int depth : new int[] {StrictJson.MAX_DEPTH + 1, 1_001}) {
            assertThat(catchThrowableOfType(MalformedJson.class, () -> json.parse("[".repeat(depth) + "]".repeat(depth))))
                    .extracting(MalformedJson::problem).isEqualTo("it is nested deeper than 32 levels");
        }
        String huge = "\"" + "a".repeat(StrictJson.MAX_CHARS) + "\"";
        assertThat(catchThrowableOfType(MalformedJson.class, () -> json.parse(huge)).problem())
                .isEqualTo("the text is longer than 2000000 characters");
        assertThat(json.parse("[" + "9".repeat(StrictJson.MAX_NUMBER_CHARS) + "]")).isNotNull();
        assertThat(catchThrowableOfType(MalformedJson.class,
                () -> json.parse("[" + "9".repeat(StrictJson.MAX_NUMBER_CHARS + 1) + "]")).problem())
                .isEqualTo("a number is longer than 100 characters");
        assertThat(catchThrowableOfType(MalformedJson.class, () -> json.parse(null)).problem())
                .isEqualTo("there is no text");
    }

    @Test
    void errorsNameThePathLineAndColumnInEnglishAndDutch() {
        MalformedJson e = catchThrowableOfType(MalformedJson.class,
                () -> json.parse("{\"rules\": [\n  {\"id\": \"a\", \"id\": \"b\"}]}"));

        assertThat(e.path()).isEqualTo("$.rules[0].id");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.error()).hasToString(
                "$: is not valid JSON: the key \"id\" appears twice at $.rules[0].id (line 2, column " + e.column() + ")");
        assertThat(e.column()).isBetween(14, 20);
        assertThat(new ErrorText(new BundleTexts(), () -> Locale.ENGLISH).of(e.error()))
                .isEqualTo("is not valid JSON: the key \"id\" appears twice at $.rules[0].id (line 2, column "
                        + e.column() + ")");
        assertThat(new ErrorText(new BundleTexts(), () -> Locale.forLanguageTag("nl")).of(e.error()))
                .isEqualTo("is geen geldige JSON: de sleutel \"id\" komt twee keer voor bij $.rules[0].id (regel 2, kolom "
                        + e.column() + ")");
    }

    @Test
    void writesTheLayoutDocumentsAreStoredIn() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("a", List.of(1, new BigDecimal("0.70"), 0.25d, "x<y & \"z\"\n\u2028"));
        tree.put("b", Map.of());
        tree.put("c", List.of());
        tree.put("d", null);

        assertThat(json.write(tree)).isEqualTo("{\n  \"a\": [\n    1,\n    0.70,\n    0.25,\n"
                + "    \"x\\u003Cy \\u0026 \\\"z\\\"\\n\\u2028\"\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": null\n}");
        assertThat(json.parse(json.write(tree))).isEqualTo(json.parse(json.write(json.parse(json.write(tree)))));
        assertThatThrownBy(() -> json.write(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Documents in the database were written by the hand-written writer this syntax replaced: they read the same. */
    @Test
    void readsDocumentsAsTheFormerWriterStoredThem() {
        String stored = "{\n  \"rules\": [\n    {\n      \"name\": \"a \\u003cb\\u003e \\u0026 \\\"c\\\" \\/ \\u2028\",\n"
                + "      \"threshold\": 0.70,\n      \"enabled\": false,\n      \"conditions\": {}\n    }\n  ]\n}";
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("name", "a <b> & \"c\" / \u2028");
        rule.put("threshold", new BigDecimal("0.70"));
        rule.put("enabled", false);
        rule.put("conditions", Map.of());

        assertThat(json.parse(stored)).isEqualTo(Map.of("rules", List.of(rule)));
        // An encoded message as MessageKey stored it: the layout with its line breaks taken out.
        String message = "{\"key\": \"history.replaced\",\"args\": [\"2\",{\"instant\": \"2026-03-03T15:00:00Z\"}]}";
        assertThat(json.parse(message)).isEqualTo(Map.of("key", "history.replaced",
                "args", List.of("2", Map.of("instant", "2026-03-03T15:00:00Z"))));
    }

    @Test
    void theRestMapperKeepsTheSameRules() throws Exception {
        for (String refused : List.of("{\"a\": 1, \"a\": 2}", "{\"a\": 1} x", "{\"a\": 1 // c\n}", "[1,]", "[01]",
                "[".repeat(33) + "]".repeat(33), "[".repeat(1_001) + "]".repeat(1_001))) {
            assertThatThrownBy(() -> StrictJson.MAPPER.readTree(refused)).as(refused)
                    .isInstanceOf(JsonProcessingException.class);
        }
        assertThat(StrictJson.MAPPER.readTree("{\"n\": 2.50}").get("n").decimalValue()).isEqualTo(new BigDecimal("2.50"));
        assertThat(StrictJson.refusal("{\"n\": 1}")).isEmpty();
        assertThat(StrictJson.refusal("{\"n\": 1, \"n\": 2}")).get().extracting(MalformedJson::path).isEqualTo("$.n");
    }
}
