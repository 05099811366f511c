package io.promisekeeper.core.insight;

import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.promise.Promise;
import java.util.List;
import java.util.Map;

/** What the figures are computed from: promises, their tickets' facts, the notices sent about them, gestures. */
public record InsightData(List<Promise> promises, Map<String, TicketFacts> facts, List<NoticeRecord> notices,
                          List<GestureFact> gestures) {
    public InsightData {
        promises = List.copyOf(promises);
        facts = Map.copyOf(facts);
        notices = List.copyOf(notices);
        gestures = List.copyOf(gestures);
    }
}
