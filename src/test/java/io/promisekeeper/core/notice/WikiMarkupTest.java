package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WikiMarkupTest {

    @Test
    void neutralisesFormattingLinksAndMacros() {
        String literal = WikiMarkup.literal("*bold* [link|http://evil] {html}<script>alert(1)</script>{html}");

        assertThat(literal).isEqualTo("\\*bold\\* \\[link\\|http&#58;//evil\\] \\{html\\}&lt;script&gt;alert(1)"
                + "&lt;/script&gt;\\{html\\}");
        assertThat(literal).doesNotContain("<script>").doesNotContainPattern("(?<!\\\\)[{}\\[\\]|*]");
    }

    @Test
    void keepsValuesOnOneLineSoTheyCannotStartBlocks() {
        assertThat(WikiMarkup.literal("ok\nh1. Big\r\n# item\n----\nbq. quote"))
                .isEqualTo("ok h1&#46; Big \\# item \\-\\-\\-\\- bq&#46; quote");
        assertThat(WikiMarkup.literal("h3.start")).isEqualTo("h3&#46;start");
        assertThat(WikiMarkup.literal("width3.5")).isEqualTo("width3.5");
    }

    @Test
    void backslashesAndEntitiesStayLiteral() {
        assertThat(WikiMarkup.literal("a\\\\b & c &lt; d")).isEqualTo("a&#92;&#92;b &amp; c &amp;lt; d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{code}x{code}", "{noformat}", "{color:red}x{color}", "!http://evil/x.png!",
            "[~admin]", "_it_ +u+ ^sup^ ~sub~ -del- ??cite??", "{panel}", "||head||"})
    void noWikiMarkupCharacterSurvivesUnescaped(String payload) {
        // Entities (&#58;) carry a '#' that only matters at a line start, which a value never reaches.
        String literal = WikiMarkup.literal(payload).replaceAll("&#?\\w+;", "");
        assertThat(literal).doesNotContainPattern("(?<!\\\\)[{}\\[\\]|*_+^~!#?-]");
    }

    @Test
    void plainTextIsUnchanged() {
        assertThat(WikiMarkup.literal("Nieuwe laptop, donderdag 15:00 (ca. 3 uur).")).isEqualTo(
                "Nieuwe laptop, donderdag 15:00 (ca. 3 uur).");
        assertThat(WikiMarkup.literal(null)).isEmpty();
    }
}
