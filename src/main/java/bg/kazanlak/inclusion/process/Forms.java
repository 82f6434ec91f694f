package bg.kazanlak.inclusion.process;

import bg.kazanlak.inclusion.programme.CalendarProperties;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Gives delegates a {@link FormValues} that converts dates in the programme's time zone ({@code
 * inclusion.calendar.zone}): a date picked in Tasklist is a day in Kazanlak, whatever the server's
 * own zone is.
 */
@Component
public class Forms {

  private final CalendarProperties calendar;

  public Forms(CalendarProperties calendar) {
    this.calendar = calendar;
  }

  public FormValues of(VariableScope scope) {
    return new FormValues(scope, calendar.zone());
  }
}
