package io.promisekeeper.core;

import io.promisekeeper.core.settings.json.JsonSyntax;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence for an agent or administrator, as a message key with arguments, so that the adapters say it in the
 * viewer's language (and show moments in the viewer's time zone). Arguments are text, whole numbers, moments,
 * durations or other messages.
 *
 * <p>Reasons and notes travel through the domain and the stores as text; {@link #encoded()} turns a message into
 * text that {@link #decode} reads back, so that those fields keep their type and text written before (or by a
 * person) still shows as it was written.
 */
public record MessageKey(String key, List<Object> args) {
    /** What marks an encoded message; plain text that does not start with it is shown as it is. */
    public static final String PREFIX = "pk-msg:";

    public MessageKey {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[a-z][a-zA-Z0-9._-]*")) {
            throw new IllegalArgumentException("message keys are dotted words: " + key);
        }
        List<Object> checked = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Integer || a instanceof Long) {
                checked.add(((Number) a).longValue());
            } else if (a instanceof String || a instanceof Instant || a instanceof Duration || a instanceof MessageKey) {
                checked.add(a);
            } else {
                throw new IllegalArgumentException("a message argument is text, a whole number, a moment, a duration"
                        + " or a message, not " + (a == null ? "null" : a.getClass().getSimpleName()));
            }
        }
        args = List.copyOf(checked);
    }

    /** The message {@code key} with {@code args}. */
    public static MessageKey of(String key, Object... args) {
        return new MessageKey(key, List.of(args));
    }

    /** This message as text that {@link #decode} reads back. */
    public String encoded() {
        // The syntax indents; JSON strings escape their own line breaks, so every raw one is layout.
        return PREFIX + JsonSyntax.standard().write(tree()).replaceAll("\n\\s*", "");
    }

    @Override
    public String toString() {
        return encoded();
    }

    /** The first text argument (a rule's name in a rule's reason), or empty. */
    public String firstText() {
        return args.stream().filter(String.class::isInstance).map(String.class::cast).findFirst().orElse("");
    }

    /** The message {@code text} encodes, or empty for plain text (or anything unreadable). */
    public static Optional<MessageKey> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromTree(JsonSyntax.standard().parse(text.substring(PREFIX.length()))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private Map<String, Object> tree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Instant i) {
                out.add(Map.of("instant", i.toString()));
            } else if (a instanceof Duration d) {
                out.add(Map.of("duration", d.toString()));
            } else if (a instanceof MessageKey k) {
                out.add(Map.of("message", k.tree()));
            } else {
                out.add(a);
            }
        }
        m.put("args", out);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static MessageKey fromTree(Object tree) {
        Map<String, Object> m = (Map<String, Object>) tree;
        List<Object> args = new ArrayList<>();
        for (Object a : (List<Object>) m.get("args")) {
            if (a instanceof BigDecimal n) {
                args.add(n.longValueExact());
            } else if (a instanceof Map<?, ?> typed && typed.containsKey("instant")) {
                args.add(Instant.parse((String) typed.get("instant")));
            } else if (a instanceof Map<?, ?> typed && typed.containsKey("duration")) {
                args.add(Duration.parse((String) typed.get("duration")));
            } else if (a instanceof Map<?, ?> typed && typed.containsKey("message")) {
                args.add(fromTree(typed.get("message")));
            } else {
                args.add(a);
            }
        }
        return new MessageKey((String) m.get("key"), args);
    }
}
