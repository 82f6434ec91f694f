package bg.kazanlak.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApplicationNode.Credentials;
import bg.kazanlak.inclusion.ApplicationNode.Response;
import bg.kazanlak.inclusion.participant.PersonalNumber;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.awaitility.Awaitility;

/**
 * The work the resilience tests put on running nodes over HTTP, as the staff would: case officers
 * register people ({@code POST /api/participants}), social workers complete the needs assessment
 * with the employment stream, HR records the person's preference — after which the employment
 * case's allocation runs as an asynchronous job of the job executor — and finance approves the
 * expenses the coordinators request. It remembers what every request answered, so that {@link
 * #assertNothingLostOrDuplicated} can check the database against it afterwards.
 */
public final class ProgrammeWorkload {

  public static final String PASSWORD = "resilience-1";
  public static final Credentials ADMIN = new Credentials("admin", "resilience-admin");
  static final String EXPENSE_LINE = "hrd-activities";
  static final BigDecimal EXPENSE_AMOUNT = new BigDecimal("100.00");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> USERS =
      Map.of(
          "officer", "case-officers",
          "social", "social-workers",
          "hr", "hr-officers",
          "finance", "finance",
          "coordinator", "initiative-coordinators",
          "manager", "project-managers");

  private final int salt;

  /** personal number -> registration number (201), or null (no answer: a killed node's request). */
  private final Map<String, String> attempts = new ConcurrentHashMap<>();

  private final Queue<String> approvedExpenses = new ConcurrentLinkedQueue<>();

  /**
   * @param salt spreads the birth dates, so two workloads on one database do not collide
   */
  public ProgrammeWorkload(int salt) {
    this.salt = salt;
  }

  /** The spring arguments every node of the tests gets: clock inside the period, administrator. */
  public static List<String> arguments() {
    return List.of(
        "--inclusion.clock.start=2022-06-01T09:00:00",
        "--inclusion.admin.password=" + ADMIN.password());
  }

  public static Credentials user(String id) {
    return new Credentials(id, PASSWORD);
  }

  /** The staff of the contract's groups, created by the administrator through the engine API. */
  public void createStaff(ApplicationNode node) {
    USERS.forEach(
        (id, group) -> {
          ObjectNode body = JSON.createObjectNode();
          body.putObject("profile")
              .put("id", id)
              .put("firstName", id)
              .put("lastName", "Тестов")
              .put("email", id + "@kazanlak.invalid");
          body.putObject("credentials").put("password", PASSWORD);
          expect(node.http(ADMIN, "POST", "/engine-rest/user/create", body), 204);
          expect(
              node.http(ADMIN, "PUT", "/engine-rest/group/" + group + "/members/" + id, null), 204);
        });
  }

  /**
   * Registers person {@code index}; the registration number, or null if the node did not answer.
   */
  public String register(ApplicationNode node, int index) {
    LocalDate birthDate = LocalDate.of(1975, 1, 1).plusDays(salt * 1000L + index * 11L);
    String personalNumber = PersonalNumber.egn(birthDate, (salt * 97 + index) % 1000).value();
    ObjectNode body =
        JSON.createObjectNode()
            .put("personalNumber", personalNumber)
            .put("firstName", "Лице" + letters(salt))
            .put("lastName", "Номер" + letters(index))
            .put("settlement", "Казанлък")
            .put("consentToServices", true);
    body.putObject("entry")
        .put("employmentStatus", "UNEMPLOYED")
        .put("educationLevel", "ISCED_2")
        .put("minority", false)
        .put("disability", false)
        .put("otherDisadvantaged", false)
        .put("homelessOrHousingExclusion", false);
    attempts.putIfAbsent(personalNumber, "");
    Response response = node.http(user("officer"), "POST", "/api/participants", body);
    if (response.status() == 0) {
      return null;
    }
    expect(response, 201);
    String number = response.body().get("registrationNumber").asText();
    attempts.put(personalNumber, number);
    return number;
  }

  /** A number in Cyrillic letters: names hold letters only. */
  private static String letters(int number) {
    String alphabet = "абвгдежзиклмнопрстуф";
    StringBuilder text = new StringBuilder();
    do {
      text.append(alphabet.charAt(number % alphabet.length()));
      number /= alphabet.length();
    } while (number > 0);
    return text.toString();
  }

  /** The social worker's needs assessment, routing the person to employment; false: no answer. */
  public boolean assess(ApplicationNode node, String registrationNumber) {
    return complete(
        node,
        "social",
        "processDefinitionKey=participant-onboarding&taskDefinitionKey=Task_AssessNeeds"
            + "&processInstanceBusinessKey="
            + registrationNumber,
        variables(
            Map.of("needsWork", "Търси работа."),
            Map.of("recommendedStreams", "[\"EMPLOYMENT\"]")));
  }

  /** HR records "no preference": the employment case's allocation becomes a job. */
  public boolean recordPreference(ApplicationNode node, String registrationNumber) {
    return complete(
        node,
        "hr",
        "processDefinitionKey=employment&taskDefinitionKey=Task_RecordPreference"
            + "&processInstanceBusinessKey="
            + registrationNumber,
        variables(Map.of("preferredEmployer", "NONE"), Map.of()));
  }

