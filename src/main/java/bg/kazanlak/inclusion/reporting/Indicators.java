package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.education.EducationFigures;
import bg.kazanlak.inclusion.reporting.EsfIndicators.BySex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The indicator report of CONTRACT's {@code GET /api/reports/indicators}. {@code esf} holds the ESF
 * fund's common indicators by code (outputs CO01-CO19, results CR01-CR09), counted on complete
 * records only; {@code esfParticipants} the grand total, the complete and incomplete records and
 * the refused special-category answers.
 */
public record Indicators(
    LocalDate asOf,
    Programme programme,
    Participants participants,
    Employment employment,
    FamilyHouses familyHouses,
    Housing housing,
    Initiatives initiatives,
    Budget budget,
    EducationFigures education,
    Map<String, BySex> esf,
    EsfIndicators.Records esfParticipants) {

  public record Programme(String title, LocalDate start, LocalDate end) {}

  public record Participants(long registered, long eligible, long rejected) {}

  public record Employment(
      int targetPersons, long personsEmployed, long activeContracts, List<Employer> byEmployer) {}

  public record Employer(
      String id, String name, int places, long personsEmployed, long activeContracts) {}

  /**
   * The four houses, the referrals to other organisations (made = issued with consent; completed =
   * followed up; refused for lack of consent = none recorded, or refused) and the staff jobs filled
   * on the report's day against their target.
   */
  public record FamilyHouses(
      int target, List<House> houses, Referrals referrals, StaffJobs staffJobs) {}

  public record Referrals(long made, long completed, long attended, long refusedForLackOfConsent) {}

  public record StaffJobs(int target, long filled, long positions) {}

  /**
   * One house: the services delivered, by role and by kind, the distinct participants served, the
   * participants attached to it on the report's day, its referrals and its staff jobs filled then.
   */
  public record House(
      String id,
      String settlement,
      long servicesDelivered,
      List<RoleServices> servicesByRole,
      List<KindServices> servicesByKind,
      long peopleReached,
      long participantsAttached,
      long referralsMade,
      long referralsCompleted,
      long referralsRefusedForLackOfConsent,
      long staffJobsFilled) {}

  public record RoleServices(String role, long services) {}

  public record KindServices(String kind, long services) {}

  /**
   * The ten units, households with an approved plan, households moved out, and per domain the goals
   * set in approved plans and those achieved.
   */
  public record Housing(
      int units, long householdsWithPlan, long householdsMovedOut, List<HousingGoals> goals) {}

  public record HousingGoals(String domain, long set, long achieved) {}

  /**
   * The target of family-bonding initiatives and how many of them are approved (scheduled or held)
   * and held; both kinds in {@code byKind}; distinct families reached by those held, and how many
   * of them belong to a minority.
   */
  public record Initiatives(
      int target,
      long approved,
      long held,
      List<InitiativeKind> byKind,
      long familiesReached,
      long minorityFamiliesReached) {}

  public record InitiativeKind(String kind, long approved, long held) {}

  public record Budget(BigDecimal contracted, List<FundingProgramme> programmes) {}

  public record FundingProgramme(
      String code, BigDecimal contracted, BigDecimal committed, BigDecimal spent) {}
}
