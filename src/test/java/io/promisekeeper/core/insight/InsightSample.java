package io.promisekeeper.core.insight;

import io.promisekeeper.core.notice.DelayNotice;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.notice.NoticeState;
import io.promisekeeper.core.promise.Channel;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseSource;
import io.promisekeeper.core.promise.PromiseStatus;
import io.promisekeeper.core.rules.RuleMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-made desk whose figures are worked out by hand in {@link InsightFiguresTest}. Weeks (UTC):
 * W10 = 2-8 March 2026, W11 = 9-15 March, W12 = 16-22 March.
 */
public final class InsightSample {
    static final String MADE = "2026-03-02T08:00:00Z";

    private InsightSample() {
    }

    /** Promise {@code id} on {@code ticket}, made at {@code made}, due at {@code due}, now in {@code status}. */
    public static Promise promise(long id, String ticket, String agent, PromiseKind kind, String made, String due,
                                  PromiseStatus status) {
        Promise open = Promise.open(ticket, "promise " + id, kind, Instant.parse(due), "default", agent,
                Instant.parse(made), Channel.EMAIL, PromiseSource.AGENT).stored(id, 1);
        Instant at = Instant.parse(made).plusSeconds(60);
        return switch (status) {
            case OPEN -> open;
            case KEPT -> open.keep(agent, at, "");
            case BROKEN -> open.markBroken(agent, at, "");
            case CANCELLED -> open.cancel(agent, at, "no longer needed");
            case RENEGOTIATED -> open.supersede(agent, at, 999, "later");
        };
    }

    /** A notice about promise {@code id} (or its apology when {@code subject} says so) in {@code state} since {@code at}. */
    public static NoticeRecord notice(long id, String ticket, String subject, NoticeState state, String at) {
        Instant when = Instant.parse(at);
        DelayNotice n = new DelayNotice(id, ticket, "customer", EpisodeKey.first(subject), "en", "We are late",
                "rule", "delay", RuleMode.AUTOMATIC, when, "at risk");
        return new NoticeRecord(n, state, when.minusSeconds(60), when);
    }

    /** A gesture fact. */
    public static GestureFact gesture(String ticket, String component, String agent, String id, String name,
                                      GestureState state, String reason, String cost, String suggested, String acted) {
        return new GestureFact(ticket, InsightFilter.projectOf(ticket), component, agent, id, name, state, reason,
                cost == null ? null : new BigDecimal(cost), Instant.parse(suggested),
                acted == null ? null : Instant.parse(acted));
    }

    public static final List<Promise> PROMISES = List.of(
            promise(1, "HELP-1", "anna", PromiseKind.CALLBACK, MADE, "2026-03-03T10:00:00Z", PromiseStatus.KEPT),
            promise(2, "HELP-1", "anna", PromiseKind.UPDATE, MADE, "2026-03-04T10:00:00Z", PromiseStatus.BROKEN),
            promise(3, "HELP-2", "bob", PromiseKind.CALLBACK, MADE, "2026-03-10T10:00:00Z", PromiseStatus.KEPT),
            promise(4, "HELP-2", "bob", PromiseKind.UPDATE, MADE, "2026-03-11T10:00:00Z", PromiseStatus.KEPT),
            promise(5, "HELP-3", "bob", PromiseKind.RESOLUTION, MADE, "2026-03-12T10:00:00Z", PromiseStatus.BROKEN),
            promise(6, "HELP-3", "anna", PromiseKind.CALLBACK, MADE, "2026-03-17T10:00:00Z", PromiseStatus.KEPT),
            promise(7, "HELP-4", "anna", PromiseKind.CALLBACK, MADE, "2026-03-18T10:00:00Z", PromiseStatus.KEPT),
            promise(8, "HELP-4", "bob", PromiseKind.UPDATE, MADE, "2026-03-19T10:00:00Z", PromiseStatus.OPEN),
            promise(9, "OPS-1", "carla", PromiseKind.CALLBACK, MADE, "2026-03-03T10:00:00Z", PromiseStatus.BROKEN),
            promise(10, "HELP-5", "anna", PromiseKind.CALLBACK, "2026-02-20T08:00:00Z", "2026-02-21T10:00:00Z",
                    PromiseStatus.KEPT),
            promise(11, "HELP-6", "anna", PromiseKind.VISIT, MADE, "2026-03-05T10:00:00Z", PromiseStatus.CANCELLED));

