package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FundingProgramme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way money moves in the programme. Everything that spends (expenses, club purchases,
 * employment pay cost, Family House staff, initiatives) books here, inside its own transaction:
 * <ul>
 *   <li>a posting's key is unique, so a retried job or a double click books once;
 *   <li>the balance row of the line is changed by a single conditional UPDATE, which the
 *       database serialises per line: two postings racing for the last money of a line cannot
 *       both pass, on H2 as on PostgreSQL, on one node or many; a CHECK constraint backs it up.
 * </ul>
 */
@Service
@Transactional
public class BudgetLedger {

  private final JdbcClient jdbc;
  private final ProgrammeClock clock;
  private final Map<String, BudgetLine> lines;
  private final Map<String, String> programmeOfLine;
  private final List<FundingProgramme> funding;

  public BudgetLedger(JdbcClient jdbc, ProgrammeClock clock, ProgrammeProperties programme) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.funding = programme.funding();
    this.lines = funding.stream().flatMap(f -> f.lines().stream())
        .collect(Collectors.toUnmodifiableMap(BudgetLine::id, Function.identity()));
    this.programmeOfLine = funding.stream()
        .flatMap(f -> f.lines().stream().map(l -> Map.entry(l.id(), f.code())))
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Makes the balance rows match the configured lines. A line whose new contracted amount is
   * below what it has already committed and spent violates the CHECK constraint: start-up fails.
   */
  public void synchroniseLines() {
    for (BudgetLine line : lines.values()) {
      int updated = jdbc.sql("update budget_line_balance set contracted = ?, programme_code = ? "
              + "where line_id = ?")
          .params(line.amount(), programmeOfLine.get(line.id()), line.id()).update();
      if (updated == 0) {
        jdbc.sql("insert into budget_line_balance (line_id, programme_code, contracted, committed,"
                + " spent) values (?, ?, ?, 0, 0)")
            .params(line.id(), programmeOfLine.get(line.id()), line.amount()).update();
      }
    }
  }

  public boolean isLine(String lineId) {
    return lines.containsKey(lineId);
  }

  public String lineName(String lineId) {
    return line(lineId).name();
  }

  /**
   * Promises money: refused with the figures when the line has not that much available. A refusal
   * writes nothing, so it does not doom the caller's transaction: the caller decides.
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public PostingResult commit(Posting posting) {
    return book(posting, PostingKind.COMMITMENT, null);
  }

  /**
   * Books money paid. With {@code settledCommitmentKey} the payment consumes that commitment
   * (moving the amount from committed to spent); without, it needs room of its own.
   */
  @Transactional(noRollbackFor = LineOverdrawnException.class)
  public PostingResult expend(Posting posting, String settledCommitmentKey) {
    return book(posting, PostingKind.EXPENDITURE, settledCommitmentKey);
  }

  /** Gives a commitment back to the line. */
  public PostingResult release(Posting posting) {
    return book(posting, PostingKind.RELEASE, null);
  }

  private PostingResult book(Posting posting, PostingKind kind, String settledCommitmentKey) {
    BigDecimal amount = checkedAmount(posting.amount());
    line(posting.lineId());
    Optional<PostingKind> existing = jdbc.sql("select kind from ledger_entry where posting_key = ?")
        .param(posting.key()).query((rs, i) -> PostingKind.valueOf(rs.getString(1))).optional();
    if (existing.isPresent()) {
      return new PostingResult(posting.key(), true);
    }
    int updated = switch (kind) {
      case COMMITMENT -> jdbc.sql("""
          update budget_line_balance set committed = committed + :amount
          where line_id = :line and contracted - committed - spent >= :amount""")
          .param("amount", amount).param("line", posting.lineId()).update();
      case RELEASE -> jdbc.sql("""
          update budget_line_balance set committed = committed - :amount
          where line_id = :line and committed >= :amount""")
          .param("amount", amount).param("line", posting.lineId()).update();
      case EXPENDITURE -> settledCommitmentKey == null
          ? jdbc.sql("""
              update budget_line_balance set spent = spent + :amount
              where line_id = :line and contracted - committed - spent >= :amount""")
              .param("amount", amount).param("line", posting.lineId()).update()
          : settle(posting, amount, settledCommitmentKey);
    };
    if (updated == 0) {
      if (kind == PostingKind.RELEASE) {
        throw new IllegalStateException("Release " + posting.key() + " exceeds what line "
            + posting.lineId() + " has committed");
      }
      throw new LineOverdrawnException(posting.lineId(), amount, figures(posting.lineId()).available());
    }
    jdbc.sql("""
        insert into ledger_entry (posting_key, line_id, kind, amount, booked_on, source, description)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(posting.key(), posting.lineId(), kind.name(), amount, clock.today(),
            posting.source(), posting.description())
        .update();
    return new PostingResult(posting.key(), false);
  }

  /** Moves a commitment to spent; any part of the payment above the commitment needs room. */
  private int settle(Posting posting, BigDecimal amount, String commitmentKey) {
    BigDecimal committed = jdbc.sql(
            "select amount from ledger_entry where posting_key = ? and kind = 'COMMITMENT'")
        .param(commitmentKey).query(BigDecimal.class).optional()
        .orElseThrow(() -> new IllegalStateException("No commitment " + commitmentKey));
    BigDecimal settled = committed.min(amount);
    BigDecimal extra = amount.subtract(settled);
    return jdbc.sql("""
        update budget_line_balance
        set committed = committed - :settled, spent = spent + :amount
        where line_id = :line and committed >= :settled
          and contracted - committed - spent >= :extra""")
        .param("settled", settled).param("amount", amount).param("extra", extra)
        .param("line", posting.lineId()).update();
  }

  @Transactional(readOnly = true)
  public LineFigures figures(String lineId) {
    BudgetLine line = line(lineId);
    return jdbc.sql("select programme_code, contracted, committed, spent from budget_line_balance "
            + "where line_id = ?")
        .param(lineId)
        .query((rs, i) -> new LineFigures(lineId, rs.getString(1), line.name(),
            rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
        .single();
  }

  /** Every line, grouped by funding programme in configuration order. */
  @Transactional(readOnly = true)
  public List<ProgrammeFigures> overview() {
    Map<String, LineFigures> byId = jdbc.sql(
            "select line_id, programme_code, contracted, committed, spent from budget_line_balance")
        .query((rs, i) -> new LineFigures(rs.getString(1), rs.getString(2),
            lines.containsKey(rs.getString(1)) ? lines.get(rs.getString(1)).name() : rs.getString(1),
            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
        .list().stream().collect(Collectors.toMap(LineFigures::id, Function.identity()));
    return funding.stream()
        .map(f -> new ProgrammeFigures(f.code(), f.name(), f.contracted(),
            f.lines().stream().map(l -> byId.get(l.id())).toList()))
        .toList();
  }

  private BudgetLine line(String lineId) {
    BudgetLine line = lines.get(lineId);
    if (line == null) {
      throw RequestRefusedException.invalid("budgetLine", "Непознат бюджетен ред: " + lineId);
    }
    return line;
  }

  private static BigDecimal checkedAmount(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw RequestRefusedException.invalid("amount", "Сумата трябва да е положителна.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw RequestRefusedException.invalid("amount", "Сумата е в лева със стотинки (до два знака).");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** @param alreadyBooked the key had been booked before: nothing changed now */
  public record PostingResult(String key, boolean alreadyBooked) {}

  public record ProgrammeFigures(String code, String name, BigDecimal contracted,
      List<LineFigures> lines) {

    public BigDecimal committed() {
      return lines.stream().map(LineFigures::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal spent() {
      return lines.stream().map(LineFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
