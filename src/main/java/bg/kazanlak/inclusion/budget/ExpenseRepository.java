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
    jdbc.sql("""
        insert into expense (expense_number, line_id, amount, supplier, purpose, expense_date,
          document_ref, source, status, requested_by, requested_on)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, e.budgetLine(), e.amount(), e.supplier(), e.purpose(), e.date(),
            e.documentRef(), e.source(), ExpenseStatus.REQUESTED.name(), requestedBy, today)
        .update();
  }

  void correct(String number, NewExpense e) {
    jdbc.sql("""
        update expense set amount = ?, supplier = ?, purpose = ?, expense_date = ?,
          document_ref = ?, status = ? where expense_number = ?""")
        .params(e.amount(), e.supplier(), e.purpose(), e.date(), e.documentRef(),
            ExpenseStatus.REQUESTED.name(), number)
        .update();
  }

  void status(String number, ExpenseStatus status, String refusalReason) {
    jdbc.sql("update expense set status = ?, refusal_reason = ? where expense_number = ?")
        .params(status.name(), refusalReason, number).update();
  }

  void payment(String number, LocalDate date, String reference) {
    jdbc.sql("""
        update expense set status = ?, payment_date = ?, payment_reference = ?
        where expense_number = ?""")
        .params(ExpenseStatus.PAID.name(), date, reference, number).update();
  }

  void decision(String number, String level, ApprovalDecision decision, String by, LocalDate day,
      String comment) {
    jdbc.sql("""
        insert into expense_decision (expense_number, level, decision, decided_by, decided_on,
          comment_text) values (?, ?, ?, ?, ?, ?)""")
        .params(number, level, decision.name(), by, day, comment).update();
  }

  Optional<Expense> find(String number) {
    return jdbc.sql("select * from expense where expense_number = ?").param(number)
        .query((rs, i) -> map(rs)).optional();
  }

  /** Paid expenses of a line, in order of payment: the rows of the financial report. */
  List<Expense> paidOn(String lineId) {
    return jdbc.sql("select * from expense where line_id = ? and status = 'PAID' "
            + "order by payment_date, expense_number")
        .param(lineId).query((rs, i) -> map(rs)).list();
  }

  private static Expense map(ResultSet rs) throws SQLException {
    return new Expense(rs.getString("expense_number"), rs.getString("line_id"),
        rs.getBigDecimal("amount"), rs.getString("supplier"), rs.getString("purpose"),
        rs.getObject("expense_date", LocalDate.class), rs.getString("document_ref"),
        rs.getString("source"), ExpenseStatus.valueOf(rs.getString("status")),
        rs.getString("requested_by"), rs.getObject("requested_on", LocalDate.class),
        rs.getString("refusal_reason"), rs.getObject("payment_date", LocalDate.class),
        rs.getString("payment_reference"));
  }
}
