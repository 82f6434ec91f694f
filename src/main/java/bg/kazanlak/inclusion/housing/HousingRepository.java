package bg.kazanlak.inclusion.housing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The housing tables. What must hold on every node (one household per unit, one unit per person,
 * one open case per person) is a primary key, so that two social workers recording at once get one
 * refusal rather than two rows; a plan's status moves by conditional updates.
 */
@Repository
class HousingRepository {

  private final JdbcClient jdbc;

  HousingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- cases -------------------------------------------------------------------------------

  /** False when the person has an open case already. */
  boolean openCase(String registrationNumber, LocalDate today) {
    try {
      jdbc.sql("insert into housing_case (registration_number, opened_on) values (?, ?)")
          .params(registrationNumber, today)
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  boolean hasCase(String registrationNumber) {
    return jdbc.sql("select count(*) from housing_case where registration_number = ?")
            .param(registrationNumber)
            .query(Integer.class)
            .single()
        > 0;
  }

  void closeCase(String registrationNumber) {
    jdbc.sql("delete from housing_case where registration_number = ?")
        .param(registrationNumber)
        .update();
  }

  // --- tenancies ---------------------------------------------------------------------------

  long insertTenancy(NewTenancy tenancy, String recordedBy, LocalDate today) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into housing_tenancy (unit_id, head, move_in, recorded_by, recorded_on)
        values (?, ?, ?, ?, ?)""")
        .params(tenancy.unit(), tenancy.head(), tenancy.moveIn(), recordedBy, today)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** False when the unit is occupied. */
  boolean occupy(String unit, long tenancyId) {
    try {
      jdbc.sql("insert into housing_unit_occupancy (unit_id, tenancy_id) values (?, ?)")
          .params(unit, tenancyId)
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Adds a person to the tenancy; false when the person lives in a unit already. */
  boolean addResident(long tenancyId, String registrationNumber, boolean head) {
    try {
      jdbc.sql("insert into housing_resident (registration_number, tenancy_id) values (?, ?)")
          .params(registrationNumber, tenancyId)
          .update();
    } catch (DuplicateKeyException e) {
      return false;
    }
    jdbc.sql("insert into housing_member (tenancy_id, registration_number, head) values (?, ?, ?)")
        .params(tenancyId, registrationNumber, head)
        .update();
    return true;
  }

  Optional<Long> occupant(String unit) {
    return jdbc.sql("select tenancy_id from housing_unit_occupancy where unit_id = ?")
        .param(unit)
        .query(Long.class)
        .optional();
  }

  /** The tenancy the person lives in now. */
  Optional<Tenancy> residence(String registrationNumber) {
    return jdbc.sql("select tenancy_id from housing_resident where registration_number = ?")
        .param(registrationNumber)
        .query(Long.class)
        .optional()
        .flatMap(this::tenancy);
  }

  Optional<Tenancy> tenancy(long id) {
    List<String> members =
        jdbc.sql(
                """
            select registration_number from housing_member where tenancy_id = ? and head = false
            order by registration_number""")
            .param(id)
            .query(String.class)
            .list();
    return jdbc.sql("select id, unit_id, move_in, head, move_out from housing_tenancy where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Tenancy(
                    rs.getLong("id"),
                    rs.getString("unit_id"),
                    rs.getObject("move_in", LocalDate.class),
                    rs.getString("head"),
                    members,
                    rs.getObject("move_out", LocalDate.class)))
        .optional();
  }

  Map<String, Long> occupiedUnits() {
    return jdbc
        .sql("select unit_id, tenancy_id from housing_unit_occupancy")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Ends the tenancy and frees the unit and its people; false when it had ended already. */
  boolean endTenancy(long id, LocalDate date, MoveOutReason reason, String note) {
    int ended =
        jdbc.sql(
                """
            update housing_tenancy set move_out = ?, move_out_reason = ?, move_out_note = ?
            where id = ? and move_out is null""")
            .params(date, reason.name(), note, id)
            .update();
    jdbc.sql("delete from housing_unit_occupancy where tenancy_id = ?").param(id).update();
    jdbc.sql("delete from housing_resident where tenancy_id = ?").param(id).update();
    return ended == 1;
  }

  // --- plans -------------------------------------------------------------------------------

  long insertPlan(long tenancyId, String head, String keyWorker, LocalDate today) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into housing_plan (tenancy_id, head, key_worker, status, opened_on, version,
          reviews, reviews_without_progress)
        values (?, ?, ?, ?, ?, 0, 0, 0)""")
        .params(tenancyId, head, keyWorker, PlanStatus.ASSESSMENT.name(), today)
        .update(key, "id");
    return key.getKey().longValue();
  }

