package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import bg.kazanlak.inclusion.participant.SupportStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ISUN's participant file over HTTP, opened with POI and compared with ISUN's template (the
 * extraction in {@code src/test/resources/isun/}): the headers character for character, every
 * enumerated cell one of the template's values, one row per participant who entered in the period.
 */
class IsunParticipantFileTest extends ApiTest {

  private static final IsunTemplate TEMPLATE = IsunTemplate.load();
  private static final String FILE = "/api/reports/isun-participants.xlsx";
  private static final String REFUSALS = "/api/reports/isun-participants/refusals";
  private static final LocalDate FROM = LocalDate.of(2022, 7, 1);
  private static final LocalDate TO = LocalDate.of(2022, 7, 31);

  @Autowired ParticipantRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired IsunParticipantFile file;

  @Test
  void theFileOfAPeriodIsIsunsTemplateFilledWithItsEntrants() throws IOException {
    JsonNode before = get("t-manager", REFUSALS + period()).getBody();

    // born 16 July 1990, joined 15 July 2022: still 31
    NewParticipant birthdayAfter =
        person("Мария", "Иванова", LocalDate.of(1990, 7, 16), SpecialCategoryAnswer.YES, true);
    String mariaEgn = birthdayAfter.personalNumber();
    String maria = enrolled(birthdayAfter, SupportStream.FAMILY_HOUSE, "2022-07-15");
    NewParticipant refusing =
        person("Петър", "Петров", LocalDate.of(1980, 3, 1), SpecialCategoryAnswer.REFUSED, true);
    enrolled(refusing, SupportStream.EMPLOYMENT, "2022-07-20");
    NewParticipant noHousehold =
        person("Стоян", "Колев", LocalDate.of(1975, 5, 5), SpecialCategoryAnswer.NO, false);
    enrolled(noHousehold, SupportStream.HOUSING_SUPPORT, "2022-07-01");
    NewParticipant foreigner = lnch("Анна", "Смит", LocalDate.of(1992, 2, 2));
    enrolled(foreigner, SupportStream.EDUCATION, "2022-07-31");
    NewParticipant leaver =
        person("Иван", "Стоев", LocalDate.of(1970, 1, 20), SpecialCategoryAnswer.NO, true);
    String ivan = enrolled(leaver, SupportStream.EMPLOYMENT, "2022-07-04");
    leftEmploymentEarly(ivan, LocalDate.of(2022, 7, 29));
    NewParticipant later =
        person("Гина", "Гинева", LocalDate.of(1988, 8, 8), SpecialCategoryAnswer.NO, true);
    enrolled(later, SupportStream.EMPLOYMENT, "2022-08-01");
    // a second stream later does not make a second row, nor move the joining day
    jdbc.sql(
            "insert into participant_stream (registration_number, stream, candidate, enrolled_on)"
                + " values (?, ?, false, ?)")
        .params(maria, SupportStream.INITIATIVES.name(), LocalDate.of(2022, 8, 3))
        .update();

    ResponseEntity<byte[]> response = as("t-manager").getForEntity(FILE + period(), byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("tablica");
      assertHeadersAreTheTemplates(sheet);
      Map<String, List<String>> rows = rowsByPersonalNumber(sheet);

      assertThat(rows)
          .containsKeys(
              mariaEgn,
              refusing.personalNumber(),
              noHousehold.personalNumber(),
              foreigner.personalNumber(),
              leaver.personalNumber())
          .doesNotContainKey(later.personalNumber());
      rows.values().forEach(IsunParticipantFileTest::assertEveryValueIsTheTemplates);

      List<String> m = rows.get(mariaEgn);
      assertThat(m.get(col("F")))
          .isEqualTo(
              PersonalNumber.parse(mariaEgn).orElseThrow().sex().orElseThrow().name().equals("MALE")
                  ? "мъж"
                  : "жена");
      assertThat(m.get(col("G"))).isEqualTo("31");
      assertThat(m.subList(col("X"), col("AA"))).containsExactly("2022", "7", "15");
      assertThat(m.get(col("AA"))).isEqualTo("Потребител на услуги");
      assertThat(m.get(col("C"))).isEqualTo("Николова");
      assertThat(m.get(col("P"))).isEqualTo("да");
      assertThat(m.subList(col("AD"), col("AI") + 1)).containsOnly("-");

      List<String> r = rows.get(refusing.personalNumber());
      assertThat(r.get(col("C"))).as("no middle name").isEqualTo("-");
      assertThat(List.of(r.get(col("P")), r.get(col("R")), r.get(col("T"))))
          .as("refusals exported as configured")
          .containsOnly("не");
      assertThat(r.get(col("K"))).isEqualTo("Долно изворово");

      assertThat(rows.get(noHousehold.personalNumber()).subList(col("U"), col("X")))
          .containsOnly("не");

      List<String> f = rows.get(foreigner.personalNumber());
      assertThat(f.get(col("E"))).hasSize(10).isEqualTo(foreigner.personalNumber());
      assertThat(f.get(col("F"))).isEqualTo("жена");
      assertThat(f.get(col("G"))).isEqualTo("30");
      assertThat(f.get(col("AA"))).isEqualTo("Дейности с деца/ученици (ОП НОИР)");

      List<String> l = rows.get(leaver.personalNumber());
      assertThat(l.subList(col("AD"), col("AI") + 1))
          .containsExactly(
              "лицето е напуснало операцията преди планирания край на дейностите",
              "2022",
              "7",
              "29",
              "Нямах възможност да продължа участие поради лични причини",
              "което е заето при друг работодател");
    }

    JsonNode after = get("t-manager", REFUSALS + period()).getBody();
    assertThat(after.get("participants").asLong() - before.get("participants").asLong())
        .isEqualTo(5);
    for (String category : List.of("minority", "disability", "otherDisadvantaged")) {
      assertThat(
              after.get("refused").get(category).asLong()
                  - before.get("refused").get(category).asLong())
          .as(category)
          .isEqualTo(1);
    }
    assertThat(after.get("householdMissing").asLong() - before.get("householdMissing").asLong())
        .isEqualTo(1);
    assertThat(after.get("refusedExportedAs").asText()).isEqualTo("NO");
  }

