package bg.kazanlak.inclusion.employment;

/** A freed place given to the first suitable person on the waiting list. */
public record PlaceOffer(String registrationNumber, String employerId) {}
