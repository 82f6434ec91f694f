package bg.kazanlak.inclusion.familyhouse;

import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.DESTINATION;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.DESTINATION_LABEL;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.DISPLAY_NAME;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.FOLLOW_UP_DUE;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.HOUSE;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.HOUSE_NAME;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.LETTER_URL;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.ORGANISATION;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REFERRAL_NUMBER;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REFERRED_ON;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.familyhouse.ReferralVariables.STATUS_REASON;

import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FamilyHouse;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the forms of {@code family-house-referral} show, copied from the stored referral: the person
 * by case name and registration number, the house, the organisation, the day, the letter's link,
 * the follow-up's day (for its timer) and, for a referral ended unissued, the reason. No step finds
 * the referral or chooses a path by them.
 */
@Component
class ReferralView {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ParticipantRegistry participants;
  private final ProgrammeProperties programme;
  private final ReferralProperties referrals;

  ReferralView(
      ParticipantRegistry participants,
      ProgrammeProperties programme,
      ReferralProperties referrals) {
    this.participants = participants;
    this.programme = programme;
    this.referrals = referrals;
  }

  void show(DelegateExecution execution, Referral referral) {
    execution.setVariable(REFERRAL_NUMBER, referral.referralNumber());
    execution.setVariable(REGISTRATION_NUMBER, referral.registrationNumber());
    execution.setVariable(
        DISPLAY_NAME,
        participants.find(referral.registrationNumber()).map(Participant::caseName).orElse(null));
    execution.setVariable(HOUSE, referral.houseId());
    execution.setVariable(HOUSE_NAME, houseName(referral.houseId()));
    execution.setVariable(DESTINATION, referral.destination().name());
    execution.setVariable(DESTINATION_LABEL, referrals.label(referral.destination()));
    execution.setVariable(ORGANISATION, referral.organisation());
    execution.setVariable(REFERRED_ON, DAY.format(referral.referredOn()));
    execution.setVariable(STATUS_REASON, referral.statusReason());
    if (referral.status() == ReferralStatus.ISSUED) {
      execution.setVariable(LETTER_URL, ReferralLetter.link(referral.referralNumber()));
      execution.setVariable(FOLLOW_UP_DUE, referral.followUpOn().toString());
    }
  }

  String houseName(String houseId) {
    return programme.familyHouses().stream()
        .filter(house -> house.id().equals(houseId))
        .map(FamilyHouse::name)
        .findFirst()
        .orElse(houseId);
  }
}
