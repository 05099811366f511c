package io.promisekeeper.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * When a customer may hear from us: never in their quiet hours, never beyond the contact cap, and never about a
 * promise so close to due that the notice could not help (less than {@code minimumLead} before it). A notice
 * about a promise already past due (an apology) has no lead time to respect.
 */
public record NoticePolicy(QuietHours quietHours, ContactCap cap, Duration minimumLead) {

    public NoticePolicy {
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(minimumLead, "minimumLead");
        if (minimumLead.isNegative()) {
            throw new IllegalArgumentException("minimum lead must not be negative: " + minimumLead);
        }
    }

    /**
     * The decision for one notice at {@code now} to a customer in {@code zone} who already got {@code contacts}
     * (at least the last week's); {@code due} is the promise's due time, or null when there is no promise.
     */
    public NoticeDecision decide(Instant now, ZoneId zone, Instant due, List<Instant> contacts) {
        Instant capFree = cap.earliestAllowed(contacts, now);
        // Waiting never adds contacts, so once the cap allows a notice it still does after quiet hours.
        Instant release = quietHours.releaseAfter(capFree, zone);
        if (due != null && due.isAfter(now) && Duration.between(release, due).compareTo(minimumLead) < 0) {
            return new NoticeDecision.Drop("the promise is due " + due + "; a notice at " + release
                    + " would come less than " + minimumLead + " before it");
        }
        if (release.equals(now)) {
            return new NoticeDecision.SendNow();
        }
        String why = capFree.isAfter(now)
                ? "contact cap of " + cap.perDay() + " a day and " + cap.perWeek() + " a week reached"
                : "quiet hours " + quietHours + " in " + zone;
        return new NoticeDecision.HoldUntil(release, why);
    }
}
