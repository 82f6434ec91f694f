package bg.kazanlak.inclusion.participant;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.participant.PersonalNumber.Kind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumberTest {

  private static final int[] EGN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};
  private static final int[] LNCH_WEIGHTS = {21, 19, 17, 13, 11, 9, 7, 3, 1};

  // --- independent implementations of the rules in DOMAIN-NOTES.md, for brute-forcing vectors ---

  private static int weightedSum(String nineDigits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  private static int egnCheckDigit(String nineDigits) {
    int rest = weightedSum(nineDigits, EGN_WEIGHTS) % 11;
    return rest == 10 ? 0 : rest;
  }

  private static int lnchCheckDigit(String nineDigits) {
    return weightedSum(nineDigits, LNCH_WEIGHTS) % 10;
  }

  private static PersonalNumber valid(String raw) {
    Optional<PersonalNumber> parsed = PersonalNumber.parse(raw);
    assertThat(parsed).as("parse(%s)", raw).isPresent();
    return parsed.orElseThrow();
  }

  // --- the vectors of DOMAIN-NOTES.md ---

  @Test
  void vector7523169263IsAnEgnOf1875() {
    PersonalNumber number = valid("7523169263");
    assertThat(number.kind()).isEqualTo(Kind.EGN);
    assertThat(number.value()).isEqualTo("7523169263");
    // month 23 = March + 20, i.e. born in the 1800s
    assertThat(number.birthDate()).contains(LocalDate.of(1875, 3, 16));
    assertThat(number.sex()).contains(Sex.MALE); // ninth digit 6 is even
  }

  @Test
  void vector8032056031IsAnEgnBorn18801205() {
    PersonalNumber number = valid("8032056031");
    assertThat(number.kind()).isEqualTo(Kind.EGN);
    assertThat(number.birthDate()).contains(LocalDate.of(1880, 12, 5));
    assertThat(number.sex()).contains(Sex.FEMALE); // ninth digit 3 is odd
  }

  @Test
  void vector8019010008IsInvalid() {
    assertThat(PersonalNumber.parse("8019010008")).isEmpty();
    assertThat(PersonalNumber.parse("8019010008", Kind.EGN)).isEmpty();
  }

  @Test
  void aCorrectCheckDigitDoesNotRescueANonExistentDate() {
    // 801901000 has EGN check digit 1, but month 19 does not exist in any century
    assertThat(egnCheckDigit("801901000")).isEqualTo(1);
    assertThat(PersonalNumber.parse("8019010001", Kind.EGN)).isEmpty();
    // 30 February 1990, valid check digit
    String feb30 = "900230123";
    assertThat(PersonalNumber.parse(feb30 + egnCheckDigit(feb30), Kind.EGN)).isEmpty();
    // 29 February: 2004 leap (month 42), 1900 not leap
    String leap = "044229123";
    assertThat(PersonalNumber.parse(leap + egnCheckDigit(leap), Kind.EGN))
        .flatMap(PersonalNumber::birthDate)
        .contains(LocalDate.of(2004, 2, 29));
    String notLeap = "000229123";
    assertThat(PersonalNumber.parse(notLeap + egnCheckDigit(notLeap), Kind.EGN)).isEmpty();
  }

  @Test
  void twentiethCenturyNumberHasThePlainMonth() {
    String first = "900115123";
    PersonalNumber number = valid(first + egnCheckDigit(first));
    assertThat(number.birthDate()).contains(LocalDate.of(1990, 1, 15));
  }

  // --- 2000s and the factory ---

  @Test
  void egnOfA2004BirthUsesMonthPlus40AndRoundTrips() {
    PersonalNumber number = PersonalNumber.egn(LocalDate.of(2004, 1, 9), 35);
    assertThat(number.value()).isEqualTo("0441090358");
    assertThat(number.kind()).isEqualTo(Kind.EGN);
    assertThat(number.birthDate()).contains(LocalDate.of(2004, 1, 9));
    assertThat(number.sex()).contains(Sex.FEMALE); // serial 035: ninth digit 5 is odd

    PersonalNumber reparsed = valid(number.value());
    assertThat(reparsed).isEqualTo(number);
    assertThat(reparsed.birthDate()).contains(LocalDate.of(2004, 1, 9));
  }

  @Test
  void factorySexFollowsTheParityOfTheSerialsLastDigit() {
    LocalDate born = LocalDate.of(2004, 1, 9);
    assertThat(PersonalNumber.egn(born, 34).sex()).contains(Sex.MALE);
    assertThat(PersonalNumber.egn(born, 35).sex()).contains(Sex.FEMALE);
    assertThat(PersonalNumber.egn(born, 120).sex()).contains(Sex.MALE);
    assertThat(PersonalNumber.egn(born, 999).sex()).contains(Sex.FEMALE);
  }

  @Test
  void factoryRoundTripsAllThreeCenturies() {
    for (LocalDate born :
        new LocalDate[] {
          LocalDate.of(1800, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1),
          LocalDate.of(1975, 3, 16), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1),
          LocalDate.of(2000, 2, 29), LocalDate.of(2023, 6, 30)
        }) {
      for (int serial : new int[] {0, 7, 316, 999}) {
        PersonalNumber number = PersonalNumber.egn(born, serial);
        assertThat(number.birthDate()).as("%s/%d", born, serial).contains(born);
        assertThat(number.value().substring(6, 9)).isEqualTo("%03d".formatted(serial));
        assertThat(number.value().charAt(9) - '0')
            .isEqualTo(egnCheckDigit(number.value().substring(0, 9)));
      }
    }
    assertThat(PersonalNumber.egn(LocalDate.of(1875, 3, 16), 926).value()).isEqualTo("7523169263");
    assertThat(PersonalNumber.egn(LocalDate.of(1880, 12, 5), 603).value()).isEqualTo("8032056031");
  }

  // --- check digit ---

  @Test
  void everyWrongCheckDigitIsRefused() {
    for (int d = 0; d <= 9; d++) {
      String candidate = "752316926" + d;
      Optional<PersonalNumber> asEgn = PersonalNumber.parse(candidate, Kind.EGN);
      if (d == 3) {
        assertThat(asEgn).isPresent();
      } else {
        assertThat(asEgn).as(candidate).isEmpty();
      }
    }
  }

  @Test
  void aTypoInTheFirstNineDigitsBreaksTheEgnCheck() {
    assertThat(PersonalNumber.parse("7523169363", Kind.EGN)).isEmpty();
    assertThat(PersonalNumber.parse("7532169263", Kind.EGN)).isEmpty(); // swapped digits
  }

  @Test
  void remainderTenGivesCheckDigitZero() {
    String prefix = null;
    for (int serial = 0; serial < 1000 && prefix == null; serial++) {
      String candidate = "900115%03d".formatted(serial);
      if (weightedSum(candidate, EGN_WEIGHTS) % 11 == 10) {
        prefix = candidate;
      }
    }
    assertThat(prefix).as("a 1990-01-15 serial with remainder 10").isNotNull();

    PersonalNumber number = PersonalNumber.parse(prefix + "0", Kind.EGN).orElseThrow();
    assertThat(number.birthDate()).contains(LocalDate.of(1990, 1, 15));
    // the factory computes the same digit
    int serial = Integer.parseInt(prefix.substring(6));
    assertThat(PersonalNumber.egn(LocalDate.of(1990, 1, 15), serial).value())
        .isEqualTo(prefix + "0");
    // "10" is not a digit, and no other digit passes
    for (int d = 1; d <= 9; d++) {
      assertThat(PersonalNumber.parse(prefix + d, Kind.EGN)).as(prefix + d).isEmpty();
    }
  }

  // --- input form ---

  @Test
  void spacesDashesAndDotsAreAcceptedAndNormalisedAway() {
    PersonalNumber number = valid("752 316 9263");
    assertThat(number.value()).isEqualTo("7523169263");
    assertThat(valid(" 75-23-16.9263\t").value()).isEqualTo("7523169263");
    assertThat(valid("752 316 9263")).isEqualTo(valid("7523169263"));
    assertThat(PersonalNumber.normalise(" 75-23 16.92\n63 ")).isEqualTo("7523169263");
    assertThat(PersonalNumber.normalise(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "752316926", // 9 digits
        "75231692630", // 11 digits
        "75231692 6", // 9 digits once spaces are gone
        "752316926a", // a letter
        "A523169263",
        "7523169263x",
        "+7523169263",
        "7523/169263", // a slash is not one of the separators
        "７５２３１６９２６３" // full-width digits are not ASCII digits
      })
  void anythingButTenDigitsIsRefused(String raw) {
    assertThat(PersonalNumber.parse(raw)).isEmpty();
    assertThat(PersonalNumber.parse(raw, Kind.EGN)).isEmpty();
    assertThat(PersonalNumber.parse(raw, Kind.LNCH)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", " - . "})
  void nothingIsRefused(String raw) {
    assertThat(PersonalNumber.parse(raw)).isEmpty();
  }

  // --- LNCh ---

  @Test
  void lnchWithAValidMod10CheckIsParsedAsLnchWithoutBirthDateOrSex() {
    // month 99 can be no EGN in any century, so only the LNCh rule can accept it
    String first = "129912345";
    int check = lnchCheckDigit(first);
    assertThat(check).isEqualTo(6); // 21+38+153+117+11+18+21+12+5 = 396
    String lnch = first + check;

    PersonalNumber number = valid(lnch);
    assertThat(number.kind()).isEqualTo(Kind.LNCH);
    assertThat(number.value()).isEqualTo("1299123456");
    assertThat(number.birthDate()).isEmpty();
    assertThat(number.sex()).isEmpty();
    assertThat(PersonalNumber.parse(lnch, Kind.LNCH)).contains(number);
    assertThat(PersonalNumber.parse(lnch, Kind.EGN)).isEmpty();
    assertThat(number.masked()).isEqualTo("12******56");
  }

  @Test
  void lnchWithAWrongCheckDigitIsRefused() {
    for (int d = 0; d <= 9; d++) {
      if (d != 6) {
        assertThat(PersonalNumber.parse("129912345" + d)).as("129912345" + d).isEmpty();
      }
    }
  }

  @Test
  void aNumberValidAsBothIsTakenAsEgnUnlessTheCallerForcesLnch() {
    String both = null;
    for (int serial = 0; serial < 1000 && both == null; serial++) {
      String first = "900115%03d".formatted(serial);
      if (egnCheckDigit(first) == lnchCheckDigit(first)) {
        both = first + egnCheckDigit(first);
      }
    }
    assertThat(both).isNotNull();
    assertThat(valid(both).kind()).isEqualTo(Kind.EGN);
    assertThat(PersonalNumber.parse(both, Kind.LNCH)).map(PersonalNumber::kind).contains(Kind.LNCH);
    assertThat(PersonalNumber.parse(both, Kind.LNCH).orElseThrow().birthDate()).isEmpty();
  }

  @Test
  void anEgnIsNotAcceptedAsLnchWhenItsLnchCheckFails() {
    // 7523169263: LNCh sum 147+95+34+39+11+54+63+6+6 = 455, check 5 != 3
    assertThat(lnchCheckDigit("752316926")).isEqualTo(5);
    assertThat(PersonalNumber.parse("7523169263", Kind.LNCH)).isEmpty();
  }

  // --- privacy ---

  @Test
  void maskedShowsOnlyTheFirstTwoAndLastTwoDigits() {
    PersonalNumber number = valid("7523169263");
    assertThat(number.masked()).isEqualTo("75******63");
    assertThat(number.masked()).doesNotContain("231692");
    assertThat(PersonalNumber.mask("8032056031")).isEqualTo("80******31");
  }

  @Test
  void toStringNeverContainsTheFullNumber() {
    PersonalNumber egn = valid("7523169263");
    assertThat(egn.toString())
        .isEqualTo("EGN 75******63")
        .doesNotContain("7523169263")
        .doesNotContain("2316");
    PersonalNumber lnch = valid("1299123456");
    assertThat(lnch.toString()).isEqualTo("LNCH 12******56").doesNotContain("1299123456");
    assertThat(String.valueOf(Optional.of(egn))).doesNotContain("7523169263");
  }

  @Test
  void equalityIsByValue() {
    assertThat(valid("7523169263"))
        .isEqualTo(valid("75 23 16 9263"))
        .hasSameHashCodeAs(valid("75-23-16-9263"))
        .isNotEqualTo(valid("8032056031"));
  }
}
