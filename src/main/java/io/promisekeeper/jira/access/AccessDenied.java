package io.promisekeeper.jira.access;

/** The caller may not do this: 401 when nobody is logged in, 403 when the user lacks a permission, 404 when the ticket is unknown. */
public final class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public AccessDenied(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
