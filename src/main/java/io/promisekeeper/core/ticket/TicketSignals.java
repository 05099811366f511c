package io.promisekeeper.core.ticket;

/** Port: where translated ticket signals go to be acted on (off the host's event thread). */
@FunctionalInterface
public interface TicketSignals {
    void accept(TicketSignal signal);
}