  /** A coordinator requests an expense and finance approves it; false: a node did not answer. */
  public boolean expense(ApplicationNode requestAt, ApplicationNode approveAt, int index) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("budgetLine", EXPENSE_LINE)
            .put("amount", EXPENSE_AMOUNT)
            .put("supplier", "Книжарница ООД")
            .put("purpose", "Материали " + salt + "-" + index)
            .put("date", "2022-06-01")
            .put("documentRef", "Фактура " + salt + "-" + index);
    Response requested = requestAt.http(user("coordinator"), "POST", "/api/expenses", body);
    if (requested.status() == 0) {
      return false;
    }
    expect(requested, 201);
    String number = requested.body().get("expenseNumber").asText();
    boolean approved = approve(approveAt, number);
    if (approved) {
      approvedExpenses.add(number);
    }
    return approved;
  }

  public boolean approve(ApplicationNode node, String expenseNumber) {
    return complete(
        node,
        "finance",
        "processDefinitionKey=expense-approval&taskDefinitionKey=Task_FinanceApproval"
            + "&processInstanceBusinessKey="
            + expenseNumber,
        variables(Map.of("decision", "APPROVE"), Map.of()));
  }

  /**
   * After a crash: every person whose registration was committed (found in the database, whatever
   * the node answered) is taken through the remaining steps on {@code node}.
   */
  public void finishOnboarding(ApplicationNode node, Connection db) throws SQLException {
    for (String number : registeredNumbers(db)) {
      assess(node, number);
      recordPreference(node, number);
    }
  }

  /** Completes the single open task the query finds; false if the node did not answer. */
  private boolean complete(
      ApplicationNode node, String userId, String query, ObjectNode variables) {
    Credentials user = user(userId);
    Response found = node.http(user, "GET", "/engine-rest/task?" + query, null);
    if (found.status() == 0) {
      return false;
    }
    expect(found, 200);
    if (found.body().isEmpty()) {
      // done before (the answer of an earlier attempt was lost)
      return true;
    }
    String task = found.body().get(0).get("id").asText();
    Response claimed =
        node.http(
            user,
            "POST",
            "/engine-rest/task/" + task + "/claim",
            JSON.createObjectNode().put("userId", userId));
    if (claimed.status() == 0) {
      return false;
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    Response completed = node.http(user, "POST", "/engine-rest/task/" + task + "/complete", body);
    if (completed.status() == 0) {
      return false;
    }
    expect(completed, 204);
    return true;
  }

  private static ObjectNode variables(Map<String, String> strings, Map<String, String> json) {
    ObjectNode variables = JSON.createObjectNode();
    strings.forEach((name, value) -> variables.putObject(name).put("value", value));
    json.forEach(
        (name, value) -> variables.putObject(name).put("value", value).put("type", "Json"));
    return variables;
  }

  /**
   * Waits until no asynchronous continuation (message job) with retries left remains in the shared
   * job table; on timeout the message lists what is left (type, handler, retries, lock owner,
   * exception), to tell a stuck lock from a failing job.
   */
  public void awaitJobsDone(Connection db, Duration timeout) {
    String left = "select count(*) from ACT_RU_JOB where TYPE_ = 'message' and RETRIES_ > 0";
    try {
      Awaitility.await("message jobs done")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(250))
          .until(() -> count(db, left) == 0);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("jobs left: " + jobsLeft(db), e);
    }
  }

  private static List<String> jobsLeft(Connection db) {
    List<String> rows = new ArrayList<>();
    try (var statement =
            db.prepareStatement(
                "select TYPE_, HANDLER_TYPE_, RETRIES_, LOCK_OWNER_, LOCK_EXP_TIME_, DUEDATE_,"
                    + " EXCEPTION_MSG_ from ACT_RU_JOB");
        var result = statement.executeQuery()) {
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= 7; column++) {
          row.append(column == 1 ? "" : " | ").append(result.getString(column));
        }
        rows.add(row.toString());
      }
    } catch (SQLException e) {
      rows.add("could not read ACT_RU_JOB: " + e.getMessage());
    }
    return rows;
  }

  /** The jobs some node has locked now (to follow them after a kill). */
  public static List<String> lockedJobs(Connection db) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (var query =
            db.prepareStatement("select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null");
        var rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** The registration numbers of this workload's people that the database holds. */
  public List<String> registeredNumbers(Connection db) throws SQLException {
    List<String> numbers = new ArrayList<>();
    for (String personalNumber : attempts.keySet()) {
      String number =
          single(
              db,
              "select registration_number from participant where personal_number = ?",
              personalNumber);
      if (number != null) {
        numbers.add(number);
      }
    }
    return numbers;
  }

  public int answeredRegistrations() {
    return (int) attempts.values().stream().filter(number -> !number.isEmpty()).count();
  }

  /**
   * Every registration answered 201 exists once, with its ESF entry data and one onboarding case; a
   * request the node never answered left all of that or nothing. Every person went through the
   * assessment into exactly one employment case, whose allocation job ran once: the case waits at
   * the confirmation of its place, and no employer has more people placed than places. Every
   * approved expense is committed once on the ledger. No job or incident is left.
   */
  public void assertNothingLostOrDuplicated(Connection db) throws SQLException {
    List<String> registered = registeredNumbers(db);
    attempts.forEach(
        (personalNumber, answered) -> {
          if (!answered.isEmpty()) {
            assertThat(registered).as("answered registration %s", answered).contains(answered);
          }
        });
    assertThat(registered).hasSizeGreaterThanOrEqualTo(answeredRegistrations());
    for (String number : registered) {
      assertThat(
              count(
                  db,
                  "select count(*) from participant_entry_data where registration_number = ?",
                  number))
          .as("entry data of %s", number)
          .isEqualTo(1);
      assertThat(instances(db, "participant-onboarding", number))
          .as("onboarding cases of %s", number)
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "select count(*) from needs_assessment where registration_number = ?",
                  number))
          .as("needs assessments of %s", number)
          .isEqualTo(1);
      assertThat(instances(db, "employment", number))
          .as("employment cases of %s", number)
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "select count(*) from employment_placement where registration_number = ?"
                      + " and status <> 'RELEASED'",
                  number))
          .as("places held by %s", number)
          .isEqualTo(1);
      assertThat(
              count(
                  db,
                  "select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                      + " on t.PROC_INST_ID_ = e.ID_ where e.BUSINESS_KEY_ = ?"
                      + " and t.TASK_DEF_KEY_ = 'Task_ConfirmAllocation'",
                  number))
          .as("allocation confirmations of %s", number)
          .isEqualTo(1);
    }
    // the allocation job of each case succeeded exactly once
    assertThat(
            count(
                db,
                "select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                    + " and ACT_ID_ = 'Task_AllocateEmployer' group by JOB_ID_"
                    + " having count(*) > 1) twice"))
        .isZero();
    assertThat(
            count(
                db,
                "select count(distinct JOB_ID_) from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                    + " and ACT_ID_ = 'Task_AllocateEmployer'"))
        .isEqualTo(registered.size());
    // no employer hands out a place twice
    try (PreparedStatement employers =
            db.prepareStatement(
                "select employer_id, places, occupied from employment_employer_places");
        ResultSet rows = employers.executeQuery()) {
      while (rows.next()) {
        String employer = rows.getString(1);
        long held =
            count(
                db,
                "select count(*) from employment_placement where employer_id = ?"
                    + " and status <> 'RELEASED'",
                employer);
        assertThat(rows.getInt(3)).as("occupied at %s", employer).isEqualTo(held);
        assertThat(held).as("places held at %s", employer).isLessThanOrEqualTo(rows.getInt(2));
      }
    }
    // every expense approved is committed once, and the line's balance is the sum of its postings
    for (String expense : approvedExpenses) {
      assertThat(
              count(
                  db,
                  "select count(*) from ledger_entry where source = ? and kind = 'COMMITMENT'",
                  "expense:" + expense))
          .as("commitments of %s", expense)
          .isEqualTo(1);
      assertThat(instances(db, "expense-approval", expense)).isEqualTo(1);
    }
    assertThat(count(db, "select count(*) from ledger_entry"))
        .isEqualTo(count(db, "select count(distinct posting_key) from ledger_entry"));
    BigDecimal committed =
        decimal(db, "select committed from budget_line_balance where line_id = ?", EXPENSE_LINE);
    BigDecimal posted =
        decimal(
            db,
            "select coalesce(sum(amount), 0) from ledger_entry where line_id = ?"
                + " and kind = 'COMMITMENT'",
            EXPENSE_LINE);
    assertThat(committed).isEqualByComparingTo(posted);
    // no duplicate case of any kind
    assertThat(
            count(
                db,
                "select count(*) from (select p.BUSINESS_KEY_, d.KEY_ from ACT_HI_PROCINST p"
                    + " join ACT_RE_PROCDEF d on p.PROC_DEF_ID_ = d.ID_"
                    + " where p.BUSINESS_KEY_ is not null and p.SUPER_PROCESS_INSTANCE_ID_ is null"
                    + " group by p.BUSINESS_KEY_, d.KEY_ having count(*) > 1) twice"))
        .isZero();
    assertThat(count(db, "select count(*) from ACT_RU_JOB where TYPE_ = 'message'")).isZero();
    assertThat(count(db, "select count(*) from ACT_RU_INCIDENT")).isZero();
  }

  private static long instances(Connection db, String process, String businessKey)
      throws SQLException {
    return count(
        db,
        "select count(*) from ACT_HI_PROCINST p join ACT_RE_PROCDEF d on p.PROC_DEF_ID_ = d.ID_"
            + " where d.KEY_ = ? and p.BUSINESS_KEY_ = ?",
        process,
        businessKey);
  }

  public static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String single(Connection db, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static BigDecimal decimal(Connection db, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getBigDecimal(1);
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  public static Connection connect(String url, String user, String password) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  static void expect(Response response, int status) {
    assertThat(response.status())
        .as("%s %s", response.body(), response.error() == null ? "" : response.error())
        .isEqualTo(status);
  }
}
