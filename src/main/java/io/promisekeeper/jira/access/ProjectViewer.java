package io.promisekeeper.jira.access;

import java.time.ZoneId;
import java.util.Locale;

/** Who is looking at a project's figures, in which language and time zone. */
public record ProjectViewer(String userKey, String projectKey, Locale locale, ZoneId zone) {
}
