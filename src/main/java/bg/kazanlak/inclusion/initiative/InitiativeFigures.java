package bg.kazanlak.inclusion.initiative;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The initiatives section of the indicators. The target counts family-bonding events, so the
 * section's {@code approved} and {@code held} are theirs; {@code byKind} has both kinds. Approved
 * means approved and not (yet) cancelled: scheduled or held. Families reached are distinct families
 * (the same people) of the events held, and of those the ones that belong to a minority. Each
 * figure is read as of a day: by the approval day, the cancellation's day and the day held.
 */
@Component
public class InitiativeFigures {

  private final InitiativeRepository repository;

  InitiativeFigures(InitiativeRepository repository) {
    this.repository = repository;
  }

  public Figures asOf(LocalDate date) {
    Map<InitiativeKind, long[]> counts = repository.approvedAndHeld(date);
    List<KindFigures> byKind =
        Arrays.stream(InitiativeKind.values())
            .map(
                kind -> {
                  long[] c = counts.getOrDefault(kind, new long[2]);
                  return new KindFigures(kind.name(), c[0], c[1]);
                })
            .toList();
    long[] families = repository.familiesReached(date);
    KindFigures bonding = byKind.get(InitiativeKind.FAMILY_BONDING.ordinal());
    return new Figures(bonding.approved(), bonding.held(), byKind, families[0], families[1]);
  }

  public record Figures(
      long approved,
      long held,
      List<KindFigures> byKind,
      long familiesReached,
      long minorityFamiliesReached) {}

  public record KindFigures(String kind, long approved, long held) {}
}
