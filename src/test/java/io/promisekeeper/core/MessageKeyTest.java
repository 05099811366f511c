package io.promisekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageKeyTest {
    @Test
    void aMessageSurvivesTheTripThroughTextWithEveryKindOfArgument() {
        MessageKey inner = MessageKey.of("reason.promise.atRisk", "Call \"back\"\nbefore noon <b>", Instant.parse(
                "2026-03-02T15:00:00Z"), 72, Duration.ofHours(8));
        MessageKey outer = MessageKey.of("reason.rule", "At risk", inner);

        assertThat(outer.encoded()).startsWith(MessageKey.PREFIX).doesNotContain("\n");
        assertThat(MessageKey.decode(outer.encoded())).contains(outer);
    }

    @Test
    void plainTextAndBrokenMessagesAreNotMessages() {
        assertThat(MessageKey.decode("called at 10:00")).isEmpty();
        assertThat(MessageKey.decode(null)).isEmpty();
        assertThat(MessageKey.decode(MessageKey.PREFIX + "{\"key\": \"x\", \"args\": [")).isEmpty();
        assertThat(MessageKey.decode(MessageKey.PREFIX + "{\"key\": \"Not a key!\", \"args\": []}")).isEmpty();
    }

    @Test
    void argumentsAreValuesTheAdaptersKnowHowToSay() {
        assertThatThrownBy(() -> MessageKey.of("x", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageKey.of("x", 3).args()).containsExactly(3L);
        assertThat(MessageKey.of("reason.rule", 1, "Night shift").firstText()).isEqualTo("Night shift");
    }
}