  @Test
  void personalNumbersAreMaskedForAGroupNotConfiguredToSeeThem() throws IOException {
    NewParticipant person =
        person("Васил", "Ангелов", LocalDate.of(1983, 9, 9), SpecialCategoryAnswer.NO, true);
    enrolled(person, SupportStream.EMPLOYMENT, "2022-07-11");
    ReportPeriod day = new ReportPeriod(LocalDate.of(2022, 7, 11), LocalDate.of(2022, 7, 11));

    assertThat(file.showsPersonalNumber(List.of(Groups.PROJECT_MANAGERS))).isTrue();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(file.build(day, List.of(Groups.CASE_OFFICERS))))) {
      List<String> numbers = new ArrayList<>();
      Sheet sheet = workbook.getSheetAt(0);
      for (int i = 2; i <= sheet.getLastRowNum(); i++) {
        numbers.add(text(sheet.getRow(i).getCell(col("E"))));
      }
      assertThat(numbers)
          .contains(PersonalNumber.mask(person.personalNumber()))
          .doesNotContain(person.personalNumber());
    }
  }

  @Test
  void aParticipantWithdrawnLeftBeforeThePlannedEndKnownAtThePeriodsEnd() throws IOException {
    NewParticipant person =
        person("Тодор", "Русев", LocalDate.of(1979, 4, 4), SpecialCategoryAnswer.NO, true);
    String registrationNumber = enrolled(person, SupportStream.FAMILY_HOUSE, "2022-07-05");
    clock.freezeAt(LocalDateTime.of(2022, 7, 20, 10, 0));
    registry.withdraw(registrationNumber, "Заминава в чужбина");

    List<String> row =
        rowsByPersonalNumber(sheet(LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 31)))
            .get(person.personalNumber());
    assertThat(row.subList(col("AD"), col("AI") + 1))
        .containsExactly(
            "лицето е напуснало операцията преди планирания край на дейностите",
            "2022",
            "7",
            "20",
            "Друго",
            "-");
    // a file for a period ending before the withdrawal does not know it yet
    List<String> earlier =
        rowsByPersonalNumber(sheet(LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 19)))
            .get(person.personalNumber());
    assertThat(earlier.subList(col("AD"), col("AI") + 1)).containsOnly("-");
  }

  private Sheet sheet(LocalDate from, LocalDate to) throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                file.build(new ReportPeriod(from, to), List.of(Groups.PROJECT_MANAGERS))))) {
      return workbook.getSheetAt(0);
    }
  }

  @Test
  void aWrongPeriodIsRefusedNamingTheField() {
    assertFieldProblem(get("t-manager", FILE + "?from=01.07.2022&to=2022-07-31"), "from");
    assertFieldProblem(get("t-manager", FILE + "?from=2022-07-01&to=2022-13-01"), "to");
    ResponseEntity<JsonNode> reversed = get("t-manager", FILE + "?from=2022-08-01&to=2022-07-01");
    assertFieldProblem(reversed, "from");
    assertThat(reversed.getHeaders().getContentType().toString())
        .isEqualTo("application/problem+json");
    assertFieldProblem(get("t-manager", REFUSALS + "?to=yesterday"), "to");
    // no period: the programme's
    JsonNode whole = get("t-manager", REFUSALS).getBody();
    assertThat(whole.get("from").asText()).isEqualTo("2021-01-01");
    assertThat(whole.get("to").asText()).isEqualTo("2023-06-30");
  }

  private static void assertHeadersAreTheTemplates(Sheet sheet) {
    Map<String, String> cells = new HashMap<>();
    for (int r = 0; r < 2; r++) {
      for (Cell cell : sheet.getRow(r)) {
        if (!text(cell).isEmpty()) {
          cells.put(cell.getAddress().formatAsString(), text(cell));
        }
      }
    }
    assertThat(cells).containsExactlyInAnyOrderEntriesOf(TEMPLATE.headerCells);
    assertThat(sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString))
        .containsExactlyInAnyOrderElementsOf(TEMPLATE.merged);
  }

  private static void assertEveryValueIsTheTemplates(List<String> row) {
    assertThat(row.get(col("E"))).matches("\\d{10}");
    assertThat(row.get(col("G"))).matches("\\d+");
    assertThat(TEMPLATE.list("пол")).contains(row.get(col("F")));
    assertThat(TEMPLATE.list("пазар")).contains(row.get(col("H")));
    assertThat(TEMPLATE.list("образование")).contains(row.get(col("I")));
    assertThat(TEMPLATE.list("ОБЛ")).contains(row.get(col("J")), row.get(col("AB")));
    assertThat(TEMPLATE.list("Стара_Загора")).contains(row.get(col("K")), row.get(col("AC")));
    assertThat(row.subList(col("N"), col("X"))).allMatch(v -> v.equals("да") || v.equals("не"));
    assertThat(TEMPLATE.list("дейност")).contains(row.get(col("AA")));
    assertThat(TEMPLATE.list("статут")).contains(row.get(col("AD")));
    assertThat(TEMPLATE.list("отпадане")).contains(row.get(col("AH")));
    assertThat(TEMPLATE.list("резултат")).contains(row.get(col("AI")));
    for (String dateColumn : List.of("X", "Y", "Z", "AE", "AF", "AG")) {
      assertThat(row.get(col(dateColumn))).matches("-|\\d+");
    }
  }

  private static Map<String, List<String>> rowsByPersonalNumber(Sheet sheet) {
    Map<String, List<String>> rows = new HashMap<>();
    for (int i = 2; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < IsunRows.COLUMNS; c++) {
        cells.add(text(row.getCell(c)));
      }
      assertThat(cells.get(0)).as("running number").isEqualTo(String.valueOf(i - 1));
      assertThat(rows.put(cells.get(col("E")), cells)).as("one row per participant").isNull();
    }
    return rows;
  }

  private String enrolled(NewParticipant person, SupportStream stream, String day) {
    String registrationNumber = registry.register(person, "t-officer").registrationNumber();
    jdbc.sql(
            "insert into participant_stream (registration_number, stream, candidate, enrolled_on)"
                + " values (?, ?, false, ?)")
        .params(registrationNumber, stream.name(), LocalDate.parse(day))
        .update();
    return registrationNumber;
  }

  /** An employment contract ended early by resignation, employed again within four weeks. */
  private void leftEmploymentEarly(String registrationNumber, LocalDate day) {
    String contract = "T-" + registrationNumber;
    jdbc.sql(
            "insert into employment_placement (registration_number, employer_id, status, since)"
                + " values (?, 'municipal-enterprise', 'RELEASED', ?)")
        .params(registrationNumber, day.minusMonths(1))
        .update();
    Long placement =
        jdbc.sql("select max(id) from employment_placement where registration_number = ?")
            .param(registrationNumber)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
        insert into employment_contract (contract_id, registration_number, employer_id,
          placement_id, position_title, working_time, gross_monthly_wage, start_date, end_date,
          status, termination_date, termination_reason, recorded_on)
        values (?, ?, 'municipal-enterprise', ?, 'Работник', 8, 710.00, ?, ?, 'TERMINATED', ?,
          'RESIGNATION', ?)""")
        .params(
            contract,
            registrationNumber,
            placement,
            day.minusMonths(1),
            day.plusMonths(11),
            day,
            day.minusMonths(1))
        .update();
    jdbc.sql(
            """
        insert into employment_exit (contract_id, registration_number, leaving_date,
          immediate_result, immediate_recorded_on)
        values (?, ?, ?, 'EMPLOYED', ?)""")
        .params(contract, registrationNumber, day, day.plusDays(1))
        .update();
  }

  private static NewParticipant person(
      String first, String last, LocalDate birth, SpecialCategoryAnswer answer, boolean household) {
    NewParticipant p =
        TestPeople.person(first, last, birth, "Долно Изворово", "UNEMPLOYED", "ISCED_2");
    return new NewParticipant(
        p.personalNumber(),
        first,
        first.equals("Мария") ? "Николова" : null,
        last,
        null,
        null,
        p.settlement(),
        null,
        null,
        true,
        p.employmentStatus(),
        p.educationLevel(),
        answer,
        answer,
        answer,
        false,
        household ? true : null,
        household ? false : null,
        household ? false : null);
  }

  /** A foreign resident: a valid LNCh that is no EGN, with birth date and sex entered. */
  private static NewParticipant lnch(String first, String last, LocalDate birth) {
    String number;
    do {
      String digits = "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
      int[] weights = {21, 19, 17, 13, 11, 9, 7, 3, 1};
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * weights[i];
      }
      number = digits + (sum % 10);
    } while (PersonalNumber.parse(number, PersonalNumber.Kind.EGN).isPresent());
    return new NewParticipant(
        number,
        first,
        null,
        last,
        birth,
        "FEMALE",
        "Казанлък",
        null,
        "0888123456",
        true,
        "INACTIVE_IN_EDUCATION",
        "ISCED_3",
        SpecialCategoryAnswer.NO,
        SpecialCategoryAnswer.NO,
        SpecialCategoryAnswer.NO,
        false,
        false,
        false,
        false);
  }

  private static String period() {
    return "?from=" + FROM + "&to=" + TO;
  }

  private static int col(String letters) {
    return CellReference.convertColStringToIndex(letters);
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell);
  }
}
