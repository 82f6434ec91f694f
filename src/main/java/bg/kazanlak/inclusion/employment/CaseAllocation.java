package bg.kazanlak.inclusion.employment;

import java.util.List;

/**
 * What an employment case shows after its allocation ({@link Placements#allocateCase}): the
 * participant's case name, the allocation, and the employers' names for the forms.
 */
record CaseAllocation(
    String displayName,
    Allocation allocation,
    List<String> suitableEmployerNames,
    String employerName) {}
