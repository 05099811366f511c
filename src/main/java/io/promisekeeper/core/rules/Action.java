package io.promisekeeper.core.rules;

/**
 * What a rule does when it fires. Sealed so every consumer knows all kinds; the permits list grows when new kinds
 * arrive.
 */
public sealed interface Action {

    /** Longest lead user key or internal comment text an admin may enter. */
    int MAX_TEXT = 2000;

    /** The name of this action kind as admins and JSON see it. */
    String type();

    /** Whether this action puts words in front of the customer (and so falls under the notice policy). */
    default boolean reachesCustomer() {
        return false;
    }

    /** Shows the agent a drafted notice from {@code template}; the agent edits and sends it, or dismisses it. */
    record PromptAgent(String template) implements Action {
        public PromptAgent {
            Rule.requireText(template, "template");
        }

        @Override
        public String type() {
            return "promptAgent";
        }

        @Override
        public boolean reachesCustomer() {
            return true;
        }
    }

    /**
     * Sends the customer a delay notice from {@code template}: by itself in automatic mode, as a draft the agent
     * confirms in approval mode.
     */
    record SendDelayNotice(String template) implements Action {
        public SendDelayNotice {
            Rule.requireText(template, "template");
        }

        @Override
        public String type() {
            return "sendDelayNotice";
        }

        @Override
        public boolean reachesCustomer() {
            return true;
        }
    }

    /** Tells a team lead; {@code lead} is a user key, or empty for the project lead the adapter looks up. */
    record NotifyTeamLead(String lead) implements Action {
        public NotifyTeamLead {
            lead = lead == null ? "" : lead.strip();
            if (lead.length() > MAX_TEXT) {
                throw new IllegalArgumentException("lead is longer than " + MAX_TEXT);
            }
        }

        @Override
        public String type() {
            return "notifyTeamLead";
        }
    }

    /** Adds an internal (agent-only) comment; {@code text} may hold the notice template placeholders. */
    record AddInternalComment(String text) implements Action {
        public AddInternalComment {
            Rule.requireText(text, "text");
            text = text.strip();
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("text is longer than " + MAX_TEXT);
            }
        }

        @Override
        public String type() {
            return "addInternalComment";
        }
    }

    /**
     * Suggests the agent a gesture from the delight catalogue ({@code gestureId}); never twice for one subject,
     * and only within the monthly delight limits. It does not reach the customer by itself: the agent does it.
     */
    record SuggestDelight(String gestureId) implements Action {
        /** Same shape as catalogue ids: they end up in unique keys. */
        public static final java.util.regex.Pattern GESTURE_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

        public SuggestDelight {
            Rule.requireText(gestureId, "gesture");
            if (!GESTURE_ID.matcher(gestureId).matches()) {
                throw new IllegalArgumentException("gesture must be a catalogue id: " + gestureId);
            }
        }

        @Override
        public String type() {
            return "suggestDelight";
        }
    }
}
