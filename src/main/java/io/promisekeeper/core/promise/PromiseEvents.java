package io.promisekeeper.core.promise;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hands promise events to the registered listeners, in registration order. */
public final class PromiseEvents {
    private final List<PromiseListener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; registration happens at wiring time, publishing on any thread. */
    public void register(PromiseListener listener) {
        listeners.add(listener);
    }

    /**
     * Delivers {@code event} to every listener; one failing listener does not keep the others from hearing it.
     */
    public void publish(PromiseEvent event) {
        RuntimeException first = null;
        for (PromiseListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
