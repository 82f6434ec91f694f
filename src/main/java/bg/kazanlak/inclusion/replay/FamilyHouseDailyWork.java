package bg.kazanlak.inclusion.replay;

import static bg.kazanlak.inclusion.identity.Groups.SOCIAL_WORKERS;

import bg.kazanlak.inclusion.familyhouse.AttachmentService;
import bg.kazanlak.inclusion.participant.ParticipantRegistry;
import bg.kazanlak.inclusion.participant.SupportStream;
import bg.kazanlak.inclusion.programme.ProgrammeProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Family Houses' working day, through the Tasklist start forms. Every participant enrolled in
 * the Family House stream (attached to the house of their settlement at enrolment) is served about
 * twice a month by one of the house's specialists — a home visit, on site, a group session or an
 * accompaniment, 30 to 120 minutes, recorded the same day. About once in three months a person is
 * referred on (GP, dentist, Labour Office, school, social assistance): the social worker records
 * the person's consent to share data with that kind of organisation first (given nine times in ten,
 * refused otherwise; now and then the consent is forgotten, and the referral ends for want of it),
 * then issues the referral; {@link FamilyHouseTaskAnswers} follows it up. Now and then a
 * participant moves to another house (the transfer start form).
 */
@Component
@Profile("replay")
public class FamilyHouseDailyWork implements DailyWork {

  static final String SERVICE = "family-house-service";
  static final String CONSENT = "data-sharing-consent";
  static final String REFERRAL = "family-house-referral";
  static final String TRANSFER = "family-house-transfer";

  /** Working days between two services to the same person, on average. */
  static final int SERVICE_EVERY = 10;

  /** Working days between two referrals of the same person, on average. */
  static final int REFERRAL_EVERY = 65;

  /** Working days between two transfers of the same person, on average. */
  static final int TRANSFER_EVERY = 2000;

  /** No referral is issued whose follow-up (14 days later) would fall after the programme. */
  static final int LAST_REFERRAL_DAYS_BEFORE_END = 30;

  private static final String[] ROLES = {
    "SOCIAL_WORKER",
    "PSYCHOLOGIST",
    "PEDAGOGUE",
    "HEALTH_CARE_SPECIALIST",
    "SOCIAL_ASSOCIATE",
    "ROMA_MEDIATOR"
  };
  private static final String[] KINDS = {"HOME_VISIT", "ON_SITE", "GROUP_SESSION", "ACCOMPANIMENT"};
  private static final String[][] DESTINATIONS = {
    {"GP", "ГПСМП „Здраве“, Казанлък", "Регистрация при общопрактикуващ лекар"},
    {"DENTIST", "Дентален център „Усмивка“, Казанлък", "Профилактичен преглед"},
    {"LABOUR_OFFICE", "Дирекция „Бюро по труда“ – Казанлък", "Регистрация като търсещ работа"},
    {"SCHOOL", "ОУ „Христо Ботев“, Казанлък", "Записване на детето в училище"},
    {"SOCIAL_ASSISTANCE", "Дирекция „Социално подпомагане“ – Казанлък", "Кандидатстване за помощи"}
  };

  private final ParticipantRegistry registry;
  private final AttachmentService attachments;
  private final ProgrammeProperties programme;
  private final StartForms startForms;

  /** Kinds of organisation a person's consent has been asked for (person + kind). */
  private final Set<String> consentsAsked = new HashSet<>();

  public FamilyHouseDailyWork(
      ParticipantRegistry registry,
      AttachmentService attachments,
      ProgrammeProperties programme,
      StartForms startForms) {
    this.registry = registry;
    this.attachments = attachments;
    this.programme = programme;
    this.startForms = startForms;
  }

  @Override
  public void on(SimulatedDay day) {
    List<String> social = day.staff().of(SOCIAL_WORKERS);
    // services end with the programme; the replay's last months are follow-ups
    if (social.isEmpty() || day.date().isAfter(programme.end())) {
      return;
    }
    Random random = day.random();
    boolean referrals =
        !day.date().isAfter(programme.end().minusDays(LAST_REFERRAL_DAYS_BEFORE_END));
    for (String person : registry.enrolledIn(SupportStream.FAMILY_HOUSE)) {
      // the day's chances are drawn first, so that the house is looked up only for those served
      String worker = social.get(random.nextInt(social.size()));
      boolean serve = random.nextInt(SERVICE_EVERY) == 0;
      boolean refer = referrals && random.nextInt(REFERRAL_EVERY) == 0;
      boolean move = random.nextInt(TRANSFER_EVERY) == 0;
      if (!serve && !refer && !move) {
        continue;
      }
      Optional<String> house = attachments.houseOf(person);
      if (house.isEmpty()) {
        continue;
      }
      if (serve) {
        service(day, worker, house.get(), person);
      }
      if (refer) {
        refer(day, worker, house.get(), person);
      }
      if (move) {
        transfer(day, worker, house.get(), person);
      }
    }
  }

  private void service(SimulatedDay day, String worker, String house, String person) {
    Random random = day.random();
    Map<String, Object> form = new HashMap<>();
    form.put("house", house);
    form.put("registrationNumber", person);
    form.put("forFamily", random.nextInt(4) == 0);
    form.put("role", role(house, random));
    form.put("kind", KINDS[random.nextInt(KINDS.length)]);
    form.put("date", day.date().toString());
    form.put("durationMinutes", 30 + 15 * random.nextInt(7));
    form.put("note", "");
    startForms.submit(day, worker, SERVICE, form);
  }

  /** The consent first (once per kind of organisation, mostly), then the referral. */
  private void refer(SimulatedDay day, String worker, String house, String person) {
    Random random = day.random();
    String[] destination = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
    boolean forgotten = random.nextInt(20) == 0;
    if (!forgotten && consentsAsked.add(person + "/" + destination[0])) {
      boolean given = random.nextInt(10) != 0;
      Map<String, Object> consent = new HashMap<>();
      consent.put("registrationNumber", person);
      consent.put("consentPurpose", destination[0]);
      consent.put("consentAnswer", given ? "GIVEN" : "REFUSED");
      consent.put("consentSignedOn", day.date().toString());
      if (given) {
        consent.put("consentItems", List.of("NAME", "BIRTH_DATE", "ADDRESS"));
      }
      startForms.submit(day, worker, CONSENT, consent);
    }
    Map<String, Object> referral = new HashMap<>();
    referral.put("registrationNumber", person);
    referral.put("familyHouse", house);
    referral.put("destinationKind", destination[0]);
    referral.put("organisation", destination[1]);
    referral.put("referralReason", destination[2]);
    startForms.submit(day, worker, REFERRAL, referral);
  }

  private void transfer(SimulatedDay day, String worker, String house, String person) {
    List<String> others =
        programme.familyHouses().stream()
            .map(ProgrammeProperties.FamilyHouse::id)
            .filter(id -> !id.equals(house))
            .toList();
    if (others.isEmpty()) {
      return;
    }
    Map<String, Object> form = new HashMap<>();
    form.put("registrationNumber", person);
    form.put("house", others.get(day.random().nextInt(others.size())));
    form.put("reason", "Семейството се премести в друго населено място.");
    startForms.submit(day, worker, TRANSFER, form);
  }

  private String role(String house, Random random) {
    List<String> roles =
        programme.familyHouses().stream()
            .filter(h -> h.id().equals(house))
            .findFirst()
            .map(ProgrammeProperties.FamilyHouse::roles)
            .orElse(List.of(ROLES));
    return roles.get(random.nextInt(roles.size()));
  }
}
