package bg.kazanlak.inclusion.initiative;

/** What the coordinator does with an approved initiative when its day comes near. */
enum PreparationAction {
  CONFIRM,
  RESCHEDULE,
  CANCEL
}
