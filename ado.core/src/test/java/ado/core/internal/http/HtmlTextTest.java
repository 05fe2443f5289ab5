package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void of_dropsScriptStyleCommentsAndTags() {
        String html = "<html><head><title>T</title></head><body><!-- hidden --><script type='x'>alert(1)</script>"
                + "<STYLE>p{}</STYLE><p>Hello&nbsp;<b>World</b> &lt;3 &#65;&#x42;</p></body></html>";

        assertThat(HtmlText.of(html, 100)).isEqualTo("Hello World <3 AB");
    }

    @Test
    void of_collapsesWhitespace() {
        assertThat(HtmlText.of("<p>a\n\n   b\t c</p>", 100)).isEqualTo("a b c");
    }

    @Test
    void of_capsLengthWithEllipsis() {
        assertThat(HtmlText.of("<p>abcdefghij</p>", 5)).isEqualTo("abcd\u2026");
    }

    @Test
    void of_unknownEntity_isKept() {
        assertThat(HtmlText.of("a &bogus; b", 50)).isEqualTo("a &bogus; b");
    }
}
