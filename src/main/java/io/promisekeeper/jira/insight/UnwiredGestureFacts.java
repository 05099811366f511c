package io.promisekeeper.jira.insight;

import io.promisekeeper.core.insight.GestureFact;
import io.promisekeeper.core.insight.GestureFactsSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The gestures insight reads in Jira — none yet. TO BE WIRED: once the delight actions' store exists, replace this
 * bean (PromiseKeeperWiring#gestureFactsSource) by an adapter that maps each stored delight action to a
 * {@link GestureFact}. Until then the insight pages show no gestures rather than made-up ones.
 */
public final class UnwiredGestureFacts implements GestureFactsSource {
    @Override
    public List<GestureFact> suggestedWithin(Set<String> projectKeys, Instant from, Instant to) {
        return List.of();
    }
}
