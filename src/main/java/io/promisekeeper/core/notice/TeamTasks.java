package io.promisekeeper.core.notice;

/** Port: carries out what a rule asked of the team (notify a lead, add an internal comment). */
@FunctionalInterface
public interface TeamTasks {

    /** Carries out {@code task}; an exception means it was not (or not surely) done. */
    void carryOut(TeamTask task);

    /** Drops every task, for evaluations that must not touch the team (dry runs, benchmarks). */
    static TeamTasks ignored() {
        return task -> { };
    }
}
