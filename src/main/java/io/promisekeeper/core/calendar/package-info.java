/** Business calendars: working hours, holidays and time zone, and the due phrases resolved inside them. */
package io.promisekeeper.core.calendar;
