package bg.kazanlak.inclusion.programme;

/** Thrown at start-up when the programme configuration does not add up; names the wrong value. */
public class InvalidProgrammeConfigurationException extends RuntimeException {

  public InvalidProgrammeConfigurationException(String message) {
    super(message);
  }
}
