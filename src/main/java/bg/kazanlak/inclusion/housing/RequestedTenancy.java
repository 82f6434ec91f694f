package bg.kazanlak.inclusion.housing;

/**
 * A tenancy recorded through {@link HousingCases#recordTenancy}, travelling to the case's first
 * step as a transient variable. {@code recordedBy} (the key worker) counts only when no user is
 * signed in (demo data, tests); otherwise the signed-in social worker records it.
 */
record RequestedTenancy(NewTenancy tenancy, String recordedBy) {}
