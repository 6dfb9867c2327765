/**
 * ICD-10-PCS code text. A code is seven characters, each a digit or a letter other than I and O
 * ("easily confused with the numbers 1 and 0": ICD-10-PCS Official Guidelines for Coding and
 * Reporting, Conventions A1–A2). The CMS order file also lists the three-character headings of
 * its tables (section, body system, root operation), which are not valid for submission.
 */

const PCS_CHARACTERS = /^[0-9A-HJ-NP-Z]+$/;

/** The length of a code valid for submission. */
export const ICD10PCS_CODE_LENGTH = 7;

/**
 * The stored form of a code or a code's beginning as a person may type it: trimmed, upper case,
 * inner blanks and dashes removed (`0DT J4ZZ`, `0dt-j4-zz`). Undefined when it cannot be one
 * (a letter I or O, more than seven characters).
 *
 * @example
 * ```ts
 * normalizeIcd10pcsCode(' 0dtj4zz '); // '0DTJ4ZZ'
 * normalizeIcd10pcsCode('0DTJ4Z0O');  // undefined
 * ```
 */
export function normalizeIcd10pcsCode(text: string): string | undefined {
  const compact = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '');
  return compact.length <= ICD10PCS_CODE_LENGTH && PCS_CHARACTERS.test(compact)
    ? compact
    : undefined;
}

/**
 * Why an order-file code cannot be an ICD-10-PCS code with this flag, or undefined: a code valid
 * for submission has all seven characters; a header has fewer (CMS heads each table with its
 * first three).
 */
export function icd10pcsOrderCodeProblem(
  code: string,
  validForSubmission: boolean,
): string | undefined {
  if (!PCS_CHARACTERS.test(code) || code.length > ICD10PCS_CODE_LENGTH)
    return 'expected an ICD-10-PCS code: up to 7 of 0-9 and A-Z without I and O (e.g. 0DTJ4ZZ)';
  if (validForSubmission && code.length !== ICD10PCS_CODE_LENGTH)
    return `expected 7 characters for a code valid for submission (flag 1), found ${code.length}`;
  if (!validForSubmission && code.length === ICD10PCS_CODE_LENGTH)
    return 'expected a heading of fewer than 7 characters for flag 0 (header)';
  return undefined;
}

/**
 * Whether a search box text is a PCS code being typed rather than words: three to seven code
 * characters that start with a digit (sections 0–9; no ICD-10-CM or HCPCS code does), or all
 * seven with a digit among them (imaging `BW03ZZZ`, new technology `XW033E5`).
 */
export function looksLikeIcd10pcsCode(text: string): boolean {
  const code = normalizeIcd10pcsCode(text);
  if (code === undefined || code.length < 3 || !/\d/.test(code)) return false;
  return /^\d/.test(code) || code.length === ICD10PCS_CODE_LENGTH;
}
