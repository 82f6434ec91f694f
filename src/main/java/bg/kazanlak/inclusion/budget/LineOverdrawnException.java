package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.problem.Refusal;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A posting that would take a budget line beyond its contracted amount; carries the figures. */
public class LineOverdrawnException extends RequestRefusedException {

  private final String lineId;
  private final BigDecimal requested;
  private final BigDecimal available;

  public LineOverdrawnException(String lineId, BigDecimal requested, BigDecimal available) {
    super(
        Refusal.RULE_BROKEN,
        "Няма достатъчно средства",
        "Бюджетен ред %s: исканата сума %s лв. надвишава наличните %s лв."
            .formatted(lineId, requested.toPlainString(), available.toPlainString()),
        List.of(),
        Map.of("budgetLine", lineId, "requested", requested, "available", available));
    this.lineId = lineId;
    this.requested = requested;
    this.available = available;
  }

  public String lineId() {
    return lineId;
  }

  public BigDecimal requested() {
    return requested;
  }

  public BigDecimal available() {
    return available;
  }
}