  private static final String PLAN_COLUMNS =
      """
      select id, tenancy_id, head, key_worker, status, version, author, approved_on, reviews,
        reviews_without_progress, next_review_due, close_reason from housing_plan""";

  /** The head's plan that is not closed. */
  Optional<Plan> openPlan(String head) {
    return jdbc.sql(PLAN_COLUMNS + " where head = ? and status <> ?")
        .params(head, PlanStatus.CLOSED.name())
        .query(HousingRepository::plan)
        .optional();
  }

  /** The head's latest plan, open or closed. */
  Optional<Plan> latestPlan(String head) {
    return jdbc
        .sql(PLAN_COLUMNS + " where head = ? order by id desc")
        .param(head)
        .query(HousingRepository::plan)
        .list()
        .stream()
        .findFirst();
  }

  Optional<Plan> planOfTenancy(long tenancyId) {
    return jdbc.sql(PLAN_COLUMNS + " where tenancy_id = ?")
        .param(tenancyId)
        .query(HousingRepository::plan)
        .optional();
  }

  boolean transition(long planId, PlanStatus from, PlanStatus to) {
    return jdbc.sql("update housing_plan set status = ? where id = ? and status = ?")
            .params(to.name(), planId, from.name())
            .update()
        == 1;
  }

  /** DRAFTING to SUBMITTED as the given version by its author. */
  boolean submit(long planId, int version, String author) {
    return jdbc.sql(
                """
            update housing_plan set status = ?, version = ?, author = ?
            where id = ? and status = ?""")
            .params(
                PlanStatus.SUBMITTED.name(), version, author, planId, PlanStatus.DRAFTING.name())
            .update()
        == 1;
  }

  /** SUBMITTED to ACTIVE; the first approval sets when the first review falls due. */
  boolean approve(long planId, LocalDate today, LocalDate firstReviewDue) {
    return jdbc.sql(
                """
            update housing_plan set status = ?, approved_version = version, approved_on = ?,
              next_review_due = coalesce(next_review_due, ?)
            where id = ? and status = ?""")
            .params(
                PlanStatus.ACTIVE.name(),
                today,
                firstReviewDue,
                planId,
                PlanStatus.SUBMITTED.name())
            .update()
        == 1;
  }

  /** The counters after a review, from ACTIVE to {@code next} (DRAFTING for a revision). */
  boolean afterReview(
      long planId, int reviews, int withoutProgress, LocalDate nextDue, PlanStatus next) {
    return jdbc.sql(
                """
            update housing_plan set reviews = ?, reviews_without_progress = ?,
              next_review_due = ?, status = ?
            where id = ? and status = ? and reviews = ?""")
            .params(
                reviews,
                withoutProgress,
                nextDue,
                next.name(),
                planId,
                PlanStatus.ACTIVE.name(),
                reviews - 1)
            .update()
        == 1;
  }

  /** After a case conference the count of reviews without progress starts again. */
  boolean afterConference(long planId, PlanStatus next) {
    return jdbc.sql(
                """
            update housing_plan set reviews_without_progress = 0, status = ?
            where id = ? and status = ?""")
            .params(next.name(), planId, PlanStatus.ACTIVE.name())
            .update()
        == 1;
  }

