package bg.kazanlak.inclusion.employment;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.ApiTest;
import bg.kazanlak.inclusion.TestPeople;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.programme.ProgrammeProperties.Employer;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The contract document: a PDF whose Bulgarian text is there, in an embedded font. */
class ContractDocumentTest extends ApiTest {

  @Autowired ParticipantRegistry registry;
  @Autowired EmploymentCases cases;
  @Autowired Contracts contracts;
  @Autowired Employers employers;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  /** A contract for signing, its PDF as HR downloads it and the PDF's text of page 1. */
  record Document(String registrationNumber, Contract contract, byte[] pdf, String text) {}

  @Test
  void theContractForSigningIsAPdfWithTheTermsInBulgarian() throws Exception {
    Document document = document();

    assertThat(document.text())
        .contains(
            "ТРУДОВ ДОГОВОР",
            document.contract().contractId(),
            "Пенка",
            "Стоянова",
            "Общ работник",
            "400.00",
            "01.07.2022",
            "30.06.2023",
            "непълно (4 часа дневно)");
  }

  @Test
  void thePartiesAreNamedAsTheLabourCodeAsks() throws Exception {
    Document document = document();

    // Labour Code art. 66(1), the employer's particulars and standing terms from its configuration
    Employer employer = employers.get(document.contract().employerId());
    String flat = document.text().replaceAll("\\s+", " ");
    assertThat(flat)
        .contains(
            employer.name(),
            "ЕИК " + employer.eik(),
            "седалище и адрес на управление " + employer.seat(),
            "представлявано от " + employer.representative(),
            registry.get(document.registrationNumber()).personalNumber(),
            "Шипка",
            "чл. 66");
  }

  @Test
  void eachTermIsARowOfTheTableWithItsLabelAndValue() throws Exception {
    Document document = document();

    Employer employer = employers.get(document.contract().employerId());
    // a row of the terms table: its label, then its value
    String table = document.text().replaceAll("\\s+", "");
    Map.of(
            "Мястонаработа",
            employer.contract().workplace(),
            "Длъжност",
            "Общ работник",
            "Началонаизпълнението",
            "01.07.2022",
            "Срокнадоговора",
            "до 30.06.2023",
            "Работновреме",
            "непълно (4 часа дневно)",
            "Основномесечнотрудововъзнаграждение",
            "400.00 лв.",
            "Периодичностнаизплащане",
            "ежемесечно",
            "Основенплатенгодишенотпуск",
            "20 работни дни",
            "Срокнапредизвестие",
            "30 дни, еднакъв за двете страни")
        .forEach(
            (label, value) -> assertThat(table).contains(label + value.replaceAll("\\s+", "")));
  }

  @Test
  void theContractNumberIsNeverBrokenAtItsHyphens() throws Exception {
    Document document = document();

    // issue 9, point 12
    String text = document.text();
    assertThat(text.lines().filter(line -> line.contains("№ C-")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("№ " + document.contract().contractId()));
    assertThat(text.lines().filter(line -> line.matches(".*\\bC-\\d{4}-?$"))).isEmpty();
  }

  @Test
  void theFontTravelsInsideTheDocument() throws Exception {
    Document document = document();

    // a TrueType font file, not taken from the system
    assertThat(new String(document.pdf(), StandardCharsets.ISO_8859_1))
        .contains("LiberationSans", "/FontFile2");
  }

  @Test
  void aSocialWorkerMayNotDownloadItAndAnUnknownContractIs404() throws Exception {
    Document document = document();

    assertThat(
            as("t-social")
                .getForEntity(
                    "/api/employment/contracts/"
                        + document.contract().contractId()
                        + "/document.pdf",
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            as("t-hr")
                .getForEntity("/api/employment/contracts/C-1999-99999/document.pdf", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** A half-time contract from 1 July 2022 at the enterprise, downloaded by HR. */
  private Document document() throws Exception {
    String registrationNumber =
        registry
            .register(
                TestPeople.person(
                    "Пенка",
                    "Стоянова",
                    LocalDate.of(1988, 9, 2),
                    "Шипка",
                    "UNEMPLOYED",
                    "ISCED_2"),
                "officer")
            .registrationNumber();
    String instance = cases.start(registrationNumber);
    tasks.complete(
        tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("preferredEmployer", "NONE"));
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
    Contract contract =
        contracts.record(
            registrationNumber,
            LocalDate.of(2022, 7, 1),
            "Общ работник",
            new BigDecimal("0.5"),
            new BigDecimal("400.00"),
            "t-hr");

    ResponseEntity<byte[]> pdf =
        as("t-hr")
            .getForEntity(
                "/api/employment/contracts/" + contract.contractId() + "/document.pdf",
                byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    Files.createDirectories(Path.of("target/documents"));
    Files.write(Path.of("target/documents/contract.pdf"), pdf.getBody());
    PdfReader reader = new PdfReader(pdf.getBody());
    try {
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      return new Document(registrationNumber, contract, pdf.getBody(), text);
    } finally {
      reader.close();
    }
  }
}
