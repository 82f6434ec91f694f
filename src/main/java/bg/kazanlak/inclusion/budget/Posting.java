package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;

/**
 * A request to book money on a budget line.
 *
 * @param key unique per booking (for example {@code expense:E-2022-00001:commitment} or {@code
 *     payroll:<contract>:2022-05}): a poster that retries or is clicked twice sends the same key,
 *     and the ledger books it once
 * @param source who books it, for the audit trail (an expense, a contract, an initiative)
 */
public record Posting(
    String key, String lineId, BigDecimal amount, String source, String description) {}
