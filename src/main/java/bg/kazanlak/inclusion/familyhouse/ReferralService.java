package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.familyhouse.ReferralRules.ConsentDecision;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.NumberSeries;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes referrals: records one, checks the person's consent for the kind of organisation (issuing
 * the referral or ending it with the reason) and records its follow-up. Each change of status is
 * conditional on the status before it.
 */
@Service
class ReferralService {

  private static final String SERIES = "referral";

  private final ReferralRepository repository;
  private final ConsentService consents;
  private final ParticipantRegistry participants;
  private final NumberSeries numbers;
  private final ProgrammeClock clock;
  private final ProgrammeProperties programme;
  private final ReferralProperties properties;

  ReferralService(
      ReferralRepository repository,
      ConsentService consents,
      ParticipantRegistry participants,
      NumberSeries numbers,
      ProgrammeClock clock,
      ProgrammeProperties programme,
      ReferralProperties properties) {
    this.repository = repository;
    this.consents = consents;
    this.participants = participants;
    this.numbers = numbers;
    this.clock = clock;
    this.programme = programme;
    this.properties = properties;
  }

  /** Records a well-formed referral of a registered person, REQUESTED until its consent check. */
  @Transactional
  Referral request(NewReferral input, String referredBy) {
    Set<String> houses =
        programme.familyHouses().stream().map(FamilyHouse::id).collect(Collectors.toSet());
    NewReferral checked = ReferralRules.checkReferral(input, houses);
    if (participants.find(checked.registrationNumber()).isEmpty()) {
      throw RequestRefusedException.invalid(
          ReferralVariables.REGISTRATION_NUMBER,
          "Няма участник с регистрационен номер " + checked.registrationNumber() + ".");
    }
    String number = "R-%d-%05d".formatted(clock.today().getYear(), numbers.next(SERIES));
    repository.insert(number, checked, referredBy, clock.today());
    return get(number);
  }

  /**
   * Checks the person's recorded consent for the kind of organisation: issued with the data the
   * consent covers and the follow-up's day, or ended with the reason (no consent, or refused).
   */
  @Transactional
  Referral checkConsent(String number) {
    Referral referral = get(number);
    ConsentDecision decision =
        ReferralRules.decide(
            consents.current(referral.registrationNumber(), referral.destination()),
            properties.label(referral.destination()));
    boolean changed =
        decision.status() == ReferralStatus.ISSUED
            ? repository.issue(
                number,
                decision.dataItems(),
                decision.consentSignedOn(),
                ReferralRules.followUpOn(referral.referredOn(), properties.followUpDays()))
            : repository.end(
                number, decision.status(), decision.reason(), decision.consentSignedOn());
    if (!changed) {
      throw notExpected(referral);
    }
    return get(number);
  }

  /** The referring worker's answer: did the person go, and what came of it. */
  @Transactional
  Referral recordFollowUp(
      String number, ReferralAttendance attendance, String note, String followedUpBy) {
    Referral referral = get(number);
    ReferralStatus status = ReferralRules.followUp(referral, attendance, note);
    if (!repository.followUp(number, status, note, followedUpBy, clock.today())) {
      throw notExpected(referral);
    }
    return get(number);
  }

  @Transactional(readOnly = true)
  Referral get(String number) {
    return repository
        .find(number)
        .orElseThrow(
            () -> RequestRefusedException.notFound("Няма насочване с номер " + number + "."));
  }

  /** The social worker who made the referral; null for a number that is none. */
  @Transactional(readOnly = true)
  String referrer(String number) {
    return number == null ? null : repository.referrer(number).orElse(null);
  }

  private static RequestRefusedException notExpected(Referral referral) {
    return RequestRefusedException.conflict(
        "Насочване " + referral.referralNumber() + " вече е променено.", Map.of());
  }
}