  boolean close(long planId, CloseReason reason, LocalDate today) {
    return jdbc.sql(
                """
            update housing_plan set status = ?, close_reason = ?, closed_on = ?
            where id = ? and status <> ?""")
            .params(
                PlanStatus.CLOSED.name(), reason.name(), today, planId, PlanStatus.CLOSED.name())
            .update()
        == 1;
  }

  void insertAssessment(long planId, HouseholdAssessment a, String by, LocalDate today) {
    jdbc.sql(
            """
        insert into housing_assessment (plan_id, assessed_on, assessed_by, work, health,
          education, social, summary) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(planId, today, by, a.work(), a.health(), a.education(), a.social(), a.summary())
        .update();
  }

  // --- goals and their history ---------------------------------------------------------------

  long insertGoal(long planId, PlannedGoal goal, GoalDomain domain, int version) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into housing_goal (plan_id, goal_kind, domain, owner, specialist, target_date,
          status, added_in_version) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            planId,
            goal.kind(),
            domain.name(),
            goal.owner(),
            goal.specialist(),
            goal.targetDate(),
            GoalStatus.NOT_STARTED.name(),
            version)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void updateGoal(long goalId, PlannedGoal goal, GoalDomain domain) {
    jdbc.sql(
            """
        update housing_goal set goal_kind = ?, domain = ?, owner = ?, specialist = ?,
          target_date = ? where id = ?""")
        .params(
            goal.kind(), domain.name(), goal.owner(), goal.specialist(), goal.targetDate(), goalId)
        .update();
  }

  void setStatus(long goalId, GoalStatus status, LocalDate today) {
    jdbc.sql(
            """
        update housing_goal set status = ?,
          achieved_on = case when ? = 'ACHIEVED' then coalesce(achieved_on, ?) else null end
        where id = ?""")
        .params(status.name(), status.name(), today, goalId)
        .update();
  }

  void setOutcome(long goalId, GoalOutcome outcome, String note) {
    jdbc.sql("update housing_goal set outcome = ?, outcome_note = ? where id = ?")
        .params(outcome.name(), note, goalId)
        .update();
  }

  List<Goal> goals(long planId) {
    return jdbc.sql(
            """
        select id, goal_kind, domain, owner, specialist, target_date, status, added_in_version,
          outcome from housing_goal where plan_id = ? order by id""")
        .param(planId)
        .query(HousingRepository::goal)
        .list();
  }

  void insertChange(
      long planId,
      long goalId,
      int version,
      String kind,
      String description,
      String by,
      LocalDate today) {
    jdbc.sql(
            """
        insert into housing_goal_change (plan_id, goal_id, version, change_kind, description,
          changed_by, changed_on) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(planId, goalId, version, kind, description, by, today)
        .update();
  }

  List<PlanChange> changes(long planId) {
    return jdbc.sql(
            """
        select goal_id, version, change_kind, description, changed_by, changed_on
        from housing_goal_change where plan_id = ? order by id""")
        .param(planId)
        .query(
            (rs, n) ->
                new PlanChange(
                    rs.getLong("goal_id"),
                    rs.getInt("version"),
                    rs.getString("change_kind"),
                    rs.getString("description"),
                    rs.getString("changed_by"),
                    rs.getObject("changed_on", LocalDate.class)))
        .list();
  }

  void insertDecision(
      long planId, int version, PlanDecision decision, String by, LocalDate today, String note) {
    jdbc.sql(
            """
        insert into housing_plan_decision (plan_id, version, decision, decided_by, decided_on,
          comment) values (?, ?, ?, ?, ?, ?)""")
        .params(planId, version, decision.name(), by, today, note)
        .update();
  }

  long insertReview(
      long planId,
      int number,
      LocalDate due,
      LocalDate visit,
      boolean progress,
      String by,
      LocalDate today) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into housing_review (plan_id, review_number, due_on, visit_date, progress,
          recorded_by, recorded_on) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(planId, number, due, visit, progress, by, today)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void insertReviewGoal(long reviewId, GoalProgress goal) {
    jdbc.sql(
            "insert into housing_review_goal (review_id, goal_id, status, note) values (?, ?, ?, ?)")
        .params(reviewId, goal.goalId(), goal.status().name(), goal.note())
        .update();
  }

  List<PlanReview> reviews(long planId) {
    return jdbc.sql(
            """
        select review_number, due_on, visit_date, progress, recorded_by from housing_review
        where plan_id = ? order by review_number""")
        .param(planId)
        .query(
            (rs, n) ->
                new PlanReview(
                    rs.getInt("review_number"),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getObject("visit_date", LocalDate.class),
                    rs.getBoolean("progress"),
                    rs.getString("recorded_by")))
        .list();
  }

  void insertConference(
      long planId, LocalDate heldOn, NextStep decision, String note, String by, LocalDate today) {
    jdbc.sql(
            """
        insert into housing_case_conference (plan_id, held_on, decision, note, recorded_by,
          recorded_on) values (?, ?, ?, ?, ?, ?)""")
        .params(planId, heldOn, decision.name(), note, by, today)
        .update();
  }

  // --- figures -------------------------------------------------------------------------------

  /** Households (tenancies) whose plan had a version approved by the end of a day. */
  long householdsWithPlan(LocalDate asOf) {
    return jdbc.sql(
            """
        select count(distinct p.tenancy_id) from housing_plan p
        where exists (select 1 from housing_plan_decision d where d.plan_id = p.id
                      and d.decision = 'APPROVE' and d.decided_on <= ?)""")
        .param(asOf)
        .query(Long.class)
        .single();
  }

  /** Households that had moved out by the end of a day. */
  long householdsMovedOut(LocalDate asOf) {
    return jdbc.sql("select count(*) from housing_tenancy where move_out <= ?")
        .param(asOf)
        .query(Long.class)
        .single();
  }

  /**
   * Per domain as of the end of a day: the goals of the versions approved by then (added in a
   * version no later than the last one approved by then), and of those the ones achieved by then
   * (at a review, or as the final evaluation's outcome of a plan closed by then).
   */
  List<HousingFigures.DomainGoals> goalsByDomain(LocalDate asOf) {
    return jdbc.sql(
            """
        select g.domain, count(*),
          sum(case when g.achieved_on <= :asOf
                or (g.outcome = 'ACHIEVED' and p.closed_on <= :asOf) then 1 else 0 end)
        from housing_goal g join housing_plan p on p.id = g.plan_id
        where g.added_in_version <= (
          select max(d.version) from housing_plan_decision d
          where d.plan_id = p.id and d.decision = 'APPROVE' and d.decided_on <= :asOf)
        group by g.domain""")
        .param("asOf", asOf)
        .query(
            (rs, n) ->
                new HousingFigures.DomainGoals(
                    GoalDomain.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
        .list();
  }

  private static Plan plan(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("close_reason");
    return new Plan(
        rs.getLong("id"),
        rs.getLong("tenancy_id"),
        rs.getString("head"),
        rs.getString("key_worker"),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("version"),
        rs.getString("author"),
        rs.getObject("approved_on", LocalDate.class),
        rs.getInt("reviews"),
        rs.getInt("reviews_without_progress"),
        rs.getObject("next_review_due", LocalDate.class),
        reason == null ? null : CloseReason.valueOf(reason));
  }

  private static Goal goal(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Goal(
        rs.getLong("id"),
        rs.getString("goal_kind"),
        GoalDomain.valueOf(rs.getString("domain")),
        rs.getString("owner"),
        rs.getString("specialist"),
        rs.getObject("target_date", LocalDate.class),
        GoalStatus.valueOf(rs.getString("status")),
        rs.getInt("added_in_version"),
        outcome == null ? null : GoalOutcome.valueOf(outcome));
  }
}
