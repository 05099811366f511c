package io.promisekeeper.core.notice;

/** A value a notice template can insert, written {@code ${name}} in the template. */
public enum Placeholder {
    CUSTOMER_FIRST_NAME("customerFirstName"),
    PROMISE_TEXT("promiseText"),
    PROMISE_DUE("promiseDue"),
    EXPECTED_COMPLETION("expectedCompletion"),
    EXPECTED_COMPLETION_LATEST("expectedCompletionLatest"),
    AGENT_NAME("agentName"),
    TICKET_KEY("ticketKey"),
    REASON("reason");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    /** The name between {@code ${} and {@code }}. */
    public String key() {
        return key;
    }

    /** The placeholder with this name, or null. */
    public static Placeholder byKey(String key) {
        for (Placeholder p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
