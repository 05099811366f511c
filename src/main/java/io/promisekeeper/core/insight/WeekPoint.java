package io.promisekeeper.core.insight;

import java.time.LocalDate;

/** One week of the kept-rate series: the ISO week name, its Monday, and its counts (zero for a quiet week). */
public record WeekPoint(String week, LocalDate monday, KeptRate rate) {
}
