package bg.kazanlak.inclusion.programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gap-free number series of the programme's registers (participants, expenses, clubs), one row each
 * in {@code number_sequence}. The UPDATE's row lock serialises concurrent callers, and a
 * rolled-back registration gives its number back.
 */
@Component
public class NumberSeries {

  private final JdbcClient jdbc;

  public NumberSeries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long next(String series) {
    int updated =
        jdbc.sql("update number_sequence set last_value = last_value + 1 where name = ?")
            .param(series)
            .update();
    if (updated != 1) {
      throw new IllegalStateException("No number series " + series);
    }
    return jdbc.sql("select last_value from number_sequence where name = ?")
        .param(series)
        .query(Long.class)
        .single();
  }
}
