package io.promisekeeper.core.settings.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.rules.Action;
import io.promisekeeper.core.rules.Condition;
import io.promisekeeper.core.rules.Rule;
import io.promisekeeper.core.rules.RuleMode;
import io.promisekeeper.core.rules.RuleSet;
import io.promisekeeper.core.rules.TicketField;
import io.promisekeeper.core.rules.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleJsonTest {
    private final RuleJson json = new RuleJson(NoticeTemplates.defaults().ids());

    @Test
    void readsTheDocumentedExample() {
        RuleSet rules = json.read("""
                {"rules": [{"id": "at-risk", "name": "Warn before it breaks", "enabled": true, "mode": "approval",
                            "trigger": {"type": "promiseAtRisk", "threshold": 0.7},
                            "conditions": {"project": ["SD"], "language": ["nl", "en"]},
                            "actions": [{"type": "sendDelayNotice", "template": "delay-notice"}]},
                           {"id": "waiting", "name": "Long wait", "mode": "automatic",
                            "trigger": {"type": "waitingOnTeam", "longerThan": "PT8H"},
                            "actions": [{"type": "notifyTeamLead"},
                                        {"type": "addInternalComment", "text": "Waited long: ${reason}"}]}]}
                """);

        assertThat(rules.rules()).containsExactly(
                new Rule("at-risk", "Warn before it breaks", true, RuleMode.APPROVAL, new Trigger.PromiseAtRisk(0.7),
                        List.of(new Condition(TicketField.PROJECT, Set.of("SD")),
                                new Condition(TicketField.LANGUAGE, Set.of("en", "nl"))),
                        List.of(new Action.SendDelayNotice("delay-notice"))),
                new Rule("waiting", "Long wait", true, RuleMode.AUTOMATIC, new Trigger.WaitingOnTeam(Duration.ofHours(8)),
                        List.of(), List.of(new Action.NotifyTeamLead(""),
                        new Action.AddInternalComment("Waited long: ${reason}"))));
    }

    @Test
    void reportsEveryErrorAtOnceWithItsPath() {
        InvalidRuleSet invalid = catchThrowableOfType(InvalidRuleSet.class, () -> json.read("""
                {"rules": [
                  {"id": "ok", "name": "fine", "mode": "approval", "trigger": {"type": "ticketReopened"},
                   "actions": [{"type": "promptAgent", "template": "delay-notice"}]},
                  {"id": "ok", "name": "dup", "mode": "approval", "trigger": {"type": "ticketReopened"},
                   "actions": [{"type": "promptAgent", "template": "delay-notice"}]},
                  {"id": "bad", "name": "", "mode": "sometimes", "colour": "red",
                   "trigger": {"type": "promiseAtRisk", "threshold": 1.5},
                   "conditions": {"project": [], "planet": ["Mars"]},
                   "actions": [{"type": "sendDelayNotice", "template": "nope"},
                               {"type": "addInternalComment", "text": "Hi ${whoever}"},
                               {"type": "fax"}]}
                ]}"""));

        assertThat(invalid.errors()).extracting(FieldError::toString).containsExactly(
                "rules[1].id: \"ok\" is already used by rules[0]",
                "rules[2].colour: unknown field; known: id, name, enabled, mode, trigger, conditions, actions",
                "rules[2].name: must not be blank",
                "rules[2].mode: must be \"approval\" or \"automatic\"",
                "rules[2].trigger.threshold: must be between 0 and 1",
                "rules[2].conditions.project: must list at least one value (leave the condition out to allow any)",
                "rules[2].conditions.planet: unknown condition; known: project, requestType, priority, organisation,"
                        + " label, status, language",
                "rules[2].actions[0].template: unknown template \"nope\"; known: broken-promise, delay-notice",
                "rules[2].actions[1].text: unknown placeholder ${whoever}",
                "rules[2].actions[2].type: unknown action \"fax\"; known: addInternalComment, notifyTeamLead,"
                        + " promptAgent, sendDelayNotice, suggestDelight");
    }

    @Test
    void typeAndRangeErrors() {
        InvalidRuleSet invalid = catchThrowableOfType(InvalidRuleSet.class, () -> json.read("""
                {"rules": [{"id": 7, "name": "x", "enabled": "yes", "mode": "approval",
                   "trigger": {"type": "customerUnanswered", "comments": 2.5},
                   "actions": {}},
                  {"id": "d", "name": "x", "mode": "approval", "trigger": {"type": "promiseDueWithin", "within": "4 hours"},
                   "actions": [{"type": "promptAgent", "template": "delay-notice"}]},
                  {"id": "e", "name": "x", "mode": "approval", "trigger": {"type": "slaGoalAtRisk", "remainingBelow": "-PT1H"},
                   "actions": [{"type": "promptAgent", "template": "delay-notice"}]},
                  "rule"]}"""));

        assertThat(invalid.errors()).extracting(FieldError::toString).containsExactly(
                "rules[0].id: must be a string",
                "rules[0].enabled: must be true or false",
                "rules[0].trigger.comments: must be a whole number",
                "rules[0].actions: must be an array",
                "rules[1].trigger.within: must be an ISO-8601 duration like PT30M, PT4H or P2D",
                "rules[2].trigger.remainingBelow: must be more than zero and at most 366 days",
                "rules[3]: must be an object");
    }

    @Test
    void malformedJsonIsOneErrorWithAPosition() {
        InvalidRuleSet invalid = catchThrowableOfType(InvalidRuleSet.class, () -> json.read("{\"rules\": [\n  {,]}"));
        assertThat(invalid.errors()).singleElement().hasToString(
                "$: is not valid JSON: unexpected ',' at $.rules[0] (line 2, column 4)");
        assertThat(catchThrowableOfType(InvalidRuleSet.class, () -> json.read("[]")).errors())
                .extracting(FieldError::toString).containsExactly("$: must be an object");
        assertThat(catchThrowableOfType(InvalidRuleSet.class, () -> json.read("{\"rules\": [], \"x\": 1, \"x\": 2}"))
                .errors()).singleElement().asString().contains("the key \"x\" appears twice at $.x");
    }

    @Test
    void acceptsATreeFromAnotherParser() {
        Map<String, Object> tree = Map.of("rules", List.of(Map.of(
                "id", "r", "name", "n", "mode", "automatic",
                "trigger", Map.of("type", "customerUnanswered", "comments", 3),
                "actions", List.of(Map.of("type", "notifyTeamLead", "lead", "boss")))));

        assertThat(json.fromTree(tree).rules()).singleElement()
                .satisfies(r -> assertThat(r.trigger()).isEqualTo(new Trigger.CustomerUnanswered(3)));
    }

    @Test
    void writesWhatItReads() {
        RuleSet rules = new RuleSet(List.of(new Rule("a.b_c-1", "Naam met \"quotes\" & <tags>", false,
                RuleMode.AUTOMATIC, new Trigger.SlaGoalAtRisk(Duration.ofMinutes(90)),
                List.of(new Condition(TicketField.ORGANISATION, Set.of("Acme", "Globex"))),
                List.of(new Action.PromptAgent("broken-promise")))));

        String text = json.write(rules);

        assertThat(text).doesNotContain("<tags>").contains("\"remainingBelow\": \"PT1H30M\"");
        assertThat(json.read(text)).isEqualTo(rules);
    }

    @Test
    void delightActionsAndTriggersReadAndNameTheirFields() {
        RuleJson withGestures = new RuleJson(NoticeTemplates.defaults().ids(), Set.of("personal-call"));
        RuleSet rules = withGestures.read("""
                {"rules": [{"id": "second-reopen", "name": "Second reopen", "mode": "approval",
                            "trigger": {"type": "ticketReopened", "times": 2},
                            "actions": [{"type": "suggestDelight", "gesture": "personal-call"}]},
                           {"id": "first", "name": "First ticket", "mode": "approval",
                            "trigger": {"type": "customerFirstTicket"},
                            "actions": [{"type": "suggestDelight", "gesture": "personal-call"}]},
                           {"id": "hard", "name": "Hard", "mode": "approval",
                            "trigger": {"type": "hardTicket", "updates": 20},
                            "actions": [{"type": "suggestDelight", "gesture": "personal-call"}]},
                           {"id": "later", "name": "A week later", "mode": "approval",
                            "trigger": {"type": "afterResolution", "after": "P7D"},
                            "actions": [{"type": "suggestDelight", "gesture": "personal-call"}]}]}
                """);

        assertThat(rules.rules()).extracting(Rule::trigger).containsExactly(new Trigger.TicketReopened(2),
                new Trigger.CustomerFirstTicket(), new Trigger.HardTicket(20),
                new Trigger.AfterResolution(Duration.ofDays(7)));
        assertThat(rules.rules().get(0).actions()).containsExactly(new Action.SuggestDelight("personal-call"));
        assertThat(withGestures.read(withGestures.write(rules))).isEqualTo(rules);

        InvalidRuleSet invalid = catchThrowableOfType(InvalidRuleSet.class, () -> withGestures.read("""
                {"rules": [{"id": "x", "name": "x", "mode": "approval",
                            "trigger": {"type": "hardTicket", "updates": 1},
                            "actions": [{"type": "suggestDelight", "gesture": "hug"}, {"type": "suggestDelight"}]},
                           {"id": "y", "name": "y", "mode": "approval", "trigger": {"type": "ticketReopened", "times": 0},
                            "actions": [{"type": "suggestDelight", "gesture": "personal-call", "cost": 3}]}]}"""));
        assertThat(invalid.errors()).extracting(FieldError::toString).containsExactly(
                "rules[0].trigger.updates: must be between 2 and 10000",
                "rules[0].actions[0].gesture: unknown gesture \"hug\"; known: personal-call",
                "rules[0].actions[1].gesture: is required",
                "rules[1].trigger.times: must be between 1 and 50",
                "rules[1].actions[0].cost: unknown field; known: type, gesture");
    }

    @Test
    void aPlainReopenTriggerIsWrittenAsBefore() {
        RuleSet rules = new RuleSet(List.of(new Rule("r", "r", true, RuleMode.APPROVAL, new Trigger.TicketReopened(),
                List.of(), List.of(new Action.PromptAgent("delay-notice")))));

        assertThat(json.write(rules)).doesNotContain("times");
    }
}
