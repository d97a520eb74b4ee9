/**
 * When two strings name the same thing. SCIM compares strings whose `caseExact` is false without
 * regard to case (RFC 7643 §2.2), and a userName must be unique by that rule; "same" must also
 * survive what Unicode allows to look alike.
 */

/** Fullwidth and halfwidth forms, and the ideographic space: RFC 8265's width mapping (their <wide>/<narrow> decompositions). */
const WIDE_OR_NARROW = /[\u3000\uFF01-\uFF5E\uFF61-\uFFDC\uFFE0-\uFFEE]/g;
/** Code points that render as nothing (zero-width space and joiners, soft hyphen, BOM, variation selectors...). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Key for case-insensitive comparison of SCIM strings: NFC, then full Unicode lower case (`MÜLLER` = `müller`). */
export function caseFold(s: string): string {
  return s.normalize('NFC').toLowerCase().normalize('NFC');
}

/**
 * Key for userName uniqueness and matching: RFC 8265's UsernameCaseMapped profile (width mapping,
 * case mapping, NFC), plus two choices of ours for what the profile would refuse: surrounding
 * white space is ignored and invisible code points are dropped, so `bob` and `bo\u200Bb` or
 * ` bob ` are one user (a stray copy-pasted character matches the existing account instead of
 * making a second one or failing the IdP's create). The userName itself is stored as sent.
 */
export function usernameKey(s: string): string {
  return caseFold(
    s
      .replace(WIDE_OR_NARROW, (c) => c.normalize('NFKC'))
      .replace(INVISIBLE, '')
      .trim(),
  );
}