    public static final Map<String, TicketFacts> FACTS = Map.of(
            "HELP-1", new TicketFacts("HELP-1", "Workplace", "Laptop", 2),
            "HELP-2", new TicketFacts("HELP-2", "Workplace", "Account", 5),
            "HELP-3", new TicketFacts("HELP-3", "Network", "Laptop", 1),
            "HELP-4", new TicketFacts("HELP-4", "Network", "Account", 4),
            "HELP-5", new TicketFacts("HELP-5", "Workplace", "Laptop", 5),
            "OPS-1", new TicketFacts("OPS-1", "Ops", "Server", 3));

    public static final List<NoticeRecord> NOTICES = List.of(
            notice(2, "HELP-1", "promise:2", NoticeState.SENT, "2026-03-04T08:00:00Z"),          // lead 2h
            notice(5, "HELP-3", "promise:5", NoticeState.SENT, "2026-03-12T11:00:00Z"),          // lead -1h: late
            notice(5, "HELP-3", "promise:5:broken", NoticeState.SENT, "2026-03-12T12:00:00Z"),   // apology: not counted
            notice(3, "HELP-2", "promise:3", NoticeState.SENT, "2026-03-09T10:00:00Z"),          // lead 24h
            notice(6, "HELP-3", "promise:6", NoticeState.DRAFTED, "2026-03-16T10:00:00Z"),       // never sent
            notice(7, "HELP-4", "promise:7", NoticeState.SENT, "2026-03-13T10:00:00Z"),          // lead 5 days
            notice(4, "HELP-2", "promise:4", NoticeState.SENT, "2026-03-11T09:30:00Z"),          // lead 30 min
            notice(9, "OPS-1", "promise:9", NoticeState.SENT, "2026-03-03T08:00:00Z"));          // other project

    public static final List<GestureFact> GESTURES = List.of(
            gesture("HELP-1", "Workplace", "anna", "call", "Personal call", GestureState.DONE, null, "0",
                    "2026-03-04T10:00:00Z", "2026-03-04T12:00:00Z"),
            gesture("HELP-3", "Network", "bob", "gift", "Goodwill gesture", GestureState.DONE, null, "25.00",
                    "2026-03-12T12:00:00Z", "2026-03-13T12:00:00Z"),
            gesture("HELP-2", "Workplace", "bob", "gift", "Goodwill gesture", GestureState.DISMISSED, "too expensive",
                    "25.00", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z"),
            gesture("HELP-4", "Network", "anna", "note", "Thank-you note", GestureState.DISMISSED,
                    "customer already happy", null, "2026-03-18T10:00:00Z", "2026-03-18T10:30:00Z"),
            gesture("HELP-4", "Network", "anna", "gift", "Goodwill gesture", GestureState.DISMISSED, " too expensive ",
                    "25.00", "2026-03-18T11:00:00Z", "2026-03-19T11:00:00Z"),
            gesture("HELP-2", "Workplace", "bob", "call", "Personal call", GestureState.SUGGESTED, null, null,
                    "2026-03-20T10:00:00Z", null),
            gesture("OPS-1", "Ops", "carla", "gift", "Goodwill gesture", GestureState.DONE, null, "40",
                    "2026-03-03T10:00:00Z", "2026-03-03T11:00:00Z"),
            gesture("HELP-1", "Workplace", "anna", "call", "Personal call", GestureState.DONE, null, "0",
                    "2026-02-25T10:00:00Z", "2026-02-25T11:00:00Z"));

    public static final InsightData DATA = new InsightData(PROMISES, FACTS, NOTICES, GESTURES);

    /** March 2 to 22, HELP only, every component or one. */
    public static InsightFilter help(String component) {
        return new InsightFilter(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-22"), ZoneOffset.UTC,
                Set.of("HELP"), component);
    }
}
