package io.promisekeeper.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.notice.NoticeTemplates;
import io.promisekeeper.core.settings.json.RuleJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleRulesTest {
    @Test
    void theExamplesAreShippedSwitchedOffAndAskAnAgentFirst() {
        assertThat(ExampleRules.all()).hasSize(3).allSatisfy(rule -> {
            assertThat(rule.enabled()).isFalse();
            assertThat(rule.mode()).isEqualTo(RuleMode.APPROVAL);
        });
    }

    @Test
    void eachExampleDoesWhatItsNameSays() {
        List<Rule> rules = ExampleRules.all();
        assertThat(rules.get(0).trigger()).isEqualTo(new Trigger.PromiseAtRisk(ExampleRules.AT_RISK));
        assertThat(rules.get(0).actions()).containsExactly(new Action.SendDelayNotice(NoticeTemplates.DELAY_NOTICE));
        assertThat(rules.get(1).trigger()).isEqualTo(new Trigger.PromiseBroken());
        assertThat(rules.get(1).actions()).containsExactly(new Action.SuggestDelight("personal-call"));
        assertThat(rules.get(2).trigger()).isEqualTo(new Trigger.CustomerAwaitingReply(ExampleRules.LONG_WAIT));
        assertThat(rules.get(2).actions()).containsExactly(new Action.SuggestDelight("long-wait-check-in"));
    }

    @Test
    void theExamplesAreValidAgainstTheBuiltInTemplatesAndGesturesSoEnablingOneSaves() {
        RuleJson json = new RuleJson(NoticeTemplates.defaults().ids(), DelightCatalogue.defaults().ids());
        RuleSet examples = new RuleSet(ExampleRules.all());

        assertThat(json.read(json.write(examples))).isEqualTo(examples);
    }
}
