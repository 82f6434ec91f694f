package bg.kazanlak.inclusion.housing;

import java.util.List;

/** A household was housed (published in the recording transaction). */
public record TenancyRecorded(long tenancyId, String head, List<String> members) {}
