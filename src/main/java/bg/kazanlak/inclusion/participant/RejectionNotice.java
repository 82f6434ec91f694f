package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/** How and when a rejected person was told of the decision. */
public record RejectionNotice(LocalDate informedOn, Channel channel, String note) {

  public enum Channel {
    IN_PERSON,
    PHONE,
    LETTER
  }
}
