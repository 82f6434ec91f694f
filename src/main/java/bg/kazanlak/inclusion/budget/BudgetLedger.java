package bg.kazanlak.inclusion.budget;

import bg.kazanlak.inclusion.problem.FieldProblem;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.BudgetLine;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.FundingProgramme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way money moves in the programme. Everything that spends (expenses, club purchases,
 * employment pay cost, Family House staff, initiatives) books here, inside its own transaction:
 *
 * <ul>
 *   <li>a posting's key is unique, so a retried job or a double click books once; the same key with
 *       another amount, line or kind is refused (409), since it means a poster's bug;
 *   <li>the balance row of the line is changed by a single conditional UPDATE, which the database
 *       serialises per line: two postings racing for the last money of a line cannot both pass, on
 *       H2 as on PostgreSQL, on one node or many; a CHECK constraint backs it up.
 * </ul>
 */
@Service
@Transactional
public class BudgetLedger {

  private static final Logger log = LoggerFactory.getLogger(BudgetLedger.class);
  private static final int MAX_KEY = 120;
  private static final int MAX_SOURCE = 120;
  private static final int MAX_DESCRIPTION = 500;

  private final JdbcClient jdbc;
  private final ProgrammeClock clock;
  private final Map<String, BudgetLine> lines;
  private final Map<String, String> programmeOfLine;
  private final List<FundingProgramme> funding;

