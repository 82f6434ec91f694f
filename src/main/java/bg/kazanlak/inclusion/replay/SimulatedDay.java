package bg.kazanlak.inclusion.replay;

import java.time.LocalDate;
import java.util.Random;

/**
 * One day of the replayed programme, as every piece of simulated work sees it.
 *
 * @param date the programme clock's day (the clock stands at the start of the working day)
 * @param scale the replay's multiplier of people, places, units, caseloads and initiatives
 * @param random deterministic from the replay's seed: the same seed replays the same programme
 * @param staff the simulated members of staff, who act as engine users of their groups
 */
public record SimulatedDay(LocalDate date, int scale, Random random, SimulatedStaff staff) {}
