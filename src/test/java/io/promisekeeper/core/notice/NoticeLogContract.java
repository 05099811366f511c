package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NoticeLog} must do; a store's test extends this with its own {@link #log()} (the Active
 * Objects store runs it on H2 and PostgreSQL).
 */
public abstract class NoticeLogContract {

    /** A fresh, empty log. */
    protected abstract NoticeLog log();

    @Test
    void exactlyOneOfManyConcurrentClaimsWins() throws Exception {
        NoticeLog log = log();
        EpisodeKey episode = EpisodeKey.first("promise:7");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                claims.add(() -> log.claim(episode, NoticeLog.CUSTOMER_NOTICE));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(claims)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.isClaimed(episode, NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(log.isClaimed(episode, "rule:x:0")).isFalse();
    }

    @Test
    void purposesAndEpisodesAreClaimedSeparately() {
        NoticeLog log = log();
        EpisodeKey first = EpisodeKey.first("promise:7");

        assertThat(log.claim(first, NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(log.claim(first, "rule:lead:0")).isTrue();
        assertThat(log.claim(first.next(), NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(log.claim(EpisodeKey.first("promise:8"), NoticeLog.CUSTOMER_NOTICE)).isTrue();
        assertThat(log.claim(first, NoticeLog.CUSTOMER_NOTICE)).isFalse();
    }

    @Test
    void anEpisodeEndsOnlyOnceSomethingWasClaimedInIt() {
        NoticeLog log = log();
        String subject = "sla:SD-1:Time to resolution";
        assertThat(log.currentEpisode(subject)).isEqualTo(EpisodeKey.first(subject));

        log.endEpisode(subject);
        assertThat(log.currentEpisode(subject).number()).isEqualTo(1);

        log.claim(log.currentEpisode(subject), NoticeLog.CUSTOMER_NOTICE);
        log.endEpisode(subject);
        log.endEpisode(subject);
        assertThat(log.currentEpisode(subject).number()).isEqualTo(2);
        assertThat(log.currentEpisode("sla:SD-1:Other").number()).isEqualTo(1);
    }

    @Test
    void contactsAreCountedPerCustomerFromAMoment() {
        NoticeLog log = log();
        Instant t = Instant.parse("2026-03-04T10:00:00Z");
        log.recordContact("anna", t.minusSeconds(7200));
        log.recordContact("anna", t);
        log.recordContact("bob", t);

        assertThat(log.contactsSince("anna", t.minusSeconds(3600))).containsExactly(t);
        assertThat(log.contactsSince("anna", t.minusSeconds(7200))).hasSize(2);
        assertThat(log.contactsSince("carol", Instant.EPOCH)).isEmpty();
    }
}
