package io.promisekeeper.core.delight;

import io.promisekeeper.core.MessageKey;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * How much delight the instance gives: at most {@code perCustomerPerMonth} gestures to one customer, and at most
 * {@code budgetCentsPerProjectPerMonth} of cost per service project, per calendar month in {@code zone}.
 *
 * <p>What counts: a suggestion counts in the month it was suggested in, while it is open (suggested or snoozed)
 * or done. A dismissed one frees its place and its money, so an agent who says "not now" does not use up the
 * customer's month. Open ones count because an agent may still do them: counting only done ones would let the
 * open suggestions together exceed the budget.
 */
public record DelightLimits(int perCustomerPerMonth, long budgetCentsPerProjectPerMonth, ZoneId zone) {
    /** Highest per-customer cap an admin may set. */
    public static final int MAX_PER_CUSTOMER = 100;
    /** Highest monthly project budget, in cents (10 million). */
    public static final long MAX_BUDGET_CENTS = 1_000_000_000L;

    public DelightLimits {
        if (perCustomerPerMonth < 0 || perCustomerPerMonth > MAX_PER_CUSTOMER) {
            throw new IllegalArgumentException("perCustomerPerMonth must be between 0 and " + MAX_PER_CUSTOMER);
        }
        if (budgetCentsPerProjectPerMonth < 0 || budgetCentsPerProjectPerMonth > MAX_BUDGET_CENTS) {
            throw new IllegalArgumentException("budgetPerProjectPerMonth must be between 0 and "
                    + MAX_BUDGET_CENTS / 100);
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** Two gestures per customer and 100.00 per project a month, in {@code zone}. */
    public static DelightLimits defaults(ZoneId zone) {
        return new DelightLimits(2, 10_000, zone);
    }

    /** The calendar month {@code at} falls in. */
    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    /** The first instant of {@code month}. */
    public Instant start(YearMonth month) {
        return ZonedDateTime.of(month.atDay(1).atStartOfDay(), zone).toInstant();
    }

    /** The first instant after {@code month}. */
    public Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /**
     * Whether a gesture costing {@code costCents} may be suggested to this customer on a ticket of this project at
     * {@code at}, given the suggestions already made to the customer and in the project in that month (any state;
     * those of other months are ignored).
     */
    public Allowance allows(long costCents, Instant at, Collection<DelightAction> customerMonth,
                            Collection<DelightAction> projectMonth) {
        YearMonth month = monthOf(at);
        long gestures = customerMonth.stream().filter(a -> counts(a, month)).count();
        if (gestures >= perCustomerPerMonth) {
            return new Allowance(false, "the customer already has " + gestures + " gesture(s) this month, at most "
                    + perCustomerPerMonth, MessageKey.of("delight.customerLimit", gestures, (long) perCustomerPerMonth));
        }
        if (costCents > 0) {
            long spent = projectMonth.stream().filter(a -> counts(a, month)).mapToLong(DelightAction::costCents)
                    .sum();
            if (spent + costCents > budgetCentsPerProjectPerMonth) {
                return new Allowance(false, "the project's budget this month would be exceeded: " + cents(spent)
                        + " spent or promised, " + cents(costCents) + " more, budget "
                        + cents(budgetCentsPerProjectPerMonth),
                        MessageKey.of("delight.projectBudget", cents(spent), cents(costCents),
                                cents(budgetCentsPerProjectPerMonth)));
            }
        }
        return new Allowance(true, "within limits");
    }

    /** Whether {@code a} uses a place (and its cost) in {@code month}. */
    public boolean counts(DelightAction a, YearMonth month) {
        return a.state() != DelightState.DISMISSED && monthOf(a.suggestedAt()).equals(month);
    }

    static String cents(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** The answer, with why in English words and as a message for the viewer's language (null when allowed). */
    public record Allowance(boolean allowed, String reason, MessageKey words) {
        public Allowance(boolean allowed, String reason) {
            this(allowed, reason, null);
        }
    }
}
