package io.promisekeeper.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.notice.WikiMarkup;
import org.junit.jupiter.api.Test;

class CommentPreviewTest {
    @Test
    void escapedValuesReadAsTheirCharactersNotAsTheirEscapes() {
        String markup = "Your ticket " + WikiMarkup.literal("SD-123") + " about " + WikiMarkup.literal(
                "*not bold* & <b>http://x</b> h1. no heading \\ [no|link]");

        assertThat(CommentPreview.html(markup)).isEqualTo("<p>Your ticket SD-123 about *not bold* &amp; &lt;b&gt;"
                + "http://x&lt;/b&gt; h1. no heading \\ [no|link]</p>");
    }

    @Test
    void theCommonMarkupRendersAsTheCustomerSeesIt() {
        String markup = "h2. Update\nHello *Chris*,\nwe are _nearly_ there: {{SD-1}}.\n\n* one\n* two\n# first\n"
                + "bq. quoted\nSee [the status page|https://status.example.com/a?b=1&c=2] or [https://example.com].";

        assertThat(CommentPreview.html(markup)).isEqualTo("<h5>Update</h5><p>Hello <strong>Chris</strong>,<br>"
                + "we are <em>nearly</em> there: <code>SD-1</code>.</p><ul><li>one</li><li>two</li></ul>"
                + "<ol><li>first</li></ol><blockquote>quoted</blockquote><p>See <a href=\"https://status.example.com/a?"
                + "b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\">the status page</a> or <a href=\"https://example"
                + ".com\" rel=\"nofollow noopener noreferrer\">https://example.com</a>.</p>");
    }

    @Test
    void scriptsMacrosAndOtherSchemesStayText() {
        String html = CommentPreview.html("<script>alert(1)</script> {html}<i>x</i>{html} [x|javascript:alert(1)]"
                + " [y|http://a\"onmouseover=\"alert(1)] <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script").doesNotContain("<i>").doesNotContain("<img")
                .doesNotContain("href=\"javascript").contains("&lt;script&gt;").contains("{html}&lt;i&gt;x");
        assertThat(html.replaceAll("<a href=\"[^\"]*\" rel=\"nofollow noopener noreferrer\">", "")
                .replaceAll("</?(p|a|br|strong|em|code)>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void nothingRendersAsNothing() {
        assertThat(CommentPreview.html(null)).isEmpty();
        assertThat(CommentPreview.html("  \n ")).isEmpty();
    }
}
