package bg.kazanlak.inclusion.familyhouse;

/**
 * A referral as the start form of {@code family-house-referral} submits it. The reason is personal
 * data: it is never printed.
 */
record NewReferral(
    String registrationNumber,
    String houseId,
    ReferralDestination destination,
    String organisation,
    String reason) {

  @Override
  public String toString() {
    return "NewReferral[%s, %s, %s, reason withheld]"
        .formatted(registrationNumber, houseId, destination);
  }
}
