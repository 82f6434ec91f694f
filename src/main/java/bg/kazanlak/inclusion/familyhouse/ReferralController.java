package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.Groups;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One referral as it stands, and its letter. Referrals are made in Tasklist (the start form of
 * {@code family-house-referral}); the reason and the follow-up's note are in the letter and the
 * referral's tables, not in this answer.
 */
@RestController
@RequestMapping("/api/family-houses/referrals")
public class ReferralController {

  private final ReferralService referrals;
  private final ReferralLetter letter;

  ReferralController(ReferralService referrals, ReferralLetter letter) {
    this.referrals = referrals;
    this.letter = letter;
  }

  @GetMapping("/{referralNumber}")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public ReferralAnswer get(@PathVariable String referralNumber) {
    return ReferralAnswer.of(referrals.get(referralNumber));
  }

  @GetMapping("/{referralNumber}/letter.pdf")
  @AllowedGroups({Groups.SOCIAL_WORKERS, Groups.PROJECT_MANAGERS})
  public ResponseEntity<byte[]> letter(@PathVariable String referralNumber) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("nasochvane-" + referralNumber + ".pdf")
                .build()
                .toString())
        .body(letter.render(referralNumber));
  }

  /** A referral as the API shows it; {@code statusReason} says why it ended unissued. */
  public record ReferralAnswer(
      String referralNumber,
      String registrationNumber,
      String house,
      String destination,
      String organisation,
      String status,
      String statusReason,
      List<String> dataItems,
      LocalDate referredOn,
      String referredBy,
      LocalDate followUpOn,
      LocalDate followedUpOn) {

    static ReferralAnswer of(Referral r) {
      return new ReferralAnswer(
          r.referralNumber(),
          r.registrationNumber(),
          r.houseId(),
          r.destination().name(),
          r.organisation(),
          r.status().name(),
          r.statusReason(),
          r.dataItems().stream().map(Enum::name).toList(),
          r.referredOn(),
          r.referredBy(),
          r.followUpOn(),
          r.followedUpOn());
    }
  }
}
