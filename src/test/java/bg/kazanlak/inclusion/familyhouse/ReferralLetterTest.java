package bg.kazanlak.inclusion.familyhouse;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.participant.NewParticipant;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SpecialCategoryAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The referral letter as a social worker downloads it: a PDF in Bulgarian, in an embedded font,
 * with only the data the person's consent covers.
 */
class ReferralLetterTest extends ApiTest {

  private static final String PHONE = "0888123457";
  private static final String ADDRESS = "ул. Розова долина 12";

  @Autowired ParticipantRegistry registry;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identityService;

  @Test
  void theLetterCarriesOnlyTheConsentedDataBesideTheRegistrationNumber() throws Exception {
    String person = registered();
    consent(person, "GP", List.of("NAME", "BIRTH_DATE"));
    String number = refer(person, "GP");

    ResponseEntity<byte[]> pdf = letter("t-social", number);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/referral-letter.pdf"), pdf.getBody());
    String text = text(pdf.getBody()).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "НАСОЧВАНЕ № " + number,
            "Къща на семейството – Крън",
            "ДКЦ „Здраве“",
            "Общопрактикуващ лекар",
            person,
            "Име и фамилия",
            "Вела Петкова Калинова",
            "Дата на раждане",
            "14.03.1979",
            "Преглед и регистрация",
            "съгласие на лицето от 01.06.2022");
    assertThat(text)
        .doesNotContain(PHONE, "Телефон", ADDRESS, registry.get(person).personalNumber());
    // a TrueType font file, not taken from the system
    assertThat(new String(pdf.getBody(), StandardCharsets.ISO_8859_1))
        .contains("LiberationSans", "/FontFile2");
  }

  @Test
  void aConsentNarrowedSinceNarrowsTheLetterAndTheManagerMayReadIt() throws Exception {
    String person = registered();
    consent(person, "SOCIAL_ASSISTANCE", List.of("NAME", "PHONE", "ADDRESS", "PERSONAL_NUMBER"));
    String number = refer(person, "SOCIAL_ASSISTANCE");
    String full = text(letter("t-manager", number).getBody()).replaceAll("\\s+", " ");
    assertThat(full).contains(PHONE, "Казанлък, " + ADDRESS, registry.get(person).personalNumber());

    consent(person, "SOCIAL_ASSISTANCE", List.of("NAME"));

    String narrowed = text(letter("t-social", number).getBody()).replaceAll("\\s+", " ");
    assertThat(narrowed).contains("Вела Петкова Калинова").doesNotContain(PHONE, ADDRESS);
  }

  @Test
  void theReferralAnswersWithItsStatusAndAnUnissuedOneHasNoLetter() {
    String person = registered();
    String number = refer(person, "DENTIST");

    ResponseEntity<JsonNode> referral = get("t-manager", "/api/family-houses/referrals/" + number);

    assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(referral.getBody().path("status").asText()).isEqualTo("NO_CONSENT");
    assertThat(referral.getBody().path("statusReason").asText()).contains("Зъболекар");
    assertThat(referral.getBody().has("reason")).isFalse();
    assertThat(letter("t-social", number).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(get("t-social", "/api/family-houses/referrals/R-1999-99999").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(letter("t-hr", number).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String registered() {
    return registry
        .register(
            new NewParticipant(
                bg.kazanlak.inclusion.TestPeople.freshEgn(LocalDate.of(1979, 3, 14)),
                "Вела",
                "Петкова",
                "Калинова",
                null,
                null,
                "Казанлък",
                ADDRESS,
                PHONE,
                true,
                "UNEMPLOYED",
                "ISCED_2",
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                SpecialCategoryAnswer.NO,
                false,
                false,
                true,
                false),
            "t-officer")
        .registrationNumber();
  }

  private void consent(String person, String purpose, List<String> items) {
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("consentPurpose", purpose);
    form.put("consentAnswer", "GIVEN");
    form.put("consentItems", items);
    form.put("consentSignedOn", "2022-06-01");
    startForm(ConsentCases.PROCESS_ID, form);
  }

  private String refer(String person, String destination) {
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("familyHouse", "kran");
    form.put("destinationKind", destination);
    form.put("organisation", "ДКЦ „Здраве“");
    form.put("referralReason", "Преглед и регистрация");
    return startForm(ReferralCases.PROCESS_ID, form).getBusinessKey();
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance startForm(
      String process, Map<String, Object> form) {
    identityService.setAuthentication("t-social", List.of("social-workers"));
    try {
      return forms.submitStartForm(
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(process)
              .latestVersion()
              .singleResult()
              .getId(),
          form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ResponseEntity<byte[]> letter(String user, String number) {
    return as(user)
        .getForEntity("/api/family-houses/referrals/" + number + "/letter.pdf", byte[].class);
  }

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }
}
