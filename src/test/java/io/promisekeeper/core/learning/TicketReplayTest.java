package io.promisekeeper.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.forecast.EventLog;
import io.promisekeeper.core.forecast.EventLogBuilder;
import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.ResolutionRule;
import io.promisekeeper.core.forecast.TicketHistory;
import io.promisekeeper.core.forecast.ValueDictionary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketReplayTest {
    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");

    private static Instant at(int hours) {
        return T0.plusSeconds(hours * 3600L);
    }

    /** Today: Done, High, components Billing + Network; history says how it got there. */
    private static TicketRecord ticket() {
        return new TicketRecord("HELP-7", "HELP", T0, at(5),
                Map.of("status", "Done", "priority", "High", "components", "Billing, Network"),
                List.of(FieldChange.value(at(1), "status", "Open", "In Progress"),
                        FieldChange.value(at(2), "priority", "Low", "High"),
                        FieldChange.element(at(2), "components", null, "Network"),
                        FieldChange.value(at(5), "status", "In Progress", "Done")));
    }

    @Test
    void theFieldsAtCreationAreTheCurrentOnesWoundBackThroughTheHistory() {
        List<TicketReplay.Moment> moments = TicketReplay.moments(ticket());
        assertThat(moments).extracting(TicketReplay.Moment::at).containsExactly(T0, at(1), at(2), at(5));
        assertThat(moments.get(0).fields())
                .isEqualTo(Map.of("status", "Open", "priority", "Low", "components", "Billing"));
        assertThat(moments.get(1).fields()).containsEntry("status", "In Progress").containsEntry("priority", "Low");
        assertThat(moments.get(2).fields())
                .isEqualTo(Map.of("status", "In Progress", "priority", "High", "components", "Billing, Network"));
        assertThat(moments.get(3).fields()).isEqualTo(ticket().current());
    }

    @Test
    void aFieldSetLaterIsAbsentBeforeItWasSetAndAnElementRemovedComesBack() {
        TicketRecord ticket = new TicketRecord("HELP-8", null, T0, null, Map.of("status", "Open", "labels", "vip"),
                List.of(FieldChange.value(at(3), "labels", null, "vip"),
                        FieldChange.element(at(4), "components", "Network", null)));
        List<TicketReplay.Moment> moments = TicketReplay.moments(ticket);
        assertThat(moments.get(0).fields()).isEqualTo(Map.of("status", "Open", "components", "Network"));
        assertThat(moments.get(1).fields()).isEqualTo(Map.of("status", "Open", "labels", "vip", "components", "Network"));
        assertThat(moments.get(2).fields()).isEqualTo(Map.of("status", "Open", "labels", "vip"));
    }

    @Test
    void trainingInternsStatusesAndAttributesAndKeepsTheResolvedTime() {
        EventLogBuilder builder = new EventLogBuilder();
        TicketReplay.addTo(builder, ticket());
        EventLog log = builder.build(ResolutionRule.column());
        TicketHistory history = log.tickets().get(0);
        LogSchema schema = log.schema();
        assertThat(history.eventCount()).isEqualTo(4);
        assertThat(history.opened()).isEqualTo(T0.toEpochMilli());
        assertThat(history.resolved()).isEqualTo(at(5).toEpochMilli());
        assertThat(history.segment()).isEqualTo("HELP");
        assertThat(schema.statuses().value(history.status(0))).isEqualTo("Open");
        assertThat(schema.statuses().value(history.status(3))).isEqualTo("Done");
        int priority = schema.indexOf("priority");
        assertThat(schema.values(priority).value(history.value(0, priority))).isEqualTo("Low");
        assertThat(schema.values(priority).value(history.value(2, priority))).isEqualTo("High");
        assertThat(schema.indexOf("status")).as("the status is no attribute").isEqualTo(-1);
        assertThat(schema.attributeNames()).containsExactly("components", "priority");
    }

    @Test
    void aLiveHistoryStopsAtUntilHidesALaterResolutionAndNeverLearnsNewValues() {
        EventLogBuilder builder = new EventLogBuilder();
        TicketReplay.addTo(builder, ticket());
        LogSchema schema = builder.schema();
        int attributes = schema.attributeCount();
        int statuses = schema.statuses().size();
        TicketRecord live = new TicketRecord("HELP-9", "HELP", T0, at(5),
                Map.of("status", "Done", "priority", "Urgent", "team", "Blue"),
                List.of(FieldChange.value(at(1), "status", "Triage", "In Progress"),
                        FieldChange.value(at(5), "status", "In Progress", "Done")));

        TicketHistory history = TicketReplay.history(live, schema, at(2));

        assertThat(history.eventCount()).isEqualTo(2);
        assertThat(history.isResolved()).isFalse();
        assertThat(history.status(0)).as("unknown status Triage").isEqualTo(ValueDictionary.ABSENT);
        assertThat(schema.statuses().value(history.status(1))).isEqualTo("In Progress");
        assertThat(history.value(1, schema.indexOf("priority"))).as("unknown value Urgent").isEqualTo(ValueDictionary.ABSENT);
        assertThat(schema.attributeCount()).isEqualTo(attributes);
        assertThat(schema.statuses().size()).isEqualTo(statuses);
        assertThat(TicketReplay.history(live, schema, at(6)).resolved()).isEqualTo(at(5).toEpochMilli());
    }

    @Test
    void longValuesAreFreeTextAndStayOutOfTheModel() {
        EventLogBuilder builder = new EventLogBuilder();
        TicketReplay.addTo(builder, new TicketRecord("HELP-1", null, T0, at(1),
                Map.of("status", "Done", "note", "x".repeat(TicketReplay.MAX_VALUE_LENGTH + 1)), List.of()));
        assertThat(builder.schema().indexOf("note")).isEqualTo(-1);
    }
}
