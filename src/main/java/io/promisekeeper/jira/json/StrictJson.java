package io.promisekeeper.jira.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.settings.json.JsonSyntax;
import io.promisekeeper.core.settings.json.MalformedJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's one JSON configuration (Jackson), for settings documents, stored messages and REST bodies alike: a
 * repeated key, a comment, a trailing comma or text after the value is refused, numbers read as {@link BigDecimal},
 * and length, nesting, text and number size are bounded by {@link StreamReadConstraints}.
 */
public final class StrictJson implements JsonSyntax {
    /** Deepest nesting read; no document or body of ours needs more than six levels. */
    public static final int MAX_DEPTH = 32;
    /** Longest text read: a rule set is a few hundred kilobytes at most. */
    public static final int MAX_CHARS = 2_000_000;
    /** Longest number read: digits beyond this are not a number an administrator typed. */
    public static final int MAX_NUMBER_CHARS = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Error messages go back to callers: they name a position, never quote the document.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_CHARS)
                    .maxStringLength(MAX_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();

    /** The mapper of the REST layer, on the same factory: trailing text is refused there too. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final Pattern CODE = Pattern.compile("code (\\d{1,5})\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']{1,40})");

    /** Public for {@link java.util.ServiceLoader}; it holds no state. */
    public StrictJson() {
    }

    /**
     * Why {@code text} is not JSON under these rules, as {@link #parse} says it (path, line, column, message key);
     * empty when it is. For a reader of {@link #MAPPER} that was refused and wants to say why in the same words.
     */
    public static Optional<MalformedJson> refusal(String text) {
        try {
            new StrictJson().parse(text);
            return Optional.empty();
        } catch (MalformedJson e) {
            return Optional.of(e);
        }
    }

    @Override
    public Object parse(String text) {
        if (text == null) {
            throw new MalformedJson("there is no text", words("noText"), "$", 1, 1);
        }
        if (text.length() > MAX_CHARS) {
            throw new MalformedJson("the text is longer than " + MAX_CHARS + " characters",
                    words("tooLong", (long) MAX_CHARS), "$", 1, 1);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw malformed(parser, "there is no value", words("noValue"));
                }
                Object value = value(parser, first);
                if (!atEnd(parser)) {
                    throw malformed(parser, "there is text after the value", words("trailingText"));
                }
                return value;
            } catch (JsonProcessingException e) {
                throw translated(e, text, parser);
            }
        } catch (IOException e) {
            // A String cannot fail to be read.
            throw new UncheckedIOException(e);
        }
    }

    // Whatever follows the value, even text that is no JSON token, is text after the value.
    private static boolean atEnd(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return Collections.unmodifiableMap(map);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return Collections.unmodifiableList(list);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return parser.getDecimalValue();
                } catch (NumberFormatException | ArithmeticException e) {
                    // An exponent beyond what BigDecimal holds.
                    throw malformed(parser, "a number is malformed or out of range", words("badNumber"));
                }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw malformed(parser, "unexpected " + token, words("unexpected", token.toString()));
        }
    }

    private static MalformedJson malformed(JsonParser parser, String problem, MessageKey words) {
        JsonLocation at = parser.currentTokenLocation();
        return new MalformedJson(problem, words, path(parser.getParsingContext()), Math.max(1, at.getLineNr()),
                Math.max(1, at.getColumnNr()));
    }

    // Jackson's own words name its settings and quote the input; callers get ours, in their language.
    private static MalformedJson translated(JsonProcessingException e, String text, JsonParser parser) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        MessageKey words;
        if (e instanceof StreamConstraintsException) {
            if (message.startsWith("Document nesting depth")) {
                problem = "it is nested deeper than " + MAX_DEPTH + " levels";
                words = words("tooDeep", (long) MAX_DEPTH);
            } else if (message.startsWith("Number value length")) {
                problem = "a number is longer than " + MAX_NUMBER_CHARS + " characters";
                words = words("numberTooLong", (long) MAX_NUMBER_CHARS);
            } else {
                problem = "a text is longer than " + MAX_CHARS + " characters";
                words = words("textTooLong", (long) MAX_CHARS);
            }
        } else if (message.startsWith("Duplicate field '")) {
            String key = message.substring("Duplicate field '".length(), Math.max("Duplicate field '".length(),
                    message.lastIndexOf('\'')));
            problem = "the key \"" + key + "\" appears twice";
            words = words("duplicateKey", key);
        } else if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            problem = "the text ends before the value does";
            words = words("unexpectedEnd");
        } else if (message.contains("numeric value") || message.contains("Leading zeroes")
                || message.contains("Non-standard token")) {
            problem = "a number is malformed or out of range";
            words = words("badNumber");
        } else if (found(message) != null) {
            String found = found(message);
            problem = "unexpected " + found;
            words = words("unexpected", found);
        } else {
            problem = "it breaks the JSON grammar";
            words = words("grammar");
        }
        JsonLocation at = at(e, parser);
        String path = path(parser.getParsingContext());
        return new MalformedJson(problem, words, path, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    // A syntax error carries where it stopped; a limit reached may not.
    private static JsonLocation at(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() == null ? parser.currentLocation() : e.getLocation();
    }

    /** The character or word Jackson stopped at, as its message names it ({@code (code 125)}); null when none. */
    private static String found(String message) {
        Matcher code = CODE.matcher(message);
        if (code.find()) {
            char c = (char) Integer.parseInt(code.group(1));
            return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : c == '\'' ? "\"'\"" : "'" + c + "'";
        }
        Matcher token = TOKEN.matcher(message);
        return token.find() ? "'" + token.group(1) + "'" : null;
    }

    /** The JSON path of a parsing context: {@code $}, {@code $.rules[2].name}. */
    static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add("." + c.getCurrentName());
            }
        }
        Collections.reverse(steps);
        return "$" + String.join("", steps);
    }

    private static MessageKey words(String problem, Object... args) {
        return MessageKey.of(FieldError.KEYS + "json." + problem, args);
    }

    @Override
    public String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(new TwoSpaceLayout());
            generator.setCharacterEscapes(HtmlSafeEscapes.INSTANCE);
            write(value, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            g.writeNumber(BigDecimal.valueOf(d));
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Number n) {
            g.writeNumber(new BigDecimal(n.toString()));
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(item, g);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
