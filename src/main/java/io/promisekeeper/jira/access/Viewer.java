package io.promisekeeper.jira.access;

import java.time.ZoneId;
import java.util.Locale;

/** Who is looking at a ticket, in which language and time zone, and whether they may change its promises. */
public record Viewer(String userKey, String ticketKey, Locale locale, ZoneId zone, boolean agent) {
}
