package bg.kazanlak.inclusion.education;

import static bg.kazanlak.inclusion.education.ClubVariables.ABSENT_COUNT;
import static bg.kazanlak.inclusion.education.ClubVariables.AMOUNT;
import static bg.kazanlak.inclusion.education.ClubVariables.ATTENDEES;
import static bg.kazanlak.inclusion.education.ClubVariables.BUDGET_LINE;
import static bg.kazanlak.inclusion.education.ClubVariables.CAPACITY;
import static bg.kazanlak.inclusion.education.ClubVariables.CHILD_BIRTH_DATE;
import static bg.kazanlak.inclusion.education.ClubVariables.CHILD_FIRST_NAME;
import static bg.kazanlak.inclusion.education.ClubVariables.CHILD_LAST_NAME;
import static bg.kazanlak.inclusion.education.ClubVariables.CLUB_ID;
import static bg.kazanlak.inclusion.education.ClubVariables.CLUB_KIND;
import static bg.kazanlak.inclusion.education.ClubVariables.CLUB_NAME;
import static bg.kazanlak.inclusion.education.ClubVariables.CONSENT_DATE;
import static bg.kazanlak.inclusion.education.ClubVariables.DESCRIPTION;
import static bg.kazanlak.inclusion.education.ClubVariables.DOCUMENT_REF;
import static bg.kazanlak.inclusion.education.ClubVariables.ENROLLED;
import static bg.kazanlak.inclusion.education.ClubVariables.ENROLMENT_ID;
import static bg.kazanlak.inclusion.education.ClubVariables.EXPENSE_NUMBER;
import static bg.kazanlak.inclusion.education.ClubVariables.FAMILY_HOUSE;
import static bg.kazanlak.inclusion.education.ClubVariables.FREE_PLACES;
import static bg.kazanlak.inclusion.education.ClubVariables.GUARDIAN;
import static bg.kazanlak.inclusion.education.ClubVariables.GUARDIAN_CONSENT;
import static bg.kazanlak.inclusion.education.ClubVariables.INVOICE_DATE;
import static bg.kazanlak.inclusion.education.ClubVariables.LEADER;
import static bg.kazanlak.inclusion.education.ClubVariables.LEFT_ON;
import static bg.kazanlak.inclusion.education.ClubVariables.MEMBERS;
import static bg.kazanlak.inclusion.education.ClubVariables.PRESENT;
import static bg.kazanlak.inclusion.education.ClubVariables.PRESENT_COUNT;
import static bg.kazanlak.inclusion.education.ClubVariables.PURCHASE_KIND;
import static bg.kazanlak.inclusion.education.ClubVariables.REGISTRATION_NUMBER;
import static bg.kazanlak.inclusion.education.ClubVariables.SCHEDULE;
import static bg.kazanlak.inclusion.education.ClubVariables.SCHOOL;
import static bg.kazanlak.inclusion.education.ClubVariables.SESSION_DATE;
import static bg.kazanlak.inclusion.education.ClubVariables.SESSION_ID;
import static bg.kazanlak.inclusion.education.ClubVariables.SUPPLIER;
import static bg.kazanlak.inclusion.education.ClubVariables.TOPIC;
import static bg.kazanlak.inclusion.education.ClubVariables.VENUE_KIND;

import bg.kazanlak.inclusion.education.NewEnrolment.Child;
import bg.kazanlak.inclusion.identity.CurrentUser;
import bg.kazanlak.inclusion.process.FormValues;
import bg.kazanlak.inclusion.process.Forms;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The thin delegates of the clubs' Tasklist processes: read the form, call {@link ClubService} as
 * the API does, set what the next step or the history shows. Each runs right after the form it
 * reads, so a refusal rolls the start or the completion back and Tasklist shows the message.
 */
final class ClubDelegates {

  private ClubDelegates() {}

  /** The club found by the first step: its id becomes the business key, its name the cards'. */
  private static void identify(DelegateExecution execution, Club club) {
    execution.setProcessBusinessKey(club.id());
    execution.setVariable(CLUB_NAME, club.name());
  }

  private static String clubId(FormValues form) {
    return form.requiredText(CLUB_ID, "Посочете номера на клуба или ателието (например CLUB-001).");
  }

  /** Opens the club; its new id becomes the business key. */
  @Component("registerClubDelegate")
  static class Register implements JavaDelegate {
    private final ClubService clubs;
    private final Forms forms;
    private final CurrentUser currentUser;

    Register(ClubService clubs, Forms forms, CurrentUser currentUser) {
      this.clubs = clubs;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      VenueKind venueKind = form.enumValue(VENUE_KIND, VenueKind.class, "Непознат вид място.");
      NewClub club =
          new NewClub(
              form.text(CLUB_NAME),
              form.enumValue(CLUB_KIND, ClubKind.class, "Непознат вид: клуб или ателие."),
              form.text(LEADER),
              venueKind,
              form.text(venueKind == VenueKind.SCHOOL ? SCHOOL : FAMILY_HOUSE),
              form.text(SCHEDULE),
              form.integer(CAPACITY, "Броят места трябва да е цяло число, по-голямо от 0."));
      Club created = clubs.create(club, currentUser.id());
      execution.removeVariable(LEADER);
      execution.setVariable(CLUB_ID, created.id());
      identify(execution, created);
    }
  }

  /** Enrols a participant, or a child with the guardian's consent; the child's data leave here. */
  @Component("enrolInClubDelegate")
  static class Enrol implements JavaDelegate {
    private final ClubService clubs;
    private final Forms forms;
    private final CurrentUser currentUser;

