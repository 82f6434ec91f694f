package bg.kazanlak.inclusion.initiative;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The initiatives section of the indicators. The target counts family-bonding events, so the
 * section's {@code approved} and {@code held} are theirs; {@code byKind} has both kinds. Approved
 * means approved and not (yet) cancelled: scheduled or held. Families reached are distinct families
 * (the same people) of the events held, and of those the ones that belong to a minority.
 */
@Component
public class InitiativeFigures {

  private final InitiativeRepository repository;

  InitiativeFigures(InitiativeRepository repository) {
    this.repository = repository;
  }

  public Figures current() {
    List<KindFigures> byKind =
        Arrays.stream(InitiativeKind.values())
            .map(
                kind ->
                    new KindFigures(
                        kind.name(),
                        repository.count(kind, InitiativeStatus.APPROVED, InitiativeStatus.HELD),
                        repository.count(kind, InitiativeStatus.HELD)))
            .toList();
    long[] families = repository.familiesReached();
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
