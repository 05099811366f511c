/**
 * Rules as JSON for import and export: a strict parser and writer of plain Java values (core may not use a JSON
 * library) and the rule reader that reports every error with its JSON path.
 */
package io.promisekeeper.core.settings.json;
