/** The domain of Promise Keeper: promises, calendars, forecasts, rules and notices; knows nothing of Jira. */
package io.promisekeeper.core;
