package bg.kazanlak.inclusion.reporting;

import bg.kazanlak.inclusion.budget.BudgetLedger;
import bg.kazanlak.inclusion.budget.BudgetLedger.ProgrammeFigures;
import bg.kazanlak.inclusion.budget.LineFigures;
import bg.kazanlak.inclusion.document.BulgarianPdf;
import bg.kazanlak.inclusion.programme.ProgrammeClock;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.reporting.TechnicalReportProperties.Label;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The technical report's summary as a PDF in Bulgarian ({@link BulgarianPdf}, its font embedded): a
 * title page, what each activity achieved (from the indicator report as of the period's end), the
 * indicators against their targets, the ESF common indicators by sex, the budget's absorption per
 * programme and line (the ledger's postings up to that day), and empty ruled boxes for the
 * manager's narrative. Every fixed text is configuration ({@link TechnicalReportProperties}). Built
 * on request, not stored.
 */
@Component
public class TechnicalReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final IndicatorsService indicators;
  private final BudgetLedger ledger;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final TechnicalReportProperties report;
  private final BulgarianPdf pdf;

  public TechnicalReport(
      IndicatorsService indicators,
      BudgetLedger ledger,
      ProgrammeProperties programme,
      ProgrammeClock clock,
      TechnicalReportProperties report,
      BulgarianPdf pdf) {
    this.indicators = indicators;
    this.ledger = ledger;
    this.programme = programme;
    this.clock = clock;
    this.report = report;
    this.pdf = pdf;
  }

  /** The summary for the period from the programme's start to {@code asOf}. */
  public byte[] render(LocalDate asOf) {
    Indicators figures = indicators.asOf(asOf);
    List<ProgrammeFigures> budget = ledger.overview(asOf);
    LocalDate today = clock.today();
    return pdf.a4(
        label(Label.TITLE),
        (document, fonts) -> {
          Font bold = fonts.title();
          Font text = fonts.text();
          Font small = fonts.small();
          titlePage(document, bold, text, asOf, today);
          document.newPage();
          activities(document, bold, text, figures);
          heading(document, label(Label.INDICATORS), bold);
          document.add(indicatorTable(figures, text, small));
          heading(document, label(Label.ESF), bold);
          document.add(esfTable(indicators.esfReport(asOf), text, small));
          heading(document, label(Label.BUDGET), bold);
          document.add(budgetTable(budget, text, small));
          document.newPage();
          heading(document, label(Label.NARRATIVE), bold);
          for (String box : report.narrative()) {
            document.add(narrativeBox(box, text));
          }
        });
  }

  private void titlePage(Document document, Font bold, Font text, LocalDate asOf, LocalDate today) {
    Paragraph title = new Paragraph(label(Label.TITLE), bold);
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingBefore(120);
    title.setSpacingAfter(40);
    document.add(title);
    line(document, label(Label.PROGRAMME), "„" + programme.title() + "“", text);
    line(document, label(Label.BENEFICIARY), programme.beneficiary(), text);
    line(document, label(Label.PROCEDURE), report.procedure(), text);
    if (!report.contractNumber().isEmpty()) {
      line(document, label(Label.CONTRACT), report.contractNumber(), text);
    }
    line(
        document,
        label(Label.PERIOD),
        DAY.format(programme.start()) + " – " + DAY.format(asOf),
        text);
    line(document, label(Label.DATE), DAY.format(today), text);
  }

  private void activities(Document document, Font bold, Font text, Indicators f) {
    heading(document, label(Label.ACTIVITIES), bold);
    activity(
        document,
        label(Label.PARTICIPANTS),
        text,
        figure(Label.REGISTERED, f.participants().registered()),
        figure(Label.ELIGIBLE, f.participants().eligible()),
        figure(Label.REJECTED, f.participants().rejected()));
    Indicators.Employment e = f.employment();
    activity(
        document,
        label(Label.EMPLOYMENT),
        text,
        figure(Label.PERSONS_EMPLOYED, e.personsEmployed()) + " / " + e.targetPersons(),
        figure(Label.ACTIVE_CONTRACTS, e.activeContracts()));
    for (Indicators.Employer employer : e.byEmployer()) {
      bullet(
          document,
          employer.name()
              + ": "
              + figure(Label.PERSONS_EMPLOYED, employer.personsEmployed())
              + ", "
              + figure(Label.PLACES, employer.places()),
          text);
    }
    Indicators.FamilyHouses houses = f.familyHouses();
    activity(
        document,
        label(Label.FAMILY_HOUSES),
        text,
        figure(Label.REFERRALS_MADE, houses.referrals().made()),
        figure(Label.REFERRALS_COMPLETED, houses.referrals().completed()),
        figure(Label.STAFF_JOBS, houses.staffJobs().filled())
            + " / "
            + houses.staffJobs().target());
    for (Indicators.House house : houses.houses()) {
      bullet(
          document,
          house.settlement()
              + ": "
              + figure(Label.SERVICES, house.servicesDelivered())
              + ", "
              + figure(Label.PEOPLE_REACHED, house.peopleReached()),
          text);
    }
    Indicators.Housing housing = f.housing();
    activity(
        document,
        label(Label.HOUSING),
        text,
        figure(Label.UNITS, housing.units()),
        figure(Label.HOUSEHOLDS_WITH_PLAN, housing.householdsWithPlan()),
        figure(Label.HOUSEHOLDS_MOVED_OUT, housing.householdsMovedOut()));
    Indicators.Initiatives initiatives = f.initiatives();
    activity(
        document,
        label(Label.INITIATIVES),
        text,
        figure(Label.APPROVED, initiatives.approved()),
        figure(Label.HELD, initiatives.held()) + " / " + initiatives.target(),
        figure(Label.FAMILIES_REACHED, initiatives.familiesReached()),
        figure(Label.MINORITY_FAMILIES, initiatives.minorityFamiliesReached()));
    activity(
        document,
        label(Label.EDUCATION),
        text,
        figure(Label.CLUBS, f.education().clubs()),
        figure(Label.WORKSHOPS, f.education().workshops()),
        figure(Label.ENROLLED_NOW, f.education().enrolledNow()),
        figure(Label.CHILDREN, f.education().childrenEnrolledNow()),
        figure(Label.SESSIONS, f.education().sessionsHeld()),
        figure(Label.ASSETS, f.education().assets()));
  }

  private PdfPTable indicatorTable(Indicators f, Font text, Font small) {
    PdfPTable table =
        table(new float[] {6, 2, 2}, small, Label.INDICATOR, Label.TARGET, Label.ACHIEVED);
    long housesWorking =
        f.familyHouses().houses().stream().filter(h -> h.servicesDelivered() > 0).count();
    indicator(
        table,
        Label.INDICATOR_EMPLOYED,
        f.employment().targetPersons(),
        f.employment().personsEmployed(),
        text);
    indicator(table, Label.INDICATOR_HOUSES, f.familyHouses().target(), housesWorking, text);
    indicator(
        table,
        Label.INDICATOR_STAFF,
        f.familyHouses().staffJobs().target(),
        f.familyHouses().staffJobs().filled(),
        text);
    indicator(
        table,
        Label.INDICATOR_HOUSING,
        programme.targets().housingUnits(),
        f.housing().householdsWithPlan(),
        text);
    indicator(
        table, Label.INDICATOR_INITIATIVES, f.initiatives().target(), f.initiatives().held(), text);
    return table;
  }

  private void indicator(PdfPTable table, Label label, long target, long achieved, Font text) {
    table.addCell(cell(label(label), text, Element.ALIGN_LEFT));
    table.addCell(cell(String.valueOf(target), text, Element.ALIGN_RIGHT));
    table.addCell(cell(String.valueOf(achieved), text, Element.ALIGN_RIGHT));
  }

  private PdfPTable esfTable(EsfReport esf, Font text, Font small) {
    PdfPTable table =
        table(
            new float[] {1.2f, 5, 1.2f, 1.2f, 1.2f},
            small,
            Label.CODE,
            Label.INDICATOR,
            Label.MEN,
            Label.WOMEN,
            Label.TOTAL);
    for (EsfReport.Row row : esf.indicators()) {
      table.addCell(cell(row.code(), text, Element.ALIGN_LEFT));
      table.addCell(cell(row.name(), small, Element.ALIGN_LEFT));
      table.addCell(cell(String.valueOf(row.men()), text, Element.ALIGN_RIGHT));
      table.addCell(cell(String.valueOf(row.women()), text, Element.ALIGN_RIGHT));
      table.addCell(cell(String.valueOf(row.total()), text, Element.ALIGN_RIGHT));
    }
    return table;
  }

  private PdfPTable budgetTable(List<ProgrammeFigures> budget, Font text, Font small) {
    PdfPTable table =
        table(
            new float[] {4, 2, 2, 2, 1.3f},
            small,
            Label.BUDGET_ITEM,
            Label.CONTRACTED,
            Label.COMMITTED,
            Label.SPENT,
            Label.ABSORBED);
    BigDecimal contracted = BigDecimal.ZERO;
    BigDecimal committed = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    for (ProgrammeFigures p : budget) {
      amounts(table, p.name(), p.contracted(), p.committed(), p.spent(), text, true);
      for (LineFigures line : p.lines()) {
        amounts(
            table,
            "  " + line.name(),
            line.contracted(),
            line.committed(),
            line.spent(),
            small,
            false);
      }
      contracted = contracted.add(p.contracted());
      committed = committed.add(p.committed());
      spent = spent.add(p.spent());
    }
    amounts(table, label(Label.TOTAL), contracted, committed, spent, text, true);
    return table;
  }

  private static void amounts(
      PdfPTable table,
      String name,
      BigDecimal contracted,
      BigDecimal committed,
      BigDecimal spent,
      Font font,
      boolean shaded) {
    List<PdfPCell> cells =
        List.of(
            cell(name, font, Element.ALIGN_LEFT),
            cell(money(contracted), font, Element.ALIGN_RIGHT),
            cell(money(committed), font, Element.ALIGN_RIGHT),
            cell(money(spent), font, Element.ALIGN_RIGHT),
            cell(percent(spent, contracted), font, Element.ALIGN_RIGHT));
    for (PdfPCell c : cells) {
      if (shaded) {
        c.setGrayFill(0.92f);
      }
      table.addCell(c);
    }
  }

  /** An empty ruled box under its heading, for the manager to write in. */
  private PdfPTable narrativeBox(String heading, Font text) {
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setSpacingBefore(10);
    PdfPCell title = new PdfPCell(new Paragraph(heading, text));
    title.setBorder(PdfPCell.NO_BORDER);
    title.setPaddingBottom(4);
    box.addCell(title);
    PdfPCell blank = new PdfPCell(new Paragraph(" ", text));
    blank.setFixedHeight(report.narrativeBoxHeight());
    blank.setBorderWidth(0.8f);
    box.addCell(blank);
    return box;
  }

  private PdfPTable table(float[] widths, Font font, Label... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setHeaderRows(1);
    for (Label header : headers) {
      PdfPCell cell = cell(label(header), font, Element.ALIGN_CENTER);
      cell.setGrayFill(0.85f);
      table.addCell(cell);
    }
    return table;
  }

  private static PdfPCell cell(String value, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Paragraph(value, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(4);
    return cell;
  }

  private static void heading(Document document, String text, Font bold) {
    Paragraph heading = new Paragraph(text, bold);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private static void line(Document document, String label, String value, Font text) {
    Paragraph line = new Paragraph(label + ": " + value, text);
    line.setSpacingAfter(6);
    document.add(line);
  }

  private void activity(Document document, String name, Font text, String... figures) {
    Paragraph activity = new Paragraph(name + " — " + String.join("; ", figures), text);
    activity.setSpacingBefore(6);
    document.add(activity);
  }

  private static void bullet(Document document, String value, Font text) {
    Paragraph bullet = new Paragraph("• " + value, text);
    bullet.setIndentationLeft(14);
    document.add(bullet);
  }

  private String figure(Label label, long value) {
    return label(label) + ": " + value;
  }

  private String label(Label label) {
    return report.label(label);
  }

  /** Bulgarian money: 1 198 848,43. */
  static String money(BigDecimal amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
    return format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** Spent as a share of contracted, in per cent with two decimals. */
  static String percent(BigDecimal spent, BigDecimal contracted) {
    if (contracted.signum() == 0) {
      return "–";
    }
    return money(
        spent.multiply(BigDecimal.valueOf(100)).divide(contracted, 2, RoundingMode.HALF_UP));
  }
}
