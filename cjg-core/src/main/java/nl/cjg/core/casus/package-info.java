/**
 * Cases brought to the CJG case meeting as the bespreekformulier describes them ({@link
 * nl.cjg.core.casus.Casus}), the consent for discussing them ({@link
 * nl.cjg.core.casus.Toestemming}), the family plan of 1 Gezin 1 Plan ({@link
 * nl.cjg.core.casus.Gezinsplan}) and the agreements made about them ({@link
 * nl.cjg.core.casus.Afspraak}). A case without consent is anonymous: it cannot hold data that
 * identify the child, and personal data never show in {@code toString}.
 */
@CjgStyle
package nl.cjg.core.casus;

import nl.cjg.core.CjgStyle;
