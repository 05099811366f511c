package io.promisekeeper.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.promisekeeper.standin.EntityManagerActiveObjects;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeLog;
import io.promisekeeper.core.notice.NoticeLogContract;
import io.promisekeeper.core.notice.NoticeLogSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The notice log's contract on a real database (H2, and PostgreSQL in the second run), plus its batch read. */
class ActiveObjectsNoticeLogTest extends NoticeLogContract {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");

    private final EntityManagerActiveObjects ao = TestDatabase.open();
    private final ActiveObjectsNoticeLog log = new ActiveObjectsNoticeLog(ao, Clock.fixed(T, ZoneOffset.UTC));

    @AfterEach
    void close() {
        ao.close();
    }

    @Override
    protected NoticeLog log() {
        return log;
    }

    @Test
    void contactsOlderThanTheWindowAreForgottenInBatchesAndNewerOnesKept() {
        for (int day = 1; day <= 12; day++) {
            log.recordContact("kim", T.minus(java.time.Duration.ofDays(day)));
        }
        log.recordContact("noor", T.minus(java.time.Duration.ofDays(20)));
        Instant cut = T.minus(java.time.Duration.ofDays(8));

        assertThat(log.forgetContactsBefore(cut, 3)).isEqualTo(3);
        assertThat(log.forgetContactsBefore(cut, 3)).as("the rest of the old ones").isEqualTo(2);
        assertThat(log.forgetContactsBefore(cut, 3)).isZero();

        assertThat(log.contactsSince("kim", T.minus(java.time.Duration.ofDays(30)))).hasSize(8)
                .allMatch(at -> !at.isBefore(cut));
        assertThat(log.contactsSince("noor", T.minus(java.time.Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void aSnapshotReadsEpisodesClaimsAndContactsOfABatchAtOnce() {
        EpisodeKey first = EpisodeKey.first("promise:1");
        log.claim(first, NoticeLog.CUSTOMER_NOTICE);
        log.endEpisode("promise:1");
        log.claim(first.next(), "rule:lead:0");
        log.claim(EpisodeKey.first("promise:2"), NoticeLog.CUSTOMER_NOTICE);
        log.recordContact("anna", T.minusSeconds(60));
        log.recordContact("anna", T.minusSeconds(8 * 86400));

        NoticeLogSnapshot s = log.snapshot(List.of("promise:1", "promise:2", "promise:3"), List.of("anna", "bob"),
                T.minusSeconds(7 * 86400));

        assertThat(s.episodes()).containsEntry("promise:1", 2).containsEntry("promise:2", 1)
                .containsEntry("promise:3", 1);
        assertThat(s.claims()).containsEntry("promise:1", Set.of("rule:lead:0"))
                .containsEntry("promise:2", Set.of(NoticeLog.CUSTOMER_NOTICE)).containsEntry("promise:3", Set.of());
        assertThat(s.contacts()).containsEntry("anna", List.of(T.minusSeconds(60))).containsEntry("bob", List.of());
    }

    @Test
    void aSnapshotOfManySubjectsSpansSeveralInLists() {
        for (int i = 0; i < 1200; i += 7) {
            log.claim(EpisodeKey.first("promise:" + i), NoticeLog.CUSTOMER_NOTICE);
        }
        List<String> subjects = java.util.stream.IntStream.range(0, 1200).mapToObj(i -> "promise:" + i).toList();
        NoticeLogSnapshot s = log.snapshot(subjects, List.of(), T);
        assertThat(s.claims()).hasSize(1200);
        assertThat(s.claims().values().stream().filter(c -> !c.isEmpty())).hasSize((1200 + 6) / 7);
    }
}
