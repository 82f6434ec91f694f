package bg.kazanlak.inclusion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import bg.kazanlak.inclusion.employment.ImmediateResult;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import bg.kazanlak.inclusion.reporting.TechnicalReportProperties.Label;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** The reports' start-up checks: the shipped configuration passes, a gap is named. */
class ReportingConfigurationCheckTest {

  private static final Binder SHIPPED = binder();
  private static final ProgrammeProperties PROGRAMME =
      SHIPPED.bind("inclusion.programme", ProgrammeProperties.class).get();

  @Test
  void theShippedTechnicalReportHasEveryText() {
    TechnicalReportProperties shipped =
        SHIPPED.bind("inclusion.reporting.technical-report", TechnicalReportProperties.class).get();
    assertThat(TechnicalReportConfigurationCheck.problems(shipped)).isEmpty();
    assertThat(shipped.narrative())
        .containsExactly("Описание на изпълнението", "Проблеми и мерки", "Следващи стъпки");
  }

  @Test
  void aTechnicalReportTextLeftOutIsNamed() {
    TechnicalReportProperties shipped =
        SHIPPED.bind("inclusion.reporting.technical-report", TechnicalReportProperties.class).get();
    Map<Label, String> labels = new EnumMap<>(shipped.labels());
    labels.remove(Label.INDICATOR_STAFF);
    TechnicalReportProperties broken =
        new TechnicalReportProperties(
            shipped.procedure(),
            shipped.contractNumber(),
            labels,
            List.of("Описание", " "),
            shipped.narrativeBoxHeight());
    assertThat(TechnicalReportConfigurationCheck.problems(broken))
        .containsExactly(
            "inclusion.reporting.technical-report.labels has no indicator-staff",
            "inclusion.reporting.technical-report.narrative has a blank heading");
  }

  @Test
  void anIsunMappingWithAGapIsNamed() {
    IsunProperties s = IsunRowsTest.shipped();
    assertThat(IsunConfigurationCheck.problems(s, PROGRAMME)).isEmpty();

    Map<ImmediateResult, String> results = new EnumMap<>(s.immediateResults());
    results.remove(ImmediateResult.GAINED_QUALIFICATION);
    Map<SupportStream, IsunProperties.Activity> activities = new EnumMap<>(s.activities());
    activities.put(
        SupportStream.EMPLOYMENT, new IsunProperties.Activity("Потребител на услуги", "Мъглиж"));
    activities.remove(SupportStream.EDUCATION);
    List<String> headers = new ArrayList<>(s.headers());
    headers.remove(headers.size() - 1);
    IsunProperties broken =
        new IsunProperties(
            s.sheet(),
            List.of(new IsunProperties.Group("N", "B", "Уязвими групи")),
            headers,
            s.yes(),
            s.no(),
            s.empty(),
            s.refusedAnswer(),
            s.missingHousehold(),
            s.minorityColumns(),
            s.personalNumberGroups(),
            s.district(),
            List.of(new IsunProperties.SettlementName("Мъглиж", "Мъглиж")),
            s.missingMiddleName(),
            s.sex(),
            s.employmentStatus(),
            s.education(),
            activities,
            s.leftEarly(),
            s.stayedToEnd(),
            s.terminationReasons(),
            s.withdrawalReason(),
            results,
            s.withdrawalResult());

    assertThat(IsunConfigurationCheck.problems(broken, PROGRAMME))
        .containsExactly(
            "inclusion.reporting.isun.headers has 34 entries, ISUN's file 35 (A-AI)",
            "inclusion.reporting.isun.groups: 'N'-'B' are not columns A-AI in order",
            "inclusion.reporting.isun.immediate-results has no value for GAINED_QUALIFICATION",
            "inclusion.reporting.isun.activities.EMPLOYMENT.place: 'Мъглиж' is not a settlement"
                + " of the programme",
            "inclusion.reporting.isun.activities has no EDUCATION",
            "inclusion.reporting.isun.settlement-names: 'Мъглиж' is not a settlement of the"
                + " programme");
  }

  private static Binder binder() {
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader()
              .load(
                  "application.yaml",
                  new FileSystemResource("src/main/resources/application.yaml"));
      return new Binder(ConfigurationPropertySources.from(sources));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
