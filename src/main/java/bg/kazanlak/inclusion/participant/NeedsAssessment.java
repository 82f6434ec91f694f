package bg.kazanlak.inclusion.participant;

import java.util.List;

/** A social worker's needs assessment: needs by domain and the streams recommended. */
public record NeedsAssessment(
    String work,
    String health,
    String education,
    String social,
    String housing,
    String summary,
    List<SupportStream> recommendedStreams) {

  /**
   * Personal data stay out of log lines and messages (e.g. Spring's debug log of a request body).
   */
  @Override
  public String toString() {
    return "NeedsAssessment[recommendedStreams=" + recommendedStreams + ", texts withheld]";
  }
}
