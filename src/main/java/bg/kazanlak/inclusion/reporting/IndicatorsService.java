package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.education.ClubService;
import bg.kazanlak.inclusion.employment.EmploymentExits;
import bg.kazanlak.inclusion.employment.EmploymentFigures;
import bg.kazanlak.inclusion.familyhouse.FamilyHouseFigures;
import bg.kazanlak.inclusion.familyhouse.ReferralFigures;
import bg.kazanlak.inclusion.familyhouse.StaffFigures;
import bg.kazanlak.inclusion.housing.HousingFigures;
import bg.kazanlak.inclusion.initiative.InitiativeFigures;
import bg.kazanlak.inclusion.participant.ParticipantCounts;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Settlement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the indicator report from the programme's configuration and the features' own counts, as
 * of a day (docs/reporting.md, "Indicators as of a date"). Employment counts persons who started
 * work (a signed contract) and contracts running on the day.
 */
@Service
public class IndicatorsService {

  private final ProgrammeProperties programme;
  private final ParticipantRegistry participants;
  private final BudgetLedger ledger;
  private final ClubService clubs;
  private final EmploymentFigures employment;
  private final HousingFigures housing;
  private final InitiativeFigures initiatives;
  private final FamilyHouseFigures familyHouses;
  private final ReferralFigures referrals;
  private final StaffFigures staff;
  private final EmploymentExits exits;
  private final EsfLabels esfLabels;

  public IndicatorsService(
      ProgrammeProperties programme,
      ParticipantRegistry participants,
      BudgetLedger ledger,
      ClubService clubs,
      EmploymentFigures employment,
      HousingFigures housing,
      InitiativeFigures initiatives,
      FamilyHouseFigures familyHouses,
      ReferralFigures referrals,
      StaffFigures staff,
      EmploymentExits exits,
      EsfLabels esfLabels) {
    this.programme = programme;
    this.participants = participants;
    this.ledger = ledger;
    this.clubs = clubs;
    this.employment = employment;
    this.housing = housing;
    this.initiatives = initiatives;
    this.familyHouses = familyHouses;
    this.referrals = referrals;
    this.staff = staff;
    this.exits = exits;
    this.esfLabels = esfLabels;
  }

  /** The report as of a day of the programme: only what had happened by the end of that day. */
  public Indicators asOf(LocalDate date) {
    ParticipantCounts counts = participants.counts(date);
    EmploymentFigures.Figures employed = employment.asOf(date);
    HousingFigures.Figures housed = housing.asOf(date);
    InitiativeFigures.Figures held = initiatives.asOf(date);
    EsfIndicators.Result esf = esf(date);
    return new Indicators(
        date,
        new Indicators.Programme(programme.title(), programme.start(), programme.end()),
        new Indicators.Participants(counts.registered(), counts.eligible(), counts.rejected()),
        new Indicators.Employment(
            programme.targets().personsEmployed(),
            employed.personsEmployed(),
            employed.activeContracts(),
            programme.employers().stream()
                .map(
                    e ->
                        new Indicators.Employer(
                            e.id(),
                            e.name(),
                            e.places(),
                            employed.of(e.id()).personsEmployed(),
                            employed.of(e.id()).activeContracts()))
                .toList()),
        familyHouses(date),
        new Indicators.Housing(
            programme.housingUnits().size(),
            housed.householdsWithPlan(),
            housed.householdsMovedOut(),
            housed.goals().stream()
                .map(g -> new Indicators.HousingGoals(g.domain().name(), g.set(), g.achieved()))
                .toList()),
        new Indicators.Initiatives(
            programme.targets().initiatives(),
            held.approved(),
            held.held(),
            held.byKind().stream()
                .map(k -> new Indicators.InitiativeKind(k.kind(), k.approved(), k.held()))
                .toList(),
            held.familiesReached(),
            held.minorityFamiliesReached()),
        new Indicators.Budget(
            money(programme.contracted()),
            ledger.overview(date).stream()
                .map(
                    f ->
                        new Indicators.FundingProgramme(
                            f.code(),
                            money(f.contracted()),
                            money(f.committed()),
                            money(f.spent())))
                .toList()),
        clubs.figures(date),
        esf.of(EsfIndicators.Fund.ESF),
        esf.records());
  }

