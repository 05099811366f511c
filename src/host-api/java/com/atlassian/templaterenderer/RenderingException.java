// Mirrors com.atlassian.templaterenderer:atlassian-template-renderer-api 6.x (Jira 11.3), class RenderingException.
package com.atlassian.templaterenderer;

/** Host surface: a template failed to render. */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
