package io.promisekeeper.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Quiet hours, the contact cap and held notices, for any clock, zone (DST included) and sequence of notices. */
class NoticePolicyProperties {
    private static final List<String> ZONES = List.of("Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe",
            "Asia/Kolkata", "Pacific/Chatham", "America/Santiago", "Europe/London", "UTC");

    record Moment(ZoneId zone, Instant at) {
    }

    @Provide
    Arbitrary<QuietHours> quietHours() {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        return Combinators.combine(times, times).filter((a, b) -> (Duration.between(a, b).toMinutes() + 2 * 1440) % 1440 <= 20 * 60)
                .as(QuietHours::new);
    }

    /** A zone and an instant, often within three days of one of the zone's clock changes. */
    @Provide
    Arbitrary<Moment> moments() {
        return Arbitraries.of(ZONES).map(ZoneId::of).flatMap(zone -> {
            List<Instant> anchors = new ArrayList<>(List.of(Instant.parse("2026-06-15T12:00:00Z")));
            ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
            for (int i = 0; t != null && i < 2; i++, t = zone.getRules().nextTransition(t.getInstant())) {
                anchors.add(t.getInstant());
            }
            return Combinators.combine(Arbitraries.of(anchors),
                            Arbitraries.longs().between(-3 * 24 * 60, 3 * 24 * 60),
                            Arbitraries.integers().between(0, 59))
                    .as((anchor, minutes, seconds) -> new Moment(zone, anchor.plusSeconds(minutes * 60 + seconds)));
        });
    }

    @Property(tries = 2000)
    void aReleaseEndsTheQuietPeriodAndLiesOutsideIt(@ForAll("quietHours") QuietHours quiet,
                                                    @ForAll("moments") Moment m) {
        Instant release = quiet.releaseAfter(m.at(), m.zone());

        assertThat(quiet.contains(release, m.zone())).isFalse();
        assertThat(release).isAfterOrEqualTo(m.at());
        if (quiet.contains(m.at(), m.zone())) {
            assertThat(Duration.between(m.at(), release)).isLessThanOrEqualTo(Duration.ofHours(26));
            assertThat(quiet.contains(release.minusSeconds(1), m.zone())).isTrue();
            long span = Duration.between(m.at(), release).getSeconds();
            for (int i = 0; i < 48; i++) {
                Instant inside = m.at().plusSeconds(span * i / 48);
                assertThat(quiet.contains(inside, m.zone())).as("%s still quiet", inside).isTrue();
            }
        } else {
            assertThat(release).isEqualTo(m.at());
        }
    }

    @Property(tries = 1000)
    void neverSendsInQuietHoursAndAHeldNoticeMayGoAtItsReleaseTime(
            @ForAll("quietHours") QuietHours quiet, @ForAll("moments") Moment m,
            @ForAll @IntRange(min = 1, max = 3) int perDay, @ForAll @IntRange(min = 1, max = 8) int perWeek,
            @ForAll("pastContacts") List<Duration> ago, @ForAll @IntRange(min = 0, max = 72) int dueInHours) {
        NoticePolicy policy = new NoticePolicy(quiet, new ContactCap(perDay, perWeek), Duration.ofHours(2));
        List<Instant> contacts = ago.stream().map(m.at()::minus).toList();
        Instant due = m.at().plus(Duration.ofHours(dueInHours));

        NoticeDecision decision = policy.decide(m.at(), m.zone(), due, contacts);

        if (decision instanceof NoticeDecision.SendNow) {
            assertThat(quiet.contains(m.at(), m.zone())).isFalse();
            assertThat(ContactCap.countWithin(contacts, m.at(), ContactCap.DAY)).isLessThan(perDay);
            assertThat(ContactCap.countWithin(contacts, m.at(), ContactCap.WEEK)).isLessThan(perWeek);
        } else if (decision instanceof NoticeDecision.HoldUntil hold) {
            assertThat(hold.until()).isAfter(m.at());
            assertThat(quiet.contains(hold.until(), m.zone())).isFalse();
            if (due.isAfter(m.at())) {
                assertThat(Duration.between(hold.until(), due)).isGreaterThanOrEqualTo(Duration.ofHours(2));
            }
            assertThat(policy.decide(hold.until(), m.zone(), due, contacts)).isEqualTo(new NoticeDecision.SendNow());
            assertThat(policy.decide(hold.until().minusSeconds(1), m.zone(), due, contacts))
                    .isInstanceOf(NoticeDecision.HoldUntil.class);
        } else {
            assertThat(due).isAfter(m.at());
            assertThat(Duration.between(m.at(), due)).isLessThan(Duration.ofHours(2).plus(Duration.ofDays(8)));
        }
    }

