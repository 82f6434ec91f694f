package bg.kazanlak.inclusion.education;

import bg.kazanlak.inclusion.budget.ExpensePaid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the budget's payments of club purchases: the purchase becomes PAID and a paid ASSET
 * becomes an asset of its club. Runs inside the transaction that records the payment, so both
 * commit or roll back with it; a repeated event (a retried job) records nothing twice.
 */
@Component
class ClubPurchasePayments {

  private static final Logger log = LoggerFactory.getLogger(ClubPurchasePayments.class);

  private final ClubRepository repository;

  ClubPurchasePayments(ClubRepository repository) {
    this.repository = repository;
  }

  @EventListener
  @Transactional
  public void on(ExpensePaid paid) {
    if (paid.source() == null || !paid.source().startsWith(ClubService.SOURCE_PREFIX)) {
      return;
    }
    var purchase = repository.findPurchase(paid.expenseNumber()).orElse(null);
    if (purchase == null) {
      // the payment itself stands; only the club's record of it is missing
      log.warn("Expense {} paid for {} has no club purchase", paid.expenseNumber(), paid.source());
      return;
    }
    repository.markPaid(paid.expenseNumber(), paid.paidOn());
    if (purchase.kind() == PurchaseKind.ASSET && !repository.assetRecorded(paid.expenseNumber())) {
      repository.insertAsset(
          paid.expenseNumber(),
          purchase.clubId(),
          purchase.description(),
          paid.amount(),
          paid.paidOn());
      log.info(
          "Asset of club {} recorded from expense {}", purchase.clubId(), paid.expenseNumber());
    }
  }
}
