package bg.kazanlak.inclusion.privacy;

/**
 * A feature that keeps personal data about a participant in its own tables contributes one of these
 * (as it contributes its {@link PersonalDataVariables}): the retention run ({@link RetentionRun})
 * and the subject-access export ({@link SubjectAccessExport}) collect every bean and never name a
 * feature.
 */
public interface PersonalDataHolder {

  /** What a required free-text column holds once erased (one wording in every feature). */
  String ERASED = "(анонимизирано)";

  /** The key of the feature's section in the subject-access export, e.g. {@code familyHouses}. */
  String section();

  /**
   * Everything the feature holds about the participant, as JSON-ready values (records, lists,
   * maps); null when it holds nothing. Documents are listed by name and date, never inline.
   */
  Object export(String registrationNumber);

  /**
   * Erases the participant's identifying data and free texts from the feature's tables, in the
   * caller's transaction (one per participant). What the indicators and the ledger count — codes,
   * dates, amounts, categorical answers — stays. Called once per participant; must not fail for a
   * participant the feature has never seen.
   */
  void anonymise(String registrationNumber);
}
