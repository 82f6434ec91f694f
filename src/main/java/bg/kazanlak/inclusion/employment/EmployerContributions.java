package bg.kazanlak.inclusion.employment;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** The employer's contributions of one month (BGN, each rounded to stotinki on its own). */
public record EmployerContributions(
    BigDecimal pension,
    BigDecimal sicknessMaternity,
    BigDecimal unemployment,
    BigDecimal secondPillar,
    BigDecimal health,
    BigDecimal guaranteedReceivables,
    BigDecimal workAccident) {

  public BigDecimal total() {
    return Stream.of(
            pension,
            sicknessMaternity,
            unemployment,
            secondPillar,
            health,
            guaranteedReceivables,
            workAccident)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
