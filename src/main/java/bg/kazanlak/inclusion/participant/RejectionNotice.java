package bg.kazanlak.inclusion.participant;

import java.time.LocalDate;

/** How and when a rejected person was told of the decision. */
public record RejectionNotice(LocalDate informedOn, Channel channel, String note) {

  public enum Channel {
    IN_PERSON,
    PHONE,
    LETTER
  }

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "RejectionNotice[" + informedOn + ", " + channel + ", note withheld]";
  }
}
