package io.promisekeeper.jira.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON's own escapes plus {@code < > &} and the line separators U+2028 and U+2029, so that written JSON can sit
 * inside an HTML page or a script without closing a tag.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    static final HtmlSafeEscapes INSTANCE = new HtmlSafeEscapes();
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    private HtmlSafeEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii['<'] = ESCAPE_STANDARD;
        ascii['>'] = ESCAPE_STANDARD;
        ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
