package bg.kazanlak.inclusion.participant;

import bg.kazanlak.inclusion.identity.AllowedGroups;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.identity.Groups;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases;
import bg.kazanlak.inclusion.participant.onboarding.OnboardingCases.StartedCase;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration and look-up of participants (CONTRACT: {@code /api/participants}). */
@RestController
@RequestMapping("/api/participants")
public class ParticipantController {

  private final OnboardingCases onboarding;
  private final ParticipantRegistry registry;
  private final CurrentUser currentUser;

  public ParticipantController(
      OnboardingCases onboarding, ParticipantRegistry registry, CurrentUser currentUser) {
    this.onboarding = onboarding;
    this.registry = registry;
    this.currentUser = currentUser;
  }

  @PostMapping
  @AllowedGroups(Groups.CASE_OFFICERS)
  public ResponseEntity<StartedCase> register(@RequestBody RegistrationRequest request) {
    StartedCase started = onboarding.register(request.toNewParticipant(), currentUser.id());
    return ResponseEntity.created(URI.create("/api/participants/" + started.registrationNumber()))
        .body(started);
  }

  @GetMapping("/{registrationNumber}")
  @AllowedGroups({
    Groups.CASE_OFFICERS,
    Groups.SOCIAL_WORKERS,
    Groups.HR_OFFICERS,
    Groups.PROJECT_MANAGERS
  })
  public ParticipantView get(@PathVariable String registrationNumber) {
    return ParticipantView.of(registry.get(registrationNumber));
  }

  @PostMapping("/{registrationNumber}/withdrawal")
  @AllowedGroups({Groups.CASE_OFFICERS, Groups.SOCIAL_WORKERS})
  public ParticipantView withdraw(
      @PathVariable String registrationNumber, @RequestBody WithdrawalRequest request) {
    onboarding.withdraw(registrationNumber, request.reason());
    return ParticipantView.of(registry.get(registrationNumber));
  }

  /**
   * The request body of CONTRACT's {@code POST /api/participants}, plus LNCh's birth date and sex.
   */
  public record RegistrationRequest(
      String personalNumber,
      String firstName,
      String middleName,
      String lastName,
      LocalDate birthDate,
      String sex,
      String settlement,
      String address,
      String phone,
      Boolean consentToServices,
      Entry entry) {

    NewParticipant toNewParticipant() {
      Entry e = entry != null ? entry : new Entry(null, null, null, null, null, null, null);
      return new NewParticipant(
          personalNumber,
          firstName,
          middleName,
          lastName,
          birthDate,
          sex,
          settlement,
          address,
          phone,
          consentToServices,
          e.employmentStatus(),
          e.educationLevel(),
          SpecialCategoryAnswer.of(e.minority()),
          SpecialCategoryAnswer.of(e.disability()),
          SpecialCategoryAnswer.of(e.otherDisadvantaged()),
          e.homelessOrHousingExclusion(),
          e.household() == null ? null : e.household().jobless(),
          e.household() == null ? null : e.household().dependentChildren(),
          e.household() == null ? null : e.household().singleAdult());
    }

    /** Spring logs a request body at debug level by its toString: keep the personal data out. */
    @Override
    public String toString() {
      return "RegistrationRequest[personal data withheld]";
    }
  }

  public record Entry(
      String employmentStatus,
      String educationLevel,
      Boolean minority,
      Boolean disability,
      Boolean otherDisadvantaged,
      Boolean homelessOrHousingExclusion,
      Household household) {

    @Override
    public String toString() {
      return "Entry[withheld]";
    }
  }

  /**
   * The household situation (ESF CO12-CO14): optional, as CONTRACT predates it; without it the
   * participant's ESF record is incomplete and counts only in the grand total.
   */
  public record Household(Boolean jobless, Boolean dependentChildren, Boolean singleAdult) {

    @Override
    public String toString() {
      return "Household[withheld]";
    }
  }

  public record WithdrawalRequest(String reason) {

    @Override
    public String toString() {
      return "WithdrawalRequest[reason withheld]";
    }
  }

  /** What the API shows of a participant: the personal number masked, no special categories. */
  public record ParticipantView(
      String registrationNumber,
      String personalNumber,
      String firstName,
      String lastName,
      String settlement,
      String status,
      LocalDate registeredOn,
      String rejectionReason,
      String duplicateOf,
      List<String> candidateStreams,
      List<String> streams) {

    static ParticipantView of(Participant p) {
      return new ParticipantView(
          p.registrationNumber(),
          p.maskedPersonalNumber(),
          p.firstName(),
          p.lastName(),
          p.settlement(),
          p.status().name(),
          p.registeredOn(),
          p.rejectionReason(),
          p.duplicateOf(),
          p.candidateStreams().stream().map(Enum::name).toList(),
          p.enrolledStreams().stream().map(Enum::name).toList());
    }
  }
}
