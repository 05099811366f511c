/**
 * The app's one JSON configuration (Jackson): the {@link io.promisekeeper.core.settings.json.JsonSyntax} the domain's
 * documents and messages use, and the mapper of the REST layer, under the same rules.
 */
package io.promisekeeper.jira.json;
