package io.promisekeeper.core.settings;

/** Port: whether the host knows a user by this key or name, for settings that name one. */
@FunctionalInterface
public interface KnownUsers {
    /** Anyone: for tools without a user directory (the command line, the preview). */
    KnownUsers ANYONE = nameOrKey -> true;

    /** True when {@code nameOrKey} is the key or the user name of an existing user. */
    boolean exists(String nameOrKey);
}
