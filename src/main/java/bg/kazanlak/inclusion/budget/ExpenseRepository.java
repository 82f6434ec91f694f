package bg.kazanlak.inclusion.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpenseRepository {

  private final JdbcClient jdbc;

  ExpenseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, NewExpense e, String requestedBy, LocalDate today) {
    jdbc.sql(
            """
        insert into expense (expense_number, line_id, amount, supplier, purpose, expense_date,
          document_ref, source, status, requested_by, requested_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            number,
            e.budgetLine(),
            e.amount(),
            e.supplier(),
            e.purpose(),
            e.date(),
            e.documentRef(),
            e.source(),
            ExpenseStatus.REQUESTED.name(),
            requestedBy,
            today)
        .update();
  }

  /**
   * The requester's correction of a RETURNED expense, back to REQUESTED; false when the expense is
   * not (or no longer) RETURNED. Each transition below is one conditional UPDATE, so two nodes
   * cannot both move the same expense out of the same status.
   */
  boolean correct(String number, NewExpense e) {
    return jdbc.sql(
                """
        update expense set amount = ?, supplier = ?, purpose = ?, expense_date = ?,
          document_ref = ?, status = ? where expense_number = ? and status = ?""")
            .params(
                e.amount(),
                e.supplier(),
                e.purpose(),
                e.date(),
                e.documentRef(),
                ExpenseStatus.REQUESTED.name(),
                number,
                ExpenseStatus.RETURNED.name())
            .update()
        == 1;
  }

  /** Moves the expense from one status to another; false when it is not in {@code from}. */
  boolean transition(String number, ExpenseStatus from, ExpenseStatus to, String refusalReason) {
    return jdbc.sql(
                """
        update expense set status = ?, refusal_reason = ? where expense_number = ? and status = ?""")
            .params(to.name(), refusalReason, number, from.name())
            .update()
        == 1;
  }

  /** Records the payment of a COMMITTED expense; false when it is not COMMITTED. */
  boolean payment(String number, LocalDate date, String reference) {
    return jdbc.sql(
                """
        update expense set status = ?, payment_date = ?, payment_reference = ?
        where expense_number = ? and status = ?""")
            .params(
                ExpenseStatus.PAID.name(), date, reference, number, ExpenseStatus.COMMITTED.name())
            .update()
        == 1;
  }

  /**
   * The expense with its row locked until the transaction ends: decisions, commitment and payment
   * of one expense run one after the other, each seeing what the one before it recorded.
   */
  Optional<Expense> lock(String number) {
    return jdbc.sql("select * from expense where expense_number = ? for update")
        .param(number)
        .query((rs, i) -> map(rs))
        .optional();
  }

  void decision(
      String number,
      ApprovalLevel level,
      ApprovalDecision decision,
      String by,
      LocalDate day,
      String comment) {
    jdbc.sql(
            """
        insert into expense_decision (expense_number, level, decision, decided_by, decided_on,
          comment_text) values (?, ?, ?, ?, ?, ?)""")
        .params(number, level.name(), decision.name(), by, day, comment)
        .update();
  }

  /** The latest decision on the expense, if any: where its approval stands. */
  Optional<RecordedDecision> lastDecision(String number) {
    return jdbc.sql(
            """
        select level, decision from expense_decision where expense_number = ?
        order by id desc fetch first 1 rows only""")
        .param(number)
        .query(
            (rs, i) ->
                new RecordedDecision(
                    ApprovalLevel.valueOf(rs.getString(1)),
                    ApprovalDecision.valueOf(rs.getString(2))))
        .optional();
  }

  Optional<Expense> find(String number) {
    return jdbc.sql("select * from expense where expense_number = ?")
        .param(number)
        .query((rs, i) -> map(rs))
        .optional();
  }

  /** Paid expenses of a line, in order of payment: the rows of the financial report. */
  List<Expense> paidOn(String lineId) {
    return jdbc.sql(
            "select * from expense where line_id = ? and status = 'PAID' "
                + "order by payment_date, expense_number")
        .param(lineId)
        .query((rs, i) -> map(rs))
        .list();
  }

  record RecordedDecision(ApprovalLevel level, ApprovalDecision decision) {}

  private static Expense map(ResultSet rs) throws SQLException {
    return new Expense(
        rs.getString("expense_number"),
        rs.getString("line_id"),
        rs.getBigDecimal("amount"),
        rs.getString("supplier"),
        rs.getString("purpose"),
        rs.getObject("expense_date", LocalDate.class),
        rs.getString("document_ref"),
        rs.getString("source"),
        ExpenseStatus.valueOf(rs.getString("status")),
        rs.getString("requested_by"),
        rs.getObject("requested_on", LocalDate.class),
        rs.getString("refusal_reason"),
        rs.getObject("payment_date", LocalDate.class),
        rs.getString("payment_reference"));
  }
}
