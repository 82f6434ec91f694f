package bg.kazanlak.inclusion.participant;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The programme's streams (направления) of support a participant can be enrolled in. */
public enum SupportStream {
  EMPLOYMENT("заетост"),
  HOUSING_SUPPORT("жилищна подкрепа"),
  FAMILY_HOUSE("Къща на семейството"),
  EDUCATION("образование"),
  INITIATIVES("инициативи");

  private final String label;

  SupportStream(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<SupportStream> of(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }

  /** "EMPLOYMENT,EDUCATION" — the form in which streams travel as a process variable. */
  public static String codes(Collection<SupportStream> streams) {
    return streams.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  public static List<SupportStream> fromCodes(String codes) {
    if (codes == null || codes.isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.split(",")).map(String::trim).map(SupportStream::valueOf).toList();
  }

  public static String labels(Collection<SupportStream> streams) {
    return streams.stream().map(SupportStream::label).collect(Collectors.joining(", "));
  }
}
