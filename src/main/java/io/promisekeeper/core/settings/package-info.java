/**
 * What administrators configure besides rules: notice settings (quiet hours, caps, lead time, job interval,
 * default mode, business calendar) and notice templates, stored as versioned documents and audited.
 */
package io.promisekeeper.core.settings;