    @Provide
    Arbitrary<List<Duration>> pastContacts() {
        return Arbitraries.longs().between(0, 8 * 24 * 60).map(Duration::ofMinutes).list().ofMaxSize(10);
    }

    record Wanted(Duration after, Duration dueAfterWanted) {
    }

    @Provide
    Arbitrary<List<Wanted>> wantedNotices() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 20 * 24 * 60).map(Duration::ofMinutes),
                        Arbitraries.longs().between(-60, 10 * 24 * 60).map(Duration::ofMinutes))
                .as(Wanted::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void anySequenceOfTicksStaysWithinTheCapOutsideQuietHoursAndReleasesEveryHeldNotice(
            @ForAll("quietHours") QuietHours quiet, @ForAll("moments") Moment start,
            @ForAll @IntRange(min = 1, max = 3) int perDay, @ForAll @IntRange(min = 1, max = 6) int perWeek,
            @ForAll("wantedNotices") List<Wanted> wanted,
            @ForAll("tickGaps") List<Integer> gaps) {
        Duration lead = Duration.ofMinutes(30);
        NoticePolicy policy = new NoticePolicy(quiet, new ContactCap(perDay, perWeek), lead);
        List<Instant> sent = new ArrayList<>();
        Instant[] heldUntil = new Instant[wanted.size()];
        boolean[] done = new boolean[wanted.size()];
        Instant now = start.at();
        Instant end = start.at().plus(Duration.ofDays(20 + 7L * wanted.size()));
        for (int tick = 0; now.isBefore(end); tick++) {
            for (int i = 0; i < wanted.size(); i++) {
                Instant wantedAt = start.at().plus(wanted.get(i).after());
                if (done[i] || now.isBefore(wantedAt)) {
                    continue;
                }
                Instant due = wantedAt.plus(wanted.get(i).dueAfterWanted());
                NoticeDecision d = policy.decide(now, start.zone(), due, sent);
                if (d instanceof NoticeDecision.SendNow) {
                    assertThat(heldUntil[i] == null || !now.isBefore(heldUntil[i])).isTrue();
                    sent.add(now);
                    done[i] = true;
                } else if (d instanceof NoticeDecision.HoldUntil hold) {
                    heldUntil[i] = hold.until();
                } else {
                    done[i] = true;
                }
            }
            // The scheduler ticks at its interval; the adapter also wakes at the earliest release of a held notice.
            Instant next = now.plus(Duration.ofMinutes(gaps.get(tick % gaps.size())));
            for (int i = 0; i < wanted.size(); i++) {
                if (!done[i] && heldUntil[i] != null && heldUntil[i].isAfter(now) && heldUntil[i].isBefore(next)) {
                    next = heldUntil[i];
                }
            }
            now = next;
        }

        for (Instant s : sent) {
            assertThat(quiet.contains(s, start.zone())).isFalse();
            assertThat(ContactCap.countWithin(sent, s, ContactCap.DAY)).isLessThanOrEqualTo(perDay);
            assertThat(ContactCap.countWithin(sent, s, ContactCap.WEEK)).isLessThanOrEqualTo(perWeek);
        }
        // Held notices are never lost: each one was sent, or dropped because it could no longer arrive in time.
        assertThat(done).containsOnly(true);
    }

    @Provide
    Arbitrary<List<Integer>> tickGaps() {
        return Arbitraries.integers().between(1, 180).list().ofMinSize(1).ofMaxSize(10);
    }
}
