package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A batch view of the notice log: reads from the snapshot, writes to the log, its own writes folded in. */
class PreloadedNoticeLogTest {
    private static final Instant T = Instant.parse("2026-03-04T10:00:00Z");

    private final InMemoryNoticeLog log = new InMemoryNoticeLog();

    @Test
    void readsComeFromTheSnapshotAndClaimsStillGoToTheLog() {
        log.claim(EpisodeKey.first("promise:1"), NoticeLog.CUSTOMER_NOTICE);
        PreloadedNoticeLog view = new PreloadedNoticeLog(log, new NoticeLogSnapshot(
                Map.of("promise:1", 1, "promise:2", 1), Map.of("promise:1", Set.of(NoticeLog.CUSTOMER_NOTICE),
                "promise:2", Set.of()), Map.of("anna", List.of(T.minusSeconds(60))), T.minusSeconds(3600)));

        assertThat(view.isClaimed(EpisodeKey.first("promise:1"), NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(view.isClaimed(EpisodeKey.first("promise:2"), NoticeLog.CUSTOMER_NOTICE)).isFalse();
        // A stale snapshot only says "not claimed"; the log's unique claim still decides.
        assertThat(view.claim(EpisodeKey.first("promise:1"), NoticeLog.CUSTOMER_NOTICE)).isFalse();
        assertThat(view.claim(EpisodeKey.first("promise:2"), NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(view.isClaimed(EpisodeKey.first("promise:2"), NoticeLog.CUSTOMER_NOTICE)).isTrue();

        view.recordContact("anna", T);
        assertThat(view.contactsSince("anna", T.minusSeconds(3600))).containsExactly(T.minusSeconds(60), T);
        assertThat(log.contactsSince("anna", T.minusSeconds(3600))).containsExactly(T);
        // Further back than the snapshot reaches: asked of the log.
        assertThat(view.contactsSince("anna", Instant.EPOCH)).containsExactly(T);
    }

    @Test
    void endingAnEpisodeWithNothingClaimedCostsNothingAndOtherwiseReachesTheLog() {
        log.claim(EpisodeKey.first("promise:1"), NoticeLog.CUSTOMER_NOTICE);
        PreloadedNoticeLog view = new PreloadedNoticeLog(log, new NoticeLogSnapshot(
                Map.of("promise:1", 1, "promise:2", 1), Map.of("promise:1", Set.of(NoticeLog.CUSTOMER_NOTICE),
                "promise:2", Set.of()), Map.of(), T));

        view.endEpisode("promise:2");
        view.endEpisode("promise:1");

        assertThat(log.currentEpisode("promise:1").number()).isEqualTo(2);
        assertThat(view.currentEpisode("promise:1").number()).isEqualTo(2);
        assertThat(log.currentEpisode("promise:2").number()).isEqualTo(1);
    }
}
