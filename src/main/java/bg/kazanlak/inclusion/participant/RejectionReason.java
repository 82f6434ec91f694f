package bg.kazanlak.inclusion.participant;

import java.util.Arrays;
import java.util.Optional;

/** Why the eligibility rules turned a person away; the codes are the outputs of the DMN table. */
public enum RejectionReason {
  UNDER_MINIMUM_AGE("Лицето е под минималната възраст за участие в проекта."),
  NOT_IN_TARGET_GROUP(
      "Лицето не попада в целевите групи на проекта: заето е, с образование над основно и без "
          + "признаци на уязвимост."),
  NO_STREAM_AVAILABLE("За лицето няма подходящо направление на подкрепа.");

  private final String message;

  RejectionReason(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }

  public static Optional<RejectionReason> of(String code) {
    return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
  }
}
