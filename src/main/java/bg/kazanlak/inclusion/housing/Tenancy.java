package bg.kazanlak.inclusion.housing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A recorded tenancy; {@code members} are the people besides the head. */
public record Tenancy(
    long id, String unit, LocalDate moveIn, String head, List<String> members, LocalDate moveOut) {

  /** Everybody of the household, the head first. */
  List<String> household() {
    return household(head, members);
  }

  static List<String> household(String head, List<String> members) {
    return Stream.concat(Stream.of(head), members.stream()).toList();
  }
}
