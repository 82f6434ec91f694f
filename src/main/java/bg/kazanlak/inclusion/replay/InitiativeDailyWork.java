package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.INITIATIVE_COORDINATORS;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.initiative.Activity;
import bg.kazanlak.inclusion.initiative.Initiative;
import bg.kazanlak.inclusion.initiative.InitiativeCases;
import bg.kazanlak.inclusion.initiative.InitiativeKind;
import bg.kazanlak.inclusion.initiative.InitiativeService;
import bg.kazanlak.inclusion.initiative.InitiativeStatus;
import bg.kazanlak.inclusion.initiative.NewInitiative;
import bg.kazanlak.inclusion.initiative.NewInitiative.NewFamily;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The initiative coordinators' proposals. Family-bonding events are proposed at an even pace
 * between two months after the programme's start and a month before its end, so that the target
 * (×scale, plus a small margin for events that fall through) is proposed across the period; now and
 * then a public-space clean-up. Each proposal keeps the rules of {@code InitiativeRules}: two
 * families of enrolled participants (the first of people who answered that they belong to a
 * minority), at most {@value #MAX_FAMILY} people each, nobody who is in another family-bonding
 * event within the repeat window, a day 10 to 40 days ahead inside the period, and a planned cost
 * the budget line still has room for. Proposed as the API does ({@code InitiativeCases.propose}).
 */
@Component
@Profile("replay")
public class InitiativeDailyWork implements DailyWork {

  private static final Logger log = LoggerFactory.getLogger(InitiativeDailyWork.class);

  static final String LINE = "hrd-activities";
  static final int MAX_FAMILY = 3;

  /** Family-bonding events proposed beyond the target, per unit of scale, for those that fail. */
  static final int MARGIN = 3;

  static final int CLEANUPS = 6;

  /** The programme's target of family-bonding events held, at scale 1. */
  static final int BASE_TARGET = 50;

  private static final int REPEAT_DAYS = 90;
  private static final String[] SETTLEMENTS = {"Казанлък", "Крън", "Шипка", "Ръжена", "Енина"};
  private static final String[] BONDING = {
    "Футболен следобед на две семейства",
    "Пикник и игри на открито",
    "Разходка до Бузлуджа",
    "Общ рисунков следобед в парка",
    "Народни танци и обща трапеза"
  };

  private final InitiativeCases cases;
  private final InitiativeService initiatives;
  private final ParticipantRegistry registry;
  private final BudgetLedger ledger;
  private final ProgrammeProperties programme;

  public InitiativeDailyWork(
      InitiativeCases cases,
      InitiativeService initiatives,
      ParticipantRegistry registry,
      BudgetLedger ledger,
      ProgrammeProperties programme) {
    this.cases = cases;
    this.initiatives = initiatives;
    this.registry = registry;
    this.ledger = ledger;
    this.programme = programme;
  }

  @Override
  public void on(SimulatedDay day) {
    List<String> coordinators = day.staff().of(INITIATIVE_COORDINATORS);
    LocalDate first = programme.start().plusMonths(2);
    LocalDate last = programme.end().minusDays(41);
    if (coordinators.isEmpty() || day.date().isBefore(first) || day.date().isAfter(last)) {
      return;
    }
    List<Initiative> all = initiatives.list();
    double elapsed =
        (ChronoUnit.DAYS.between(first, day.date()) + 1.0)
            / (ChronoUnit.DAYS.between(first, last) + 1.0);
    // the configured target (50), times the scale unless the configuration is scaled already
    int bondingTarget =
        Math.max(programme.targets().initiatives(), BASE_TARGET * day.scale())
            + MARGIN * day.scale();
    long bonding = going(all, InitiativeKind.FAMILY_BONDING);
    if (bonding < Math.ceil(bondingTarget * elapsed)) {
      bonding(day, all).ifPresent(p -> propose(day, coordinators, p));
    }
    long cleanups = going(all, InitiativeKind.PUBLIC_SPACE_CLEANUP);
    if (cleanups < Math.ceil(CLEANUPS * day.scale() * elapsed) && day.random().nextInt(5) == 0) {
      cleanup(day).ifPresent(p -> propose(day, coordinators, p));
    }
  }

  private void propose(SimulatedDay day, List<String> coordinators, NewInitiative proposal) {
    if (ledger
            .figures(LINE)
            .available()
            .compareTo(proposal.plannedCost().multiply(BigDecimal.valueOf(2)))
        < 0) {
      return; // the line is nearly spent: the coordinator proposes nothing that it cannot pay
    }
    String coordinator = coordinators.get(day.random().nextInt(coordinators.size()));
    String number =
        day.staff().as(coordinator, () -> cases.propose(proposal, coordinator)).initiativeNumber();
    log.debug("Replay: initiative {} ({}) proposed on {}", number, proposal.kind(), day.date());
  }

  /** Two families for an event 10-40 days ahead, or empty when the people are not there yet. */
  private Optional<NewInitiative> bonding(SimulatedDay day, List<Initiative> all) {
    Random random = day.random();
    LocalDate date = eventDay(day);
    Set<String> busy = new HashSet<>();
    for (Initiative initiative : all) {
      if (initiative.kind() == InitiativeKind.FAMILY_BONDING
          && !failed(initiative.status())
          && Math.abs(ChronoUnit.DAYS.between(initiative.date(), date)) < REPEAT_DAYS) {
        // the listing leaves the families out: the initiative itself names them
        initiatives
            .get(initiative.initiativeNumber())
            .families()
            .forEach(f -> busy.addAll(f.members()));
      }
    }
    Set<String> pool = new LinkedHashSet<>(registry.enrolledIn(SupportStream.INITIATIVES));
    pool.addAll(registry.enrolledIn(SupportStream.FAMILY_HOUSE));
    pool.removeAll(busy);
    List<String> minority = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String number : pool) {
      boolean yes =
          registry
              .find(number)
              .map(Participant::entry)
              .filter(e -> e != null && e.minority() == SpecialCategoryAnswer.YES)
              .isPresent();
      (yes ? minority : others).add(number);
    }
    if (minority.isEmpty() || minority.size() + others.size() < 2) {
      return Optional.empty();
    }
    List<String> family1 = take(minority, 1 + random.nextInt(MAX_FAMILY), random);
    List<String> rest = new ArrayList<>(others);
    rest.addAll(minority);
    boolean minority2 = others.isEmpty();
    List<String> family2 = take(minority2 ? rest : others, 1 + random.nextInt(MAX_FAMILY), random);
    if (family2.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal cost = BigDecimal.valueOf(150 + random.nextInt(400)).setScale(2);
    return Optional.of(
        new NewInitiative(
            InitiativeKind.FAMILY_BONDING,
            BONDING[random.nextInt(BONDING.length)],
            random.nextBoolean() ? Activity.SPORT : Activity.RECREATION,
            date,
            SETTLEMENTS[random.nextInt(SETTLEMENTS.length)],
            List.of(new NewFamily(family1, true), new NewFamily(family2, minority2)),
            null,
            null,
            null,
            null,
            cost,
            LINE));
  }

  private Optional<NewInitiative> cleanup(SimulatedDay day) {
    Random random = day.random();
    return Optional.of(
        new NewInitiative(
            InitiativeKind.PUBLIC_SPACE_CLEANUP,
            "Почистване на междублоково пространство",
            null,
            eventDay(day),
            SETTLEMENTS[random.nextInt(SETTLEMENTS.length)],
            List.of(),
            "междублоковото пространство и детската площадка",
            4 + random.nextInt(6),
            10 + random.nextInt(30),
            "чували, ръкавици, гребла, боя за пейките",
            BigDecimal.valueOf(500 + random.nextInt(1000)).setScale(2),
            LINE));
  }

  private LocalDate eventDay(SimulatedDay day) {
    LocalDate date = day.date().plusDays(10 + day.random().nextInt(31));
    return date.isAfter(programme.end()) ? programme.end() : date;
  }

  /** Removes up to {@code count} people at random from {@code from} (a copy) and returns them. */
  private static List<String> take(List<String> from, int count, Random random) {
    List<String> left = new ArrayList<>(from);
    List<String> taken = new ArrayList<>();
    while (taken.size() < count && !left.isEmpty()) {
      taken.add(left.remove(random.nextInt(left.size())));
    }
    from.removeAll(taken);
    return taken;
  }

  private static long going(List<Initiative> all, InitiativeKind kind) {
    return all.stream().filter(i -> i.kind() == kind && !failed(i.status())).count();
  }

  static boolean failed(InitiativeStatus status) {
    return status == InitiativeStatus.REJECTED
        || status == InitiativeStatus.WITHDRAWN
        || status == InitiativeStatus.CANCELLED;
  }
}
