/**
 * Rules every string from a client must meet before it is stored or sent to a database:
 * no U+0000 (PostgreSQL's text and jsonb refuse it), no lone UTF-16 surrogate (not Unicode text:
 * PostgreSQL's jsonb refuses `\ud800`, and UTF-8 cannot encode it), and at most a maximum length
 * counted in code points, as PostgreSQL's varchar(n) counts.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` is not acceptable text (no NUL, no lone surrogate), or undefined when it is. */
export function textProblem(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `contains U+0000 (NUL) at offset ${nul}`;
  const m = LONE_SURROGATE.exec(text);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains a lone surrogate U+${code} at offset ${m.index} (not valid Unicode text)`;
  }
  return undefined;
}

/** Length in code points (a character outside the BMP counts once, as in PostgreSQL). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Why `text` breaks the string rules with at most `maxLength` characters, or undefined. */
export function stringProblem(text: string, maxLength?: number): string | undefined {
  const bad = textProblem(text);
  if (bad) return bad;
  if (maxLength !== undefined && text.length > maxLength) {
    const n = codePointLength(text);
    if (n > maxLength) return `is too long (${n} characters; the maximum is ${maxLength})`;
  }
  return undefined;
}
