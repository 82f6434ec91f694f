package bg.kazanlak.inclusion.familyhouse;

import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules of the Family Houses, built once from the programme and the houses' configuration. */
@Configuration(proxyBeanMethods = false)
class FamilyHouseConfiguration {

  @Bean
  FamilyHouseRules familyHouseRules(ProgrammeProperties programme, FamilyHouseProperties houses) {
    return new FamilyHouseRules(
        programme.familyHouses(),
        programme.start(),
        programme.end(),
        houses.maxServiceMinutes(),
        houses.maxNoteLength());
  }
}
