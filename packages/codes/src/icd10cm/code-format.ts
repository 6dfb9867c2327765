/**
 * ICD-10-CM code text. The CDC order and codes files carry codes without the dot (`E1122`);
 * the tabular, the index and people write them with a dot after the category (`E11.22`).
 * medbill stores the dotless form and shows the dotted one.
 */

/** A letter, two alphanumerics with at least one digit (the second is a digit except in FY2026 QA0-), then up to four alphanumerics (ICD-10-CM Tabular, code structure). */
const DOTLESS = /^[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])[0-9A-Z]{0,4}$/;

/**
 * The stored form of a code as a person may type it: trimmed, upper case, dot and a trailing
 * `-` (the tabular's "more characters follow") removed. Returns `undefined` for text that is
 * not code-shaped.
 *
 * @example
 * ```ts
 * normalizeIcd10cmCode(' e11.22 '); // 'E1122'
 * normalizeIcd10cmCode('N18.-');    // 'N18'
 * ```
 */
export function normalizeIcd10cmCode(text: string): string | undefined {
  const compact = text.trim().toUpperCase().replace('.', '').replace(/-$/, '');
  return DOTLESS.test(compact) ? compact : undefined;
}

/** Whether `text` is a code in the stored (dotless, upper-case) form. */
export function isDotlessIcd10cmCode(text: string): boolean {
  return DOTLESS.test(text);
}

/**
 * The display form: a dot after the third character when more follow.
 *
 * @example
 * ```ts
 * formatIcd10cmCode('E1122'); // 'E11.22'
 * formatIcd10cmCode('I10');   // 'I10'
 * ```
 */
export function formatIcd10cmCode(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}
