package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.jira.insight.StoredTicketFacts;
import io.promisekeeper.standin.EntityManagerActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Insight's ticket facts come from the app's table in pages, and Jira is asked only about tickets not stored yet. */
class StoredTicketFactsTest {
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsTicketFacts table = new ActiveObjectsTicketFacts(ao);
    private final List<Collection<String>> askedOfJira = new ArrayList<>();
    private final Map<String, TicketFacts> inJira = new HashMap<>();
    private final TicketFactsSource jira = keys -> {
        askedOfJira.add(List.copyOf(keys));
        Map<String, TicketFacts> found = new HashMap<>();
        keys.stream().filter(inJira::containsKey).forEach(k -> found.put(k, inJira.get(k)));
        return found;
    };
    private final StoredTicketFacts facts = new StoredTicketFacts(table, jira, Clock.fixed(T, ZoneOffset.UTC));

    @AfterEach
    void close() {
        ao.close();
    }

    @Test
    void jiraIsAskedOnceAboutATicketAndTheStoreAnswersAfterwards() {
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Network", "Get IT help"));
        inJira.put("HELP-2", new TicketFacts("HELP-2", KeptRates.UNKNOWN, "Question"));

        Map<String, TicketFacts> first = facts.factsOf(List.of("HELP-1", "HELP-2"));
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Changed in Jira", "Changed"));
        Map<String, TicketFacts> second = facts.factsOf(List.of("HELP-1", "HELP-2"));

        assertThat(askedOfJira).hasSize(1);
        assertThat(first).isEqualTo(second);
        assertThat(second.get("HELP-1")).isEqualTo(new TicketFacts("HELP-1", "Network", "Get IT help"));
        assertThat(second.get("HELP-2")).isEqualTo(new TicketFacts("HELP-2", KeptRates.UNKNOWN, "Question"));
    }

    @Test
    void aTicketWhoseRequestTypeJiraCouldNotBeAskedIsShownUnknownAndAskedAgainNotStored() {
        // Nobody to ask as (no user, no project lead) or a JSM whose API differs: the source says null.
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Network", null));
        assertThat(facts.factsOf(List.of("HELP-1")).get("HELP-1").requestType()).isEqualTo(KeptRates.UNKNOWN);
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Network", "Get IT help"));

        assertThat(facts.factsOf(List.of("HELP-1")).get("HELP-1").requestType()).isEqualTo("Get IT help");
        assertThat(askedOfJira).hasSize(2);
        assertThat(facts.factsOf(List.of("HELP-1")).get("HELP-1").requestType()).isEqualTo("Get IT help");
        assertThat(askedOfJira).hasSize(2);
    }

    @Test
    void aTicketJsmSaysHasNoRequestTypeIsStoredAsHavingNone() {
        // Created outside the portal: JSM answered, and its answer is the ticket's.
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Network", KeptRates.UNKNOWN));
        facts.factsOf(List.of("HELP-1"));

        assertThat(facts.factsOf(List.of("HELP-1")).get("HELP-1").requestType()).isEqualTo(KeptRates.UNKNOWN);
        assertThat(askedOfJira).hasSize(1);
    }

    @Test
    void onlyTheTicketsNotStoredAreAskedOfJira() {
        table.remember(List.of(new TicketFacts("HELP-1", "Network", "Get IT help")), T);
        inJira.put("HELP-3", new TicketFacts("HELP-3", "Desk", "Question"));

        Map<String, TicketFacts> read = facts.factsOf(List.of("HELP-1", "HELP-3", "GONE-9"));

        assertThat(askedOfJira).containsExactly(List.of("HELP-3", "GONE-9"));
        assertThat(read).containsOnlyKeys("HELP-1", "HELP-3");
        assertThat(read.get("HELP-3").component()).isEqualTo("Desk");
    }

    @Test
    void aForgottenTicketIsReadFromJiraAgain() {
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Network", "Get IT help"));
        facts.factsOf(List.of("HELP-1"));
        inJira.put("HELP-1", new TicketFacts("HELP-1", "Databases", "Get IT help"));

        table.forget("HELP-1");

        assertThat(facts.factsOf(List.of("HELP-1")).get("HELP-1").component()).isEqualTo("Databases");
        assertThat(askedOfJira).hasSize(2);
    }

    @Test
    void moreTicketsThanOnePageAreAllFound() {
        List<String> keys = IntStream.rangeClosed(1, ActiveObjectsTicketFacts.IN_BATCH * 2 + 7)
                .mapToObj(i -> "HELP-" + i).toList();
        table.remember(keys.stream().map(k -> new TicketFacts(k, "C" + k.length(), "R")).toList(), T);

        Map<String, TicketFacts> read = table.factsOf(keys);

        assertThat(read).hasSize(keys.size());
        assertThat(read.get("HELP-1007").component()).isEqualTo("C9");
    }

    @Test
    void aTicketStoredTwiceKeepsOneRowAndTheFirstAnswer() {
        table.remember(List.of(new TicketFacts("HELP-1", "Network", "Get IT help")), T);
        table.remember(List.of(new TicketFacts("HELP-1", "Other", "Other")), T.plusSeconds(60));

        assertThat(ao.count(TicketFactEntity.class, net.java.ao.Query.select("ID"))).isEqualTo(1);
        assertThat(table.factsOf(List.of("HELP-1")).get("HELP-1").component()).isEqualTo("Network");
    }

    @Test
    void aNameLongerThanTheColumnIsKeptToItsFirst255Characters() {
        String longName = "é".repeat(300);
        table.remember(List.of(new TicketFacts("HELP-1", longName, "Get IT help")), T);

        assertThat(table.factsOf(List.of("HELP-1")).get("HELP-1").component()).isEqualTo("é".repeat(255));
    }
}
