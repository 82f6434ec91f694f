/**
 * Documents the programme prints in Bulgarian (the employment contract, the referral letter): one
 * embedded Cyrillic font, one page format. Depends on no module.
 */
@ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {})
package bg.kazanlak.inclusion.document;

import org.springframework.modulith.ApplicationModule;
