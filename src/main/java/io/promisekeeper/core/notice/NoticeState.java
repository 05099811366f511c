package io.promisekeeper.core.notice;

/**
 * Where a claimed customer notice is in its life. Automatic: CLAIMED → SENDING → SENT. Approval: CLAIMED →
 * DRAFTED. A node that stops half-way leaves CLAIMED or SENDING behind; the sweep turns that into LOST plus an
 * agent prompt, never into a second send.
 */
public enum NoticeState {
    CLAIMED, SENDING, SENT, DRAFTED, LOST;

    /** Whether the notice still waits for its outcome. */
    public boolean isUnfinished() {
        return this == CLAIMED || this == SENDING;
    }

    /**
     * Whether a notice in this state may move to {@code next}. SENT is final, being the one outcome known for sure:
     * a round that sends late after the sweep gave its notice up still records SENT, never the other way round.
     */
    public boolean canBecome(NoticeState next) {
        return this != SENT && next != CLAIMED && next != this;
    }
}
