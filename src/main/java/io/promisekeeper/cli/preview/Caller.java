package io.promisekeeper.cli.preview;

import java.util.Locale;

/** Who sends the request being handled, and in which language the page is read. */
public record Caller(PreviewUser user, Locale locale) {
}
