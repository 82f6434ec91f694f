package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.document.BulgarianPdf;
import bg.kazanlak.inclusion.participant.Participant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.problem.RequestRefusedException;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The referral letter, as a PDF in Bulgarian: printed by {@link BulgarianPdf} (its Cyrillic font
 * embedded), as the employment contract is. It carries the person's data only as far as their
 * consent to share with that kind of organisation covers them ({@link ReferralRules#letterItems}),
 * beside the registration number, which is the programme's own. Built on request and not stored.
 */
@Component
class ReferralLetter {

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
  private final BulgarianPdf pdf;

  ReferralLetter(
      ReferralService referrals,
      ConsentService consents,
      ParticipantRegistry participants,
      ReferralView view,
      ReferralProperties properties,
      ProgrammeProperties programme,
      BulgarianPdf pdf) {
    this.referrals = referrals;
    this.consents = consents;
    this.participants = participants;
    this.view = view;
    this.properties = properties;
    this.programme = programme;
    this.pdf = pdf;
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
    return pdf.a4(
        "Насочване " + referral.referralNumber(),
        (document, fonts) -> {
          Font title = fonts.title();
          Font text = fonts.text();
          Font small = fonts.small();

          Paragraph from = new Paragraph(view.houseName(referral.houseId()), text);
          from.setAlignment(Element.ALIGN_RIGHT);
          document.add(from);
          Paragraph project = new Paragraph("по проект „" + programme.title() + "“", small);
          project.setAlignment(Element.ALIGN_RIGHT);
          project.setSpacingAfter(20);
          document.add(project);

          document.add(new Paragraph("До: " + referral.organisation(), text));
          Paragraph kind =
              new Paragraph("(" + properties.label(referral.destination()) + ")", small);
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
        });
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
