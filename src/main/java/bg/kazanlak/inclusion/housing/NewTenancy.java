package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;
import java.util.List;

/**
 * A household's tenancy as recorded: the unit, the move-in date, the head and the other members.
 */
public record NewTenancy(String unit, LocalDate moveIn, String head, List<String> members) {

  public NewTenancy {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
