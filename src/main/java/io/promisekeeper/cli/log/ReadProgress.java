package io.promisekeeper.cli.log;

/** Told how far reading has got, so a terminal can show it. */
public interface ReadProgress {
    /** Does nothing: for tests and non-interactive runs. */
    ReadProgress SILENT = new ReadProgress() {
        @Override
        public void rows(long rows) {
        }

        @Override
        public void done(long rows) {
        }
    };

    void rows(long rows);

    void done(long rows);
}
