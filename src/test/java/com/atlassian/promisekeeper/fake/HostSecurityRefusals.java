package com.atlassian.promisekeeper.fake;

/** Exceptions named as the host REST layer names its security refusals, in a host package, for the mapper test. */
public final class HostSecurityRefusals {
    private HostSecurityRefusals() {
    }

    /** As thrown for a call without a login. */
    public static final class AuthenticationRequiredException extends SecurityException {
    }

    /** As thrown for a call by a user without the right. */
    public static final class AuthorisationException extends SecurityException {
    }
}
