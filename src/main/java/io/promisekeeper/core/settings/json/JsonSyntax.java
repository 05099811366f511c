package io.promisekeeper.core.settings.json;

/**
 * JSON text to plain Java values and back, under the app's one set of rules (port; the adapter implements it with a
 * JSON library). Objects are {@code Map<String, Object>} in key order, arrays {@code List<Object>}, numbers
 * {@link java.math.BigDecimal}, plus {@code String}, {@code Boolean} and {@code null}; all unmodifiable.
 *
 * <p>The rules: exactly one RFC 8259 value; a repeated key, a comment, a trailing comma or anything after the value
 * is refused, and length, nesting and number size are bounded, so hostile text ends in {@link MalformedJson}.
 */
public interface JsonSyntax {
    /** The value {@code text} holds; @throws MalformedJson naming where and why it is not exactly one JSON value */
    Object parse(String text);

    /**
     * {@code value} (what {@link #parse} returns, or any {@link Number}) as JSON text indented by two spaces, with
     * {@code < > &} escaped so that the text may sit inside an HTML page.
     *
     * @throws IllegalArgumentException for a value JSON cannot hold (NaN, an object that is no plain value)
     */
    String write(Object value);

    /**
     * The syntax the application ships, found once through {@link java.util.ServiceLoader} with this port's own
     * class loader (the bundle, or the tool's class path), so that the domain's documents and messages read and write
     * without the domain naming the library.
     */
    static JsonSyntax standard() {
        return StandardSyntax.INSTANCE;
    }
}
