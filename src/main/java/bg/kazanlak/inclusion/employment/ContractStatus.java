package bg.kazanlak.inclusion.employment;

/**
 * Where a contract stands: recorded and awaiting signature, running, ended on its date, ended
 * early.
 */
public enum ContractStatus {
  PLANNED,
  ACTIVE,
  ENDED,
  TERMINATED
}
