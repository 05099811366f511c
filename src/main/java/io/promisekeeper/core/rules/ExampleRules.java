package io.promisekeeper.core.rules;

import java.time.Duration;
import java.util.List;

/**
 * The rules shipped with the app so that a new installation has something to switch on: all disabled, all in
 * approval mode (an agent confirms every word the customer reads). An administrator adds one to the instance's rules
 * with one click; from then on it is an ordinary rule they may edit.
 */
public final class ExampleRules {
    /** Id of the example that drafts a delay notice when a promise is at risk. */
    public static final String AT_RISK_DELAY_NOTICE = "example-at-risk-delay-notice";
    /** Id of the example that suggests a personal call after a broken promise. */
    public static final String BROKEN_PERSONAL_CALL = "example-broken-personal-call";
    /** Id of the example that drafts a check-in when the customer has waited long for an agent's reply. */
    public static final String LONG_WAIT_CHECK_IN = "example-long-wait-check-in";
    /** Working hours a customer's comment may wait for a reply before the check-in example fires. */
    public static final Duration LONG_WAIT = Duration.ofHours(8);
    /** Forecast probability from which the delay-notice example calls a promise at risk. */
    public static final double AT_RISK = 0.7;

    private ExampleRules() {
    }

    /** The examples, disabled, in approval mode, in the order the admin page shows them. */
    public static List<Rule> all() {
        return List.of(
                example(AT_RISK_DELAY_NOTICE, "Promise at risk: draft a delay notice", new Trigger.PromiseAtRisk(AT_RISK),
                        new Action.SendDelayNotice("delay-notice")),
                example(BROKEN_PERSONAL_CALL, "Promise broken: suggest a personal call", new Trigger.PromiseBroken(),
                        new Action.SuggestDelight("personal-call")),
                example(LONG_WAIT_CHECK_IN, "Customer waiting long for a reply: draft a check-in",
                        new Trigger.CustomerAwaitingReply(LONG_WAIT), new Action.SuggestDelight("long-wait-check-in")));
    }

    private static Rule example(String id, String name, Trigger trigger, Action action) {
        return new Rule(id, name, false, RuleMode.APPROVAL, trigger, List.of(), List.of(action));
    }
}
