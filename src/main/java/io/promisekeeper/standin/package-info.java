/**
 * Stand-ins for Jira's own services (Active Objects over a plain entity manager, i18n bundles, Velocity) for
 * running the plugin's code outside Jira: the command-line tool's preview and benchmarks, and the tests. Never
 * packaged into the bundle, and independent of the command-line tool.
 */
package io.promisekeeper.standin;