  public BudgetLedger(JdbcClient jdbc, ProgrammeClock clock, ProgrammeProperties programme) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.funding = programme.funding();
    this.lines =
        funding.stream()
            .flatMap(f -> f.lines().stream())
            .collect(Collectors.toUnmodifiableMap(BudgetLine::id, Function.identity()));
    this.programmeOfLine =
        funding.stream()
            .flatMap(f -> f.lines().stream().map(l -> Map.entry(l.id(), f.code())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * Makes the balance rows match the configured lines. A line whose new contracted amount is below
   * what it has already committed and spent violates the CHECK constraint: start-up fails.
   */
  public void synchroniseLines() {
    for (BudgetLine line : lines.values()) {
      int updated =
          jdbc.sql(
                  "update budget_line_balance set contracted = ?, programme_code = ? "
                      + "where line_id = ?")
              .params(line.amount(), programmeOfLine.get(line.id()), line.id())
              .update();
      if (updated == 0) {
        jdbc.sql(
                "insert into budget_line_balance (line_id, programme_code, contracted, committed,"
                    + " spent) values (?, ?, ?, 0, 0)")
            .params(line.id(), programmeOfLine.get(line.id()), line.amount())
            .update();
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
    checkTexts(posting);
    // The line's balance row is locked first, so two postings under one key on one line run one
    // after the other and the second finds the first: no unique-key violation, which on
    // PostgreSQL would abort the whole transaction.
    jdbc.sql("select line_id from budget_line_balance where line_id = ? for update")
        .param(posting.lineId())
        .query(String.class)
        .single();
    Optional<BookedEntry> existing = booked(posting.key());
    if (existing.isPresent()) {
      return alreadyBooked(posting, kind, amount, existing.get());
    }
    BigDecimal settled =
        kind == PostingKind.EXPENDITURE && settledCommitmentKey != null
            ? committedUnder(settledCommitmentKey).min(amount)
            : null;
    int updated =
        switch (kind) {
          case COMMITMENT ->
              jdbc.sql(
                      """
          update budget_line_balance set committed = committed + :amount
          where line_id = :line and contracted - committed - spent >= :amount""")
                  .param("amount", amount)
                  .param("line", posting.lineId())
                  .update();
          case RELEASE ->
              jdbc.sql(
                      """
          update budget_line_balance set committed = committed - :amount
          where line_id = :line and committed >= :amount""")
                  .param("amount", amount)
                  .param("line", posting.lineId())
                  .update();
          case EXPENDITURE ->
              settledCommitmentKey == null
                  ? jdbc.sql(
                          """
              update budget_line_balance set spent = spent + :amount
              where line_id = :line and contracted - committed - spent >= :amount""")
                      .param("amount", amount)
                      .param("line", posting.lineId())
                      .update()
                  : settle(posting, amount, settled);
        };
    if (updated == 0) {
      if (kind == PostingKind.RELEASE) {
        throw new IllegalStateException(
            "Release "
                + posting.key()
                + " exceeds what line "
                + posting.lineId()
                + " has committed");
      }
      throw new LineOverdrawnException(
          posting.lineId(), amount, figures(posting.lineId()).available());
    }
    try {
      jdbc.sql(
              """
          insert into ledger_entry (posting_key, line_id, kind, amount, booked_on, source, description,
            settled)
          values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              posting.key(),
              posting.lineId(),
              kind.name(),
              amount,
              clock.today(),
              posting.source(),
              posting.description(),
              settled)
          .update();
    } catch (DuplicateKeyException e) {
      // only a posting under the same key on another line gets here (the line lock serialises
      // one line): a poster's bug; the whole transaction is rolled back
      log.error(
          "Posting key {} was booked meanwhile on another line than {}",
          posting.key(),
          posting.lineId());
      throw conflict(posting, "междувременно, на друг бюджетен ред");
    }
    return new PostingResult(posting.key(), false);
  }

  /**
   * A key booked before: the same posting again (a retried job, a double click) changes nothing;
   * another amount, line or kind under the same key is a poster's bug and is refused loudly rather
   * than being taken for "already booked".
   */
  private PostingResult alreadyBooked(
      Posting posting, PostingKind kind, BigDecimal amount, BookedEntry booked) {
    if (booked.lineId().equals(posting.lineId())
        && booked.kind() == kind
        && booked.amount().compareTo(amount) == 0) {
      return new PostingResult(posting.key(), true);
    }
    log.error(
        "Posting key {} is booked as {} {} on {}; refused {} {} on {}",
        posting.key(),
        booked.kind(),
        booked.amount(),
        booked.lineId(),
        kind,
        amount,
        posting.lineId());
    throw conflict(
        posting,
        "%s %s лв. на ред %s"
            .formatted(booked.kind(), booked.amount().toPlainString(), booked.lineId()));
  }

  private static RequestRefusedException conflict(Posting posting, String bookedAs) {
    return RequestRefusedException.conflict(
        "Записването %s вече е направено (%s) и не може да бъде направено с други данни."
            .formatted(posting.key(), bookedAs),
        Map.of("postingKey", posting.key()));
  }

  private Optional<BookedEntry> booked(String key) {
    return jdbc.sql("select line_id, kind, amount from ledger_entry where posting_key = ?")
        .param(key)
        .query(
            (rs, i) ->
                new BookedEntry(
                    rs.getString(1), PostingKind.valueOf(rs.getString(2)), rs.getBigDecimal(3)))
        .optional();
  }

  private record BookedEntry(String lineId, PostingKind kind, BigDecimal amount) {}

  /** The columns of ledger_entry (V3__budget_ledger.sql): a text that does not fit is a 400. */
  private static void checkTexts(Posting posting) {
    List<FieldProblem> problems = new ArrayList<>();
    if (blank(posting.key()) || posting.key().length() > MAX_KEY) {
      problems.add(
          new FieldProblem(
              "postingKey",
              "Ключът на записването е празен или по-дълъг от " + MAX_KEY + " знака."));
    }
    if (blank(posting.source()) || posting.source().length() > MAX_SOURCE) {
      problems.add(
          new FieldProblem(
              "source",
              "Източникът на записването е празен или по-дълъг от " + MAX_SOURCE + " знака."));
    }
    if (posting.description() != null && posting.description().length() > MAX_DESCRIPTION) {
      problems.add(
          new FieldProblem(
              "description",
              "Описанието на записването е по-дълго от " + MAX_DESCRIPTION + " знака."));
    }
    if (!problems.isEmpty()) {
      throw RequestRefusedException.invalid(problems);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private BigDecimal committedUnder(String commitmentKey) {
    return jdbc.sql("select amount from ledger_entry where posting_key = ? and kind = 'COMMITMENT'")
        .param(commitmentKey)
        .query(BigDecimal.class)
        .optional()
        .orElseThrow(() -> new IllegalStateException("No commitment " + commitmentKey));
  }

  /**
   * Moves the settled part of a commitment to spent; any part of the payment above it needs room.
   */
  private int settle(Posting posting, BigDecimal amount, BigDecimal settled) {
    BigDecimal extra = amount.subtract(settled);
    return jdbc.sql(
            """
        update budget_line_balance
        set committed = committed - :settled, spent = spent + :amount
        where line_id = :line and committed >= :settled
          and contracted - committed - spent >= :extra""")
        .param("settled", settled)
        .param("amount", amount)
        .param("extra", extra)
        .param("line", posting.lineId())
        .update();
  }

  @Transactional(readOnly = true)
  public LineFigures figures(String lineId) {
    BudgetLine line = line(lineId);
    return jdbc.sql(
            "select programme_code, contracted, committed, spent from budget_line_balance "
                + "where line_id = ?")
        .param(lineId)
        .query(
            (rs, i) ->
                new LineFigures(
                    lineId,
                    rs.getString(1),
                    line.name(),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getBigDecimal(4)))
        .single();
  }

  /** Every line now, grouped by funding programme in configuration order. */
  @Transactional(readOnly = true)
  public List<ProgrammeFigures> overview() {
    return grouped(
        jdbc.sql(
                "select line_id, programme_code, contracted, committed, spent from budget_line_balance")
            .query(this::lineFigures)
            .list());
  }

  /**
   * Every line as of the end of a day, from the postings booked on or before it: committed is what
   * was committed and neither released nor settled by a payment by then, spent what was paid.
   */
  @Transactional(readOnly = true)
  public List<ProgrammeFigures> overview(LocalDate asOf) {
    return grouped(
        jdbc.sql(
                """
            select b.line_id, b.programme_code, b.contracted,
              coalesce(e.committed, 0) as committed, coalesce(e.spent, 0) as spent
            from budget_line_balance b left join (
              select line_id,
                sum(case when kind = 'COMMITMENT' then amount
                         when kind = 'RELEASE' then -amount
                         when kind = 'EXPENDITURE' then -coalesce(settled, 0)
                         else 0 end) as committed,
                sum(case when kind = 'EXPENDITURE' then amount else 0 end) as spent
              from ledger_entry where booked_on <= :asOf group by line_id) e
            on e.line_id = b.line_id""")
            .param("asOf", asOf)
            .query(this::lineFigures)
            .list());
  }

  private LineFigures lineFigures(ResultSet rs, int row) throws SQLException {
    String id = rs.getString(1);
    return new LineFigures(
        id,
        rs.getString(2),
        lines.containsKey(id) ? lines.get(id).name() : id,
        rs.getBigDecimal(3),
        rs.getBigDecimal(4).setScale(2, RoundingMode.UNNECESSARY),
        rs.getBigDecimal(5).setScale(2, RoundingMode.UNNECESSARY));
  }

  private List<ProgrammeFigures> grouped(List<LineFigures> figures) {
    Map<String, LineFigures> byId =
        figures.stream().collect(Collectors.toMap(LineFigures::id, Function.identity()));
    return funding.stream()
        .map(
            f ->
                new ProgrammeFigures(
                    f.code(),
                    f.name(),
                    f.contracted(),
                    f.lines().stream().map(l -> byId.get(l.id())).toList()))
        .toList();
  }

  /**
   * The money paid from a line, posting by posting, in booking order: what the line's spent is the
   * sum of (a settled commitment moves its amount, so nothing is paid outside these entries).
   */
  @Transactional(readOnly = true)
  public List<LedgerEntry> expenditures(String lineId) {
    line(lineId);
    return jdbc.sql(
            """
        select posting_key, amount, booked_on, source, description from ledger_entry
        where line_id = ? and kind = 'EXPENDITURE' order by booked_on, id""")
        .param(lineId)
        .query(
            (rs, i) ->
                new LedgerEntry(
                    rs.getString(1),
                    lineId,
                    rs.getBigDecimal(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
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
      throw RequestRefusedException.invalid(
          "amount", "Сумата е в лева със стотинки (до два знака).");
    }
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** A booked posting as the journal keeps it. */
  public record LedgerEntry(
      String key,
      String lineId,
      BigDecimal amount,
      LocalDate bookedOn,
      String source,
      String description) {}

  /**
   * @param alreadyBooked the key had been booked before: nothing changed now
   */
  public record PostingResult(String key, boolean alreadyBooked) {}

  public record ProgrammeFigures(
      String code, String name, BigDecimal contracted, List<LineFigures> lines) {

    public BigDecimal committed() {
      return lines.stream().map(LineFigures::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal spent() {
      return lines.stream().map(LineFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
