package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The referral letter, as a PDF in Bulgarian: the Liberation Sans that OpenPDF's jar ships (it has
 * Cyrillic), embedded, as the employment contract does. It carries the person's data only as far as
 * their consent to share with that kind of organisation covers them ({@link
 * ReferralRules#letterItems}), beside the registration number, which is the programme's own. Built
 * on request and not stored.
 */
@Component
class ReferralLetter {

  private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * Where the letter is served ({@link ReferralController#letter}): the link of the follow-up form.
   */
  static String link(String referralNumber) {
    return "/api/family-houses/referrals/" + referralNumber + "/letter.pdf";
  }

  private final ReferralService referrals;
  private final ConsentService consents;
  private final ParticipantRegistry participants;
  private final ReferralView view;
  private final ReferralProperties properties;
  private final ProgrammeProperties programme;
  private final byte[] font;

  ReferralLetter(
      ReferralService referrals,
      ConsentService consents,
      ParticipantRegistry participants,
      ReferralView view,
      ReferralProperties properties,
      ProgrammeProperties programme) {
    this.referrals = referrals;
    this.consents = consents;
    this.participants = participants;
    this.view = view;
    this.properties = properties;
    this.programme = programme;
    try (InputStream in = Document.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("OpenPDF's jar has no " + FONT);
      }
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The letter of an issued referral (followed up or not); 422 for one never issued. */
  byte[] render(String referralNumber) {
    Referral referral = referrals.get(referralNumber);
    if (referral.followUpOn() == null) {
      throw RequestRefusedException.ruleBroken(
          "Насочване " + referralNumber + " не е издадено: няма писмо.", Map.of());
    }
    List<ConsentDataItem> items =
        ReferralRules.letterItems(
            referral, consents.current(referral.registrationNumber(), referral.destination()));
    Participant person = participants.get(referral.registrationNumber());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      BaseFont base =
          BaseFont.createFont(
              "LiberationSans-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              true,
              font,
              null);
      Font title = new Font(base, 15, Font.BOLD);
      Font text = new Font(base, 11);
      Font small = new Font(base, 9);
      PdfWriter.getInstance(document, out);
      document.addTitle("Насочване " + referral.referralNumber());
      document.addCreator("Kazanlak Inclusion");
      document.open();

      Paragraph from = new Paragraph(view.houseName(referral.houseId()), text);
      from.setAlignment(Element.ALIGN_RIGHT);
      document.add(from);
      Paragraph project = new Paragraph("по проект „" + programme.title() + "“", small);
      project.setAlignment(Element.ALIGN_RIGHT);
      project.setSpacingAfter(20);
      document.add(project);

      document.add(new Paragraph("До: " + referral.organisation(), text));
      Paragraph kind = new Paragraph("(" + properties.label(referral.destination()) + ")", small);
      kind.setSpacingAfter(16);
      document.add(kind);

      Paragraph heading = new Paragraph("НАСОЧВАНЕ № " + referral.referralNumber(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(12);
      document.add(heading);

      document.add(
          new Paragraph(
              "Насочваме към Вас участник в проекта с регистрационен № "
                  + referral.registrationNumber()
                  + ".",
              text));
      PdfPTable data = new PdfPTable(new float[] {2, 3});
      data.setWidthPercentage(100);
      data.setSpacingBefore(8);
      for (ConsentDataItem item : items) {
        row(data, properties.label(item), value(person, item), text);
      }
      row(data, "Причина за насочването", referral.reason(), text);
      document.add(data);

      Paragraph consent =
          new Paragraph(
              items.isEmpty()
                  ? "Лицето не е дало съгласие личните му данни да бъдат споделени: писмото"
                      + " съдържа само регистрационния му номер."
                  : "Данните по-горе се споделят с писменото съгласие на лицето от "
                      + DAY.format(referral.consentSignedOn())
                      + " и само в обхвата му.",
              small);
      consent.setSpacingBefore(10);
      document.add(consent);

      Paragraph signature =
          new Paragraph(
              "Дата: "
                  + DAY.format(referral.referredOn())
                  + "        Социален работник: ....................",
              text);
      signature.setSpacingBefore(36);
      document.add(signature);
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String value(Participant person, ConsentDataItem item) {
    return switch (item) {
      case NAME ->
          person.firstName()
              + (person.middleName() == null ? "" : " " + person.middleName())
              + " "
              + person.lastName();
      case BIRTH_DATE -> person.birthDate() == null ? "—" : DAY.format(person.birthDate());
      case ADDRESS ->
          person.address() == null || person.address().isBlank()
              ? person.settlement()
              : person.settlement() + ", " + person.address();
      case PHONE -> person.phone() == null || person.phone().isBlank() ? "—" : person.phone();
      case PERSONAL_NUMBER -> person.personalNumber();
    };
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    for (String cellText : new String[] {label, value}) {
      PdfPCell cell = new PdfPCell(new Paragraph(cellText, font));
      cell.setPadding(4);
      cell.setPaddingBottom(6);
      table.addCell(cell);
    }
  }
}