  /**
   * The ESF common indicators as of the date, keyed by fund and code and named, with the records'
   * totals: what the technical report and ISUN's indicator table list.
   */
  public EsfReport esfReport(LocalDate date) {
    EsfIndicators.Result result = esf(date);
    return new EsfReport(
        date,
        result.indicators().entrySet().stream()
            .map(
                e ->
                    new EsfReport.Row(
                        e.getKey().fund(),
                        e.getKey().code(),
                        esfLabels.of(e.getKey()),
                        e.getValue().men(),
                        e.getValue().women(),
                        e.getValue().total()))
            .toList(),
        result.records());
  }

  /** The entrants as of the date, each with their last leaving and the results known by then. */
  private EsfIndicators.Result esf(LocalDate date) {
    Map<String, EsfIndicators.Leaving> leavings = new HashMap<>();
    for (EmploymentExits.Exit exit : exits.asOf(date)) {
      leavings.merge(
          exit.registrationNumber(),
          leaving(exit),
          (earlier, later) -> later.date().isAfter(earlier.date()) ? later : earlier);
    }
    return EsfIndicators.of(
        participants.entryRecordsOfEntrants(date).stream()
            .map(r -> new EsfIndicators.EsfParticipant(r, leavings.get(r.registrationNumber())))
            .toList(),
        settlement -> programme.settlement(settlement).map(Settlement::rural).orElse(false));
  }

  private static EsfIndicators.Leaving leaving(EmploymentExits.Exit exit) {
    return new EsfIndicators.Leaving(
        exit.leavingDate(),
        exit.immediateResult() == null
            ? List.of()
            : List.of(
                new EsfIndicators.Observed<>(exit.immediateResult(), exit.immediateRecordedOn())),
        exit.longerTermResult() == null
            ? null
            : new EsfIndicators.Observed<>(exit.longerTermResult(), exit.longerTermRecordedOn()),
        exit.improvedSituation());
  }

  private Indicators.FamilyHouses familyHouses(LocalDate date) {
    Map<String, FamilyHouseFigures.HouseFigures> services =
        familyHouses.asOf(date).stream()
            .collect(Collectors.toMap(FamilyHouseFigures.HouseFigures::house, f -> f));
    ReferralFigures.Figures referred = referrals.asOf(date);
    Map<String, ReferralFigures.HouseFigures> referredBy =
        referred.houses().stream()
            .collect(Collectors.toMap(ReferralFigures.HouseFigures::house, f -> f));
    StaffFigures.Figures staffed = staff.asOf(date);
    Map<String, StaffFigures.HouseFigures> staffedBy =
        staffed.houses().stream().collect(Collectors.toMap(StaffFigures.HouseFigures::id, f -> f));
    return new Indicators.FamilyHouses(
        programme.targets().familyHouses(),
        programme.familyHouses().stream()
            .map(
                h -> {
                  FamilyHouseFigures.HouseFigures f = services.get(h.id());
                  ReferralFigures.HouseFigures r = referredBy.get(h.id());
                  StaffFigures.HouseFigures j = staffedBy.get(h.id());
                  return new Indicators.House(
                      h.id(),
                      h.settlement(),
                      f.servicesDelivered(),
                      f.servicesByRole().stream()
                          .map(x -> new Indicators.RoleServices(x.role(), x.services()))
                          .toList(),
                      f.servicesByKind().stream()
                          .map(x -> new Indicators.KindServices(x.kind(), x.services()))
                          .toList(),
                      f.peopleReached(),
                      f.participantsAttached(),
                      r == null ? 0 : r.made(),
                      r == null ? 0 : r.completed(),
                      r == null ? 0 : r.refusedForLackOfConsent(),
                      j == null ? 0 : j.jobsFilled());
                })
            .toList(),
        new Indicators.Referrals(
            referred.made(),
            referred.completed(),
            referred.attended(),
            referred.refusedForLackOfConsent()),
        new Indicators.StaffJobs(staffed.target(), staffed.jobsFilled(), staffed.positions()));
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
