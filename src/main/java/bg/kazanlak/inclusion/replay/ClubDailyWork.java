package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.education.Club;
import bg.kazanlak.inclusion.education.ClubService;
import bg.kazanlak.inclusion.education.Enrolment;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The clubs and workshops (SESG), through their Tasklist start forms, as social workers:
 *
 * <ul>
 *   <li>{@link #CLUBS} clubs and workshops (×scale) are registered from {@link #FIRST_CLUB}, one
 *       every {@link #REGISTER_EVERY} days, alternately at a Family House and at a school;
 *   <li>a club with free places enrols about one person in five working days: a participant of the
 *       education or Family House stream not yet in it, or (one time in three) that participant's
 *       child, with the guardian's consent;
 *   <li>each club meets once a week (on its weekday) when it has members: the session is started
 *       and {@link ClubTaskAnswers} ticks who came;
 *   <li>each club buys consumables once, a month after it opened, and a material or an asset once,
 *       after half a year (the expense then goes through the budget's approval);
 *   <li>now and then somebody leaves a club.
 * </ul>
 */
@Component
@Profile("replay")
public class ClubDailyWork implements DailyWork {

  static final int CLUBS = 8;
  static final LocalDate FIRST_CLUB = LocalDate.of(2021, 9, 1);
  static final int REGISTER_EVERY = 21;
  static final int ENROL_EVERY = 5;
  static final int LEAVE_EVERY = 400;

  private static final String[][] NAMES = {
    {"Млад художник", "CLUB"}, {"Дигитални умения", "WORKSHOP"}, {"Приказки и театър", "CLUB"},
    {"Сръчни ръце", "WORKSHOP"}, {"Шах и логика", "CLUB"}, {"Роботика", "WORKSHOP"},
    {"Народни танци", "CLUB"}, {"Готварство", "WORKSHOP"}
  };
  private static final String[] CHILDREN = {"Айше", "Иван", "Мария", "Емил", "Зейнеп", "Петя"};
  private static final String[] SCHOOLS = {
    "ОУ „Христо Ботев“, Крън", "СУ „Екзарх Антим I“, Казанлък", "ОУ „Св. Паисий Хилендарски“, Шипка"
  };

  private final ClubService clubs;
  private final ParticipantRegistry registry;
  private final ProgrammeProperties programme;
  private final StartForms startForms;

  /** Purchases made (club + kind of purchase), so that each club buys each thing once. */
  private final Set<String> purchased = new HashSet<>();

  public ClubDailyWork(
      ClubService clubs,
      ParticipantRegistry registry,
      ProgrammeProperties programme,
      StartForms startForms) {
    this.clubs = clubs;
    this.registry = registry;
    this.programme = programme;
    this.startForms = startForms;
  }

  @Override
  public void on(SimulatedDay day) {
    List<String> social = day.staff().of(SOCIAL_WORKERS);
    // sessions and enrolments end with the programme; the replay's last months are follow-ups
    if (social.isEmpty()
        || day.date().isBefore(FIRST_CLUB)
        || day.date().isAfter(programme.end())) {
      return;
    }
    Random random = day.random();
    String worker = social.get(random.nextInt(social.size()));
    List<Club> all = clubs.list();
    long due =
        1 + java.time.temporal.ChronoUnit.DAYS.between(FIRST_CLUB, day.date()) / REGISTER_EVERY;
    if (all.size() < Math.min(due, (long) CLUBS * day.scale())
        && day.date().isBefore(programme.end().minusMonths(6))) {
      register(day, worker, all.size());
    }
    boolean lastWeeks = day.date().isAfter(programme.end().minusDays(14));
    for (Club club : all) {
      String clubWorker = social.get(Math.floorMod(club.id().hashCode(), social.size()));
      if (club.freePlaces() > 0 && !lastWeeks && random.nextInt(ENROL_EVERY) == 0) {
        enrol(day, clubWorker, club);
      }
      List<Enrolment> members =
          clubs.enrolments(club.id()).stream()
              .filter(
                  e ->
                      !e.enrolledOn().isAfter(day.date())
                          && (e.leftOn() == null || e.leftOn().isAfter(day.date())))
              .toList();
      if (!members.isEmpty()
          && day.date().getDayOfWeek().getValue() == 1 + Math.floorMod(club.id().hashCode(), 5)) {
        startForms.submit(
            day,
            clubWorker,
            "club-session",
            Map.of(
                "clubId", club.id(),
                "sessionDate", day.date().toString(),
                "topic", "Занимание " + day.date()));
      }
      purchase(day, clubWorker, club);
      if (!members.isEmpty() && random.nextInt(LEAVE_EVERY) == 0) {
        startForms.submit(
            day,
            clubWorker,
            "club-leaving",
            Map.of("clubId", club.id(), "leftOn", day.date().toString()));
      }
    }
  }

  private void register(SimulatedDay day, String worker, int index) {
    String[] name = NAMES[index % NAMES.length];
    boolean atHouse = index % 2 == 0;
    Map<String, Object> form = new HashMap<>();
    form.put(
        "clubName", index < NAMES.length ? name[0] : name[0] + " " + (index / NAMES.length + 1));
    form.put("clubKind", name[1]);
    form.put("leader", "Ръководител на клуб " + (index + 1));
    form.put("schedule", "веднъж седмично, 15:00-16:30");
    form.put("venueKind", atHouse ? "FAMILY_HOUSE" : "SCHOOL");
    List<ProgrammeProperties.FamilyHouse> houses = programme.familyHouses();
    if (atHouse) {
      form.put("familyHouse", houses.get((index / 2) % houses.size()).id());
    } else {
      form.put("school", SCHOOLS[(index / 2) % SCHOOLS.length]);
    }
    form.put("capacity", 10 + day.random().nextInt(6));
    startForms.submit(day, worker, "club-registration", form);
  }

  private void enrol(SimulatedDay day, String worker, Club club) {
    Set<String> inClub = new HashSet<>();
    Set<String> guardians = new HashSet<>();
    for (Enrolment e : clubs.enrolments(club.id())) {
      if (e.registrationNumber() != null) {
        inClub.add(e.registrationNumber());
      }
      if (e.guardian() != null) {
        guardians.add(e.guardian());
      }
    }
    Set<String> pool = new LinkedHashSet<>(registry.enrolledIn(SupportStream.EDUCATION));
    pool.addAll(registry.enrolledIn(SupportStream.FAMILY_HOUSE));
    boolean child = day.random().nextInt(3) == 0;
    List<String> candidates =
        pool.stream().filter(n -> !(child ? guardians : inClub).contains(n)).toList();
    if (candidates.isEmpty()) {
      return;
    }
    String person = candidates.get(day.random().nextInt(candidates.size()));
    Map<String, Object> form = new HashMap<>();
    form.put("clubId", club.id());
    if (child) {
      form.put("childFirstName", CHILDREN[day.random().nextInt(CHILDREN.length)]);
      form.put("childLastName", registry.find(person).map(p -> p.lastName()).orElse("Иванова"));
      form.put("childBirthDate", day.date().minusYears(8 + day.random().nextInt(7)).toString());
      form.put("guardian", person);
      form.put("guardianConsent", true);
      form.put("consentDate", day.date().toString());
    } else {
      form.put("registrationNumber", person);
    }
    startForms.submit(day, worker, "club-enrolment", form);
  }

  private void purchase(SimulatedDay day, String worker, Club club) {
    String kind;
    if (!day.date().isBefore(club.createdOn().plusMonths(1))
        && purchased.add(club.id() + "/CONSUMABLES")) {
      kind = "CONSUMABLES";
    } else if (!day.date().isBefore(club.createdOn().plusMonths(6))
        && purchased.add(club.id() + "/SECOND")) {
      kind = club.kind().name().equals("WORKSHOP") ? "ASSET" : "MATERIALS";
    } else {
      return;
    }
    int amount =
        switch (kind) {
          case "CONSUMABLES" -> 120 + day.random().nextInt(200);
          case "MATERIALS" -> 200 + day.random().nextInt(300);
          default -> 900 + day.random().nextInt(600);
        };
    Map<String, Object> form = new HashMap<>();
    form.put("clubId", club.id());
    form.put("purchaseKind", kind);
    form.put("amount", amount + ".00");
    form.put("supplier", "Книжарница „Искра“ ЕООД");
    form.put("description", "Материали за клуб „" + club.name() + "“");
    form.put("invoiceDate", day.date().toString());
    form.put("documentRef", "Фактура " + club.id() + "-" + kind + "/" + day.date());
    startForms.submit(day, worker, "club-purchase", form);
  }
}
