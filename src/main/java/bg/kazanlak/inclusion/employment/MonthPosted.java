package bg.kazanlak.inclusion.employment;

import java.time.YearMonth;

/**
 * A month's cost as booked.
 *
 * @param alreadyBooked the month had been booked before (a retry or a second completion): nothing
 *     changed now
 * @param nextMonth the contract's next month, or null after its last month
 */
public record MonthPosted(
    String contractId,
    YearMonth month,
    PayCost cost,
    String postingKey,
    boolean alreadyBooked,
    YearMonth nextMonth) {}
