package bg.kazanlak.inclusion.participant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Bulgarian personal number: an EGN (ЕГН) of a citizen or an LNCh (ЛНЧ) of a foreign resident.
 * Only {@link #parse} creates one, so every instance has passed its check digit and, for an EGN,
 * encodes a real calendar date. The value never leaves the registry unmasked.
 */
public final class PersonalNumber {

  public enum Kind {
    EGN,
    LNCH
  }

  private static final int[] EGN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};
  private static final int[] LNCH_WEIGHTS = {21, 19, 17, 13, 11, 9, 7, 3, 1};

  private final String value;
  private final Kind kind;
  private final LocalDate birthDate;

  private PersonalNumber(String value, Kind kind, LocalDate birthDate) {
    this.value = value;
    this.kind = kind;
    this.birthDate = birthDate;
  }

  /** Removes what people type around the digits: spaces, dashes, dots. */
  public static String normalise(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s\\-.]", "");
  }

  /**
   * Parses an EGN or, failing that, an LNCh. A number that passes both checks is taken as an EGN,
   * which is by far the commoner case; the caller may force the kind.
   */
  public static Optional<PersonalNumber> parse(String raw, Kind kind) {
    String digits = normalise(raw);
    if (!digits.matches("\\d{10}")) {
      return Optional.empty();
    }
    return switch (kind) {
      case EGN -> parseEgn(digits);
      case LNCH -> parseLnch(digits);
    };
  }

  public static Optional<PersonalNumber> parse(String raw) {
    return parse(raw, Kind.EGN).or(() -> parse(raw, Kind.LNCH));
  }

  private static Optional<PersonalNumber> parseEgn(String digits) {
    if (checkDigit(digits, EGN_WEIGHTS, 11) != digit(digits, 9)) {
      return Optional.empty();
    }
    int year = Integer.parseInt(digits.substring(0, 2));
    int month = Integer.parseInt(digits.substring(2, 4));
    int day = Integer.parseInt(digits.substring(4, 6));
    if (month > 40) {
      year += 2000;
      month -= 40;
    } else if (month > 20) {
      year += 1800;
      month -= 20;
    } else {
      year += 1900;
    }
    try {
      return Optional.of(new PersonalNumber(digits, Kind.EGN, LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<PersonalNumber> parseLnch(String digits) {
    if (checkDigit(digits, LNCH_WEIGHTS, 10) != digit(digits, 9)) {
      return Optional.empty();
    }
    return Optional.of(new PersonalNumber(digits, Kind.LNCH, null));
  }

  /**
   * Builds the EGN of a person born on {@code birthDate} with the given three-digit serial (its
   * last digit's parity gives the sex): for demo data and tests, which must never use real ones.
   */
  public static PersonalNumber egn(LocalDate birthDate, int serial) {
    int month = birthDate.getMonthValue();
    if (birthDate.getYear() >= 2000) {
      month += 40;
    } else if (birthDate.getYear() < 1900) {
      month += 20;
    }
    String first =
        "%02d%02d%02d%03d"
            .formatted(birthDate.getYear() % 100, month, birthDate.getDayOfMonth(), serial);
    return parse(first + checkDigit(first, EGN_WEIGHTS, 11), Kind.EGN).orElseThrow();
  }

  private static int checkDigit(String digits, int[] weights, int modulus) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(digits, i) * weights[i];
    }
    int rest = sum % modulus;
    return rest == 10 ? 0 : rest;
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  public String value() {
    return value;
  }

  public Kind kind() {
    return kind;
  }

  /** The birth date an EGN encodes; an LNCh encodes none. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** The sex an EGN encodes in its ninth digit (even: male, odd: female); an LNCh encodes none. */
  public Optional<Sex> sex() {
    if (kind != Kind.EGN) {
      return Optional.empty();
    }
    return Optional.of(digit(value, 8) % 2 == 0 ? Sex.MALE : Sex.FEMALE);
  }

  /** The form shown everywhere outside the registry: first two and last two digits. */
  public String masked() {
    return mask(value);
  }

  /** Null for an anonymised participant, who has no personal number any more. */
  public static String mask(String value) {
    if (value == null) {
      return null;
    }
    return value.substring(0, 2) + "******" + value.substring(value.length() - 2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked on purpose: a personal number must never reach a log line through toString. */
  @Override
  public String toString() {
    return kind + " " + masked();
  }
}
