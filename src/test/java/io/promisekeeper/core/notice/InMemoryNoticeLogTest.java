package io.promisekeeper.core.notice;

/** The in-memory log honours the {@link NoticeLog} contract, so tests built on it mean something. */
class InMemoryNoticeLogTest extends NoticeLogContract {
    @Override
    protected NoticeLog log() {
        return new InMemoryNoticeLog();
    }
}
