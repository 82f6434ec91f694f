package bg.kazanlak.inclusion.employment;

import bg.kazanlak.inclusion.document.BulgarianPdf;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.ContractTerms;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The employment contract for signing, as a PDF. Printed by {@link BulgarianPdf} (its Cyrillic font
 * embedded). Built on request and not stored: the signed paper is the original. It states what
 * Labour Code art. 66(1) asks of a contract: the employer's particulars and its standing terms
 * (workplace, leave, notice, pay frequency) come from the employer's configuration, the person's
 * terms from the contract.
 */
@Component
public class ContractDocument {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * Where the contract for signing is served ({@link EmploymentController#document}): the link of
   * the Tasklist signature form.
   */
  static String link(String contractId) {
    return "/api/employment/contracts/" + contractId + "/document.pdf";
  }

  private final Contracts contracts;
  private final Employers employers;
  private final ParticipantRegistry participants;
  private final ProgrammeProperties programme;
  private final BulgarianPdf pdf;

  public ContractDocument(
      Contracts contracts,
      Employers employers,
      ParticipantRegistry participants,
      ProgrammeProperties programme,
      BulgarianPdf pdf) {
    this.contracts = contracts;
    this.employers = employers;
    this.participants = participants;
    this.programme = programme;
    this.pdf = pdf;
  }

  public byte[] render(String contractId) {
    Contract contract = contracts.contract(contractId);
    Participant person = participants.get(contract.registrationNumber());
    Employer employer = employers.get(contract.employerId());
    return pdf.a4(
        "Трудов договор " + contract.contractId(),
        (document, fonts) -> {
          Font title = fonts.title();
          Font text = fonts.text();
          Font small = fonts.small();
          Paragraph heading = new Paragraph("ТРУДОВ ДОГОВОР ", title);
          heading.add(unbroken("№ " + contract.contractId(), title));
          heading.setAlignment(Element.ALIGN_CENTER);
          document.add(heading);
          Paragraph project =
              new Paragraph(
                  "по проект „"
                      + programme.title()
                      + "“, "
                      + "ОП „Развитие на човешките ресурси“ 2014-2020",
                  small);
          project.setAlignment(Element.ALIGN_CENTER);
          project.setSpacingAfter(16);
          document.add(project);

          document.add(
              new Paragraph("Днес, " + DATE.format(contract.recordedOn()) + ", между:", text));
          document.add(
              new Paragraph(
                  "1. "
                      + employer.name()
                      + ", ЕИК "
                      + employer.eik()
                      + ", със седалище и адрес на управление "
                      + employer.seat()
                      + ", представлявано от "
                      + employer.representative()
                      + " – работодател, и",
                  text));
          String middle = person.middleName() == null ? "" : person.middleName() + " ";
          Paragraph employee =
              new Paragraph(
                  "2. "
                      + person.firstName()
                      + " "
                      + middle
                      + person.lastName()
                      + ", ЕГН/ЛНЧ "
                      + person.personalNumber()
                      + address(person)
                      + ", рег. № на участник ",
                  text);
          employee.add(unbroken(contract.registrationNumber(), text));
          employee.add(new Chunk(" – служител,", text));
          document.add(employee);
          Paragraph agreed =
              new Paragraph(
                  "на основание чл. 68, ал. 1, т. 1 от Кодекса на труда се "
                      + "сключи настоящият срочен трудов договор при следните условия (чл. 66, ал. 1 КТ):",
                  text);
          agreed.setSpacingAfter(10);
          document.add(agreed);

          ContractTerms standing = employer.contract();
          PdfPTable terms = new PdfPTable(new float[] {2, 3});
          terms.setWidthPercentage(100);
          row(terms, "Място на работа", standing.workplace(), text);
          row(terms, "Длъжност", contract.position(), text);
          row(terms, "Начало на изпълнението", DATE.format(contract.start()), text);
          row(
              terms,
              "Срок на договора",
              "до " + DATE.format(contract.end()) + " включително",
              text);
          row(
              terms,
              "Работно време",
              workingTime(contract.workingTimeFraction()) + ", при петдневна работна седмица",
              text);
          row(
              terms,
              "Основно месечно трудово възнаграждение",
              contract.grossMonthlyWage().toPlainString() + " лв. (брутно)",
              text);
          row(terms, "Периодичност на изплащане", standing.payFrequency().label(), text);
          row(
              terms,
              "Основен платен годишен отпуск",
              standing.annualLeaveDays() + " работни дни годишно",
              text);
          row(
              terms,
              "Срок на предизвестие",
              standing.noticeDays() + " дни, еднакъв за двете страни",
              text);
          document.add(terms);

          Paragraph law =
              new Paragraph(
                  "Договорът се финансира по проекта; работата започва след "
                      + "подписването му. За неуредените въпроси се прилага Кодексът на труда.",
                  small);
          law.setSpacingBefore(10);
          law.setSpacingAfter(40);
          document.add(law);

          PdfPTable signatures = new PdfPTable(2);
          signatures.setWidthPercentage(100);
          signatures.getDefaultCell().setBorder(0);
          signatures.addCell(new Paragraph("Работодател: ....................", text));
          signatures.addCell(new Paragraph("Служител: ....................", text));
          document.add(signatures);
        });
  }

  /** A number the layout never breaks (wrapped at its hyphen it reads as two). */
  private static Chunk unbroken(String value, Font font) {
    Chunk chunk = new Chunk(value, font);
    chunk.setSplitCharacter((start, current, end, cc, ck) -> false);
    return chunk;
  }

  private static String address(Participant person) {
    if (person.address() == null || person.address().isBlank()) {
      return ", от " + person.settlement();
    }
    return ", с адрес " + person.settlement() + ", " + person.address();
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    for (String text : new String[] {label, value}) {
      PdfPCell cell = new PdfPCell(new Paragraph(text, font));
      cell.setPadding(4);
      cell.setPaddingBottom(6);
      table.addCell(cell);
    }
  }

  private static String workingTime(BigDecimal fraction) {
    if (fraction.compareTo(BigDecimal.ONE) == 0) {
      return "пълно (8 часа дневно)";
    }
    BigDecimal hours = fraction.multiply(BigDecimal.valueOf(8)).stripTrailingZeros();
    return "непълно (" + hours.toPlainString() + " часа дневно)";
  }
}
