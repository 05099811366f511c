/**
 * Rules as JSON for import and export: the {@link io.promisekeeper.core.settings.json.JsonSyntax} port (text to plain
 * Java values and back; the adapter implements it, core may not use a JSON library) and the rule reader that reports
 * every error with its JSON path.
 */
package io.promisekeeper.core.settings.json;
