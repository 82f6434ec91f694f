package bg.kazanlak.inclusion.replay;

/**
 * What the simulated staff of one feature start on a day of the programme — registrations,
 * tenancies, proposals, services, expenses — through the same start forms and services that
 * Tasklist and the API use (never a shortcut into tables). A Spring bean; the replay calls every
 * bean of this type once per working day, before the day's tasks are answered.
 */
public interface DailyWork {

  void on(SimulatedDay day);
}
