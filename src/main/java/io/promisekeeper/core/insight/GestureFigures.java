package io.promisekeeper.core.insight;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delight gestures in the period: all of them together ({@code total}), per gesture, the reasons for dismissing
 * (most given first), and the median time from suggestion to done or dismissed.
 */
public record GestureFigures(GestureRow total, List<GestureRow> byGesture, List<Map.Entry<String, Integer>> dismissReasons,
                             Optional<Duration> medianTimeToAct) {
    public GestureFigures {
        byGesture = List.copyOf(byGesture);
        dismissReasons = List.copyOf(dismissReasons);
    }
}
