package io.promisekeeper.jira.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationOngoingCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationQuery;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import io.promisekeeper.core.rules.SlaGoal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JsmSlaGoalsTest {
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final SlaInformationService service = mock(SlaInformationService.class);
    private final SlaInformationQuery.Builder builder = mock(SlaInformationQuery.Builder.class, RETURNS_SELF);
    private final SlaInformationQuery query = mock(SlaInformationQuery.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);
    private final JsmSlaGoals goals = new JsmSlaGoals(service);

    @BeforeEach
    void setUp() {
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("HELP-42");
        when(service.newInfoQueryBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(query);
    }

    @Test
    void aRunningGoalKeepsJsmsRemainingTime() {
        answer(page(false, sla("Time to first response", ongoing(2 * HOUR, false, false))));

        List<SlaGoal> read = goals.of(issue, agent);

        assertThat(read).containsExactly(new SlaGoal("Time to first response", Duration.ofHours(2), false, false));
        assertThat(read.get(0).isRunning()).isTrue();
        verify(builder).issue(10042L);
        verify(service).getInfo(agent, query);
    }

    @Test
    void aPausedGoalIsPausedAndNotRunning() {
        answer(page(false, sla("Time to resolution", ongoing(5 * HOUR, true, false))));

        SlaGoal goal = goals.of(issue, agent).get(0);

        assertThat(goal).isEqualTo(new SlaGoal("Time to resolution", Duration.ofHours(5), true, false));
        assertThat(goal.isRunning()).isFalse();
    }

    @Test
    void aBreachedGoalHasNegativeRemainingTimeEvenWhenJsmSaysZero() {
        answer(page(false,
                sla("Time to first response", ongoing(-30 * 60_000L, false, true)),
                sla("Time to resolution", ongoing(0L, false, true))));

        List<SlaGoal> read = goals.of(issue, agent);

        assertThat(read).extracting(SlaGoal::remaining)
                .containsExactly(Duration.ofMinutes(-30), Duration.ofMillis(-1));
        assertThat(read).noneMatch(SlaGoal::isRunning).noneMatch(SlaGoal::completed);
    }

    @Test
    void withoutRemainingTimeTheGoalMinusElapsedCounts() {
        SlaInformationOngoingCycle cycle = ongoing(null, false, false);
        when(cycle.getGoalDuration()).thenReturn(4 * HOUR);
        when(cycle.getElapsedTime()).thenReturn(HOUR);
        answer(page(false, sla("Time to resolution", cycle)));

        assertThat(goals.of(issue, agent)).extracting(SlaGoal::remaining).containsExactly(Duration.ofHours(3));
    }

    @Test
    void aGoalWithOnlyFinishedCyclesIsCompletedWithItsLatestCycle() {
        SlaInformation sla = mock(SlaInformation.class);
        when(sla.getName()).thenReturn("Time to resolution");
        when(sla.getOngoingCycle()).thenReturn(Optional.empty());
        // Out of order on purpose: the reopened request's second cycle, which breached, is the one that counts.
        List<SlaInformationCompletedCycle> cycles = List.of(
                completed(Instant.parse("2026-03-02T10:00:00Z"), -HOUR, true),
                completed(Instant.parse("2026-03-01T10:00:00Z"), 3 * HOUR, false));
        when(sla.getCompletedCycles()).thenReturn(cycles);
        answer(page(false, sla));

        assertThat(goals.of(issue, agent))
                .containsExactly(new SlaGoal("Time to resolution", Duration.ofHours(-1), false, true));
    }

    @Test
    void aMetGoalIsCompletedWithTimeToSpare() {
        SlaInformation sla = mock(SlaInformation.class);
        when(sla.getName()).thenReturn("Time to first response");
        when(sla.getOngoingCycle()).thenReturn(Optional.empty());
        List<SlaInformationCompletedCycle> cycles = List.of(completed(Instant.parse("2026-03-01T10:00:00Z"), HOUR, false));
        when(sla.getCompletedCycles()).thenReturn(cycles);
        answer(page(false, sla));

        SlaGoal goal = goals.of(issue, agent).get(0);

        assertThat(goal).isEqualTo(new SlaGoal("Time to first response", Duration.ofHours(1), false, true));
        assertThat(goal.isRunning()).isFalse();
    }

    @Test
    void aGoalThatHasNotStartedAndOneWithoutNameAreLeftOut() {
        SlaInformation notStarted = mock(SlaInformation.class);
        when(notStarted.getName()).thenReturn("Time to approve");
        when(notStarted.getOngoingCycle()).thenReturn(Optional.empty());
        when(notStarted.getCompletedCycles()).thenReturn(List.of());
        answer(page(false, notStarted, sla(" ", ongoing(HOUR, false, false)), sla("Time to resolution", ongoing(HOUR, false, false))));

        assertThat(goals.of(issue, agent)).extracting(SlaGoal::name).containsExactly("Time to resolution");
    }

    @Test
    void everyPageIsRead() {
        PagedResponse<SlaInformation> first = page(true, sla("Time to first response", ongoing(HOUR, false, false)));
        PagedResponse<SlaInformation> second = page(false, sla("Time to resolution", ongoing(2 * HOUR, false, false)));
        when(service.getInfo(agent, query)).thenReturn(first).thenReturn(second);

        assertThat(goals.of(issue, agent)).extracting(SlaGoal::name)
                .containsExactly("Time to first response", "Time to resolution");
        ArgumentCaptor<PagedRequest> pages = ArgumentCaptor.forClass(PagedRequest.class);
        verify(builder, times(2)).pagedRequest(pages.capture());
        assertThat(pages.getAllValues()).extracting(PagedRequest::getStart).containsExactly(0, JsmSlaGoals.PAGE_SIZE);
        assertThat(pages.getAllValues()).extracting(PagedRequest::getLimit)
                .containsOnly(JsmSlaGoals.PAGE_SIZE);
    }

    @Test
    void aServiceThatAlwaysHasANextPageIsReadOnlyUpToTheCap() {
        when(service.getInfo(agent, query)).thenAnswer(call -> page(true, sla("Time to resolution", ongoing(HOUR, false, false))));

        assertThat(goals.of(issue, agent)).hasSize(JsmSlaGoals.MAX_PAGES);
    }

    @Test
    void aFailingServiceGivesNoGoalsAndLogsOnlyTheKey() {
        when(service.getInfo(any(), any())).thenThrow(new RefusedByJsm("Printer on fire for jane@example.com"));

        String log = stderrOf(() -> assertThat(goals.of(issue, agent)).isEmpty());

        assertThat(log).contains("HELP-42").doesNotContain("Printer").doesNotContain("jane@example.com");
        assertThat(log.lines().filter(l -> l.contains("HELP-42")).count()).isEqualTo(1);
    }

    @Test
    void aFailureHalfwayThroughThePagesGivesNoGoalsRatherThanSome() {
        PagedResponse<SlaInformation> first = page(true, sla("Time to first response", ongoing(HOUR, false, false)));
        when(service.getInfo(agent, query)).thenReturn(first).thenThrow(new RefusedByJsm("no permission"));

        assertThat(goals.of(issue, agent)).isEmpty();
    }

    @Test
    void withNobodyToReadAsJsmIsNotAsked() {
        assertThat(goals.of(issue, null)).isEmpty();
        assertThat(goals.of(null, agent)).isEmpty();
        verify(service, never()).getInfo(any(), any());
        verifyNoInteractions(builder);
    }

    private void answer(PagedResponse<SlaInformation> page) {
        when(service.getInfo(agent, query)).thenReturn(page);
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static <T> PagedResponse<T> page(boolean more, T... results) {
        PagedResponse<T> page = mock(PagedResponse.class);
        List<T> list = new ArrayList<>();
        for (T result : results) {
            list.add(result);
        }
        when(page.getResults()).thenReturn(list);
        when(page.hasNextPage()).thenReturn(more);
        return page;
    }

    private static SlaInformation sla(String name, SlaInformationOngoingCycle cycle) {
        SlaInformation sla = mock(SlaInformation.class);
        when(sla.getName()).thenReturn(name);
        when(sla.getOngoingCycle()).thenReturn(Optional.of(cycle));
        when(sla.getCompletedCycles()).thenReturn(List.of());
        return sla;
    }

    private static SlaInformationOngoingCycle ongoing(Long remaining, boolean paused, boolean breached) {
        SlaInformationOngoingCycle cycle = mock(SlaInformationOngoingCycle.class);
        when(cycle.getRemainingTime()).thenReturn(remaining);
        when(cycle.getPaused()).thenReturn(paused);
        when(cycle.getBreached()).thenReturn(breached);
        return cycle;
    }

    private static SlaInformationCompletedCycle completed(Instant stop, long remaining, boolean breached) {
        SlaInformationCompletedCycle cycle = mock(SlaInformationCompletedCycle.class);
        when(cycle.getStopTime()).thenReturn(stop);
        when(cycle.getRemainingTime()).thenReturn(remaining);
        when(cycle.getBreached()).thenReturn(breached);
        return cycle;
    }

    /** What slf4j-simple (the test binding) writes to standard error while {@code action} runs. */
    static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** JSM's exception type is abstract; its real subclasses carry a message that may quote the request. */
    static final class RefusedByJsm extends ServiceDeskServiceException {
        private static final long serialVersionUID = 1L;
        private final String text;

        RefusedByJsm(String text) {
            this.text = text;
        }

        @Override
        public String getMessage() {
            return text;
        }
    }
}