    Enrol(ClubService clubs, Forms forms, CurrentUser currentUser) {
      this.clubs = clubs;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String clubId = clubId(form);
      String firstName = form.text(CHILD_FIRST_NAME);
      String lastName = form.text(CHILD_LAST_NAME);
      LocalDate birthDate = form.date(CHILD_BIRTH_DATE, "Невалидна дата на раждане.");
      Child child =
          firstName == null && lastName == null && birthDate == null
              ? null
              : new Child(firstName, lastName, birthDate);
      NewEnrolment enrolment =
          new NewEnrolment(
              form.text(REGISTRATION_NUMBER),
              child,
              form.text(GUARDIAN),
              form.bool(GUARDIAN_CONSENT),
              form.date(CONSENT_DATE, "Невалидна дата на съгласието."),
              null);
      EnrolmentResult result = clubs.enrol(clubId, enrolment, currentUser.id());
      execution.removeVariables(List.of(CHILD_FIRST_NAME, CHILD_LAST_NAME, CHILD_BIRTH_DATE));
      identify(execution, clubs.club(clubId));
      execution.setVariable(ENROLMENT_ID, result.enrolmentId());
      execution.setVariable(ENROLLED, result.enrolled());
      execution.setVariable(FREE_PLACES, result.freePlaces());
    }
  }

  /** Checks the session's club, day and topic and lists who was enrolled that day. */
  @Component("loadAttendanceListDelegate")
  static class LoadAttendanceList implements JavaDelegate {
    private final ClubService clubs;
    private final ClubView view;
    private final Forms forms;

    LoadAttendanceList(ClubService clubs, ClubView view, Forms forms) {
      this.clubs = clubs;
      this.view = view;
      this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String clubId = clubId(form);
      List<Enrolment> enrolled =
          clubs.attendanceList(
              clubId, form.date(SESSION_DATE, "Невалидна дата на занятието."), form.text(TOPIC));
      identify(execution, clubs.club(clubId));
      view.showOptions(execution, ATTENDEES, enrolled);
    }
  }

  /**
   * Records the session: everyone on the list is present when ticked, absent otherwise. The list of
   * names and the ticks leave the process here; the counts stay.
   */
  @Component("recordClubSessionDelegate")
  static class RecordSession implements JavaDelegate {
    private final ClubService clubs;
    private final Forms forms;
    private final CurrentUser currentUser;

    RecordSession(ClubService clubs, Forms forms, CurrentUser currentUser) {
      this.clubs = clubs;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      RecordedSession session =
          clubs.recordSessionFromList(
              execution.getProcessBusinessKey(),
              form.date(SESSION_DATE, "Невалидна дата на занятието."),
              form.text(TOPIC),
              Set.copyOf(form.list(PRESENT)),
              currentUser.id());
      execution.removeVariables(List.of(ATTENDEES, PRESENT));
      execution.setVariable(SESSION_ID, session.sessionId());
      execution.setVariable(PRESENT_COUNT, session.present());
      execution.setVariable(ABSENT_COUNT, session.absent());
    }
  }

  /** Hands the purchase to expense approval, as the API does. */
  @Component("requestClubPurchaseDelegate")
  static class RequestPurchase implements JavaDelegate {
    private final ClubService clubs;
    private final Forms forms;
    private final CurrentUser currentUser;

    RequestPurchase(ClubService clubs, Forms forms, CurrentUser currentUser) {
      this.clubs = clubs;
      this.forms = forms;
      this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String clubId = clubId(form);
      NewPurchase purchase =
          new NewPurchase(
              form.enumValue(PURCHASE_KIND, PurchaseKind.class, "Непознат вид покупка."),
              form.amount(AMOUNT, "Невалидна сума."),
              form.text(SUPPLIER),
              form.text(DESCRIPTION),
              form.date(INVOICE_DATE, "Невалидна дата на фактурата."),
              form.text(DOCUMENT_REF));
      PurchaseStarted started = clubs.requestPurchase(clubId, purchase, currentUser.id());
      identify(execution, clubs.club(clubId));
      execution.setVariable(EXPENSE_NUMBER, started.expenseNumber());
      execution.setVariable(BUDGET_LINE, started.budgetLine());
    }
  }

  /** Lists who is enrolled today, for the social worker to pick who leaves. */
  @Component("loadClubMembersDelegate")
  static class LoadMembers implements JavaDelegate {
    private final ClubService clubs;
    private final ClubView view;
    private final Forms forms;

    LoadMembers(ClubService clubs, ClubView view, Forms forms) {
      this.clubs = clubs;
      this.view = view;
      this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      String clubId = clubId(form);
      LocalDate leftOn = form.date(LEFT_ON, "Невалидна дата на напускане.");
      List<Enrolment> enrolled = clubs.enrolledOn(clubId, leftOn);
      identify(execution, clubs.club(clubId));
      view.showOptions(execution, MEMBERS, enrolled);
    }
  }

  /** Records the leaving of the person picked; the list of names leaves the process. */
  @Component("recordClubLeavingDelegate")
  static class RecordLeaving implements JavaDelegate {
    private final ClubService clubs;
    private final Forms forms;

    RecordLeaving(ClubService clubs, Forms forms) {
      this.clubs = clubs;
      this.forms = forms;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FormValues form = forms.of(execution);
      int enrolmentId = form.requiredInteger(ENROLMENT_ID, "Изберете кой напуска.");
      clubs.leave(
          execution.getProcessBusinessKey(),
          enrolmentId,
          form.date(LEFT_ON, "Невалидна дата на напускане."));
      execution.removeVariable(MEMBERS);
      execution.setVariable(ENROLMENT_ID, (long) enrolmentId);
    }
  }
}
