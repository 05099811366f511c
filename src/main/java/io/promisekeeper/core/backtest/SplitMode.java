package io.promisekeeper.core.backtest;

/** How tickets are divided into training and test tickets. */
public enum SplitMode {
    /** The earliest 60 % by opened time train, the rest test. */
    TIME,
    /** A stable hash of the case id decides; for logs whose latest tickets are censored. */
    CASE
}
