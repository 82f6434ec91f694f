package bg.kazanlak.inclusion.budget;

import java.math.BigDecimal;

/** Where a budget line stands: contracted, committed (promised, unpaid), spent, available. */
public record LineFigures(
    String id,
    String programmeCode,
    String name,
    BigDecimal contracted,
    BigDecimal committed,
    BigDecimal spent) {

  public BigDecimal available() {
    return contracted.subtract(committed).subtract(spent);
  }
}
