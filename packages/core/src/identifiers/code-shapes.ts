import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

// Shape checks only: whether a code exists in the official code set for a date of service is
// decided later, against the code tables, by another package.

const ICD10CM_DOTTED = /^([A-Z]\d[A-Z\d])\.([A-Z\d]{1,4})$/;
const ICD10CM_PLAIN = /^[A-Z]\d[A-Z\d]{1,5}$/;

/**
 * Reads an ICD-10-CM diagnosis code as typed — `E11.22`, `e1122`, `S52.531A`, `Z3A.20`,
 * `U07.1` — and returns it uppercase without the dot (`E1122`), as the 837 HI segment carries
 * it: "do not transmit the decimal points in the diagnosis codes; the decimal point is assumed"
 * (005010X222A1 2300 HI01-2). Shape (CMS, ICD-10-CM code structure): 3 to 7 characters — a
 * letter (any, U included: U07.1), a digit, then letters or digits; a dot, if typed, goes after
 * the third character.
 *
 * @example
 * ```ts
 * parseIcd10cm('e11.22'); // { ok: true, value: 'E1122' }
 * ```
 */
export function parseIcd10cm(text: string): ParseResult<string> {
  const code = text.trim().toUpperCase();
  const dotted = ICD10CM_DOTTED.exec(code);
  if (dotted !== null) return parseOk(`${dotted[1] ?? ''}${dotted[2] ?? ''}`);
  if (ICD10CM_PLAIN.test(code)) return parseOk(code);
  if (/^\d{3}(?:\.\d{1,2})?$/.test(code)) {
    return parseFailure(
      `expected an ICD-10-CM code, which starts with a letter, like E11.22; ${quoteInput(text)} looks like an ICD-9 code`,
    );
  }
  if (code.indexOf('.') !== 3 && ICD10CM_PLAIN.test(code.replace('.', ''))) {
    return parseFailure(
      `expected the dot of an ICD-10-CM code after the third character, like E11.22, got ${quoteInput(text)}`,
    );
  }
  return parseFailure(
    `expected an ICD-10-CM code like E11.22 (a letter, a digit, then 1 to 5 letters or digits), got ${quoteInput(text)}`,
  );
}

/**
 * Writes an ICD-10-CM code for people, with its dot: `E1122` → `E11.22`; three-character
 * codes (`I10`) have none. Text that is not a code is returned as given.
 */
export function formatIcd10cm(code: string): string {
  const result = parseIcd10cm(code);
  if (!result.ok) return code;
  const plain = result.value;
  return plain.length > 3 ? `${plain.slice(0, 3)}.${plain.slice(3)}` : plain;
}

/** Which code set a procedure code belongs to. Both go in the 837 SV101-1 with qualifier HC. */
export type ProcedureSystem = 'cpt' | 'hcpcs';

/** A procedure code and its code set. */
export type ProcedureCode = { readonly system: ProcedureSystem; readonly code: string };

/** CPT: five digits (Category I), or four digits and F (Category II), T (Category III), U (PLA). */
const CPT_SHAPE = /^\d{4}[\dFTU]$/;

/** HCPCS Level II: a letter A–V and four digits (CMS HCPCS Level II code set). */
const HCPCS_SHAPE = /^[A-V]\d{4}$/;

/**
 * Reads a procedure code — CPT (`99213`, `3044F`, `0042T`, `0001U`) or HCPCS Level II
 * (`G0439`, `j3301`) — uppercase, and tells which code set it is.
 *
 * @example
 * ```ts
 * parseProcedureCode('j3301'); // { ok: true, value: { system: 'hcpcs', code: 'J3301' } }
 * ```
 */
export function parseProcedureCode(text: string): ParseResult<ProcedureCode> {
  const code = text.trim().toUpperCase();
  if (CPT_SHAPE.test(code)) return parseOk({ system: 'cpt', code });
  if (HCPCS_SHAPE.test(code)) return parseOk({ system: 'hcpcs', code });
  return parseFailure(
    `expected a CPT code like 99213 or a HCPCS code like G0439, got ${quoteInput(text)}`,
  );
}

/**
 * Reads a procedure modifier (`25`, `lt`, `GT`): two letters or digits, uppercase, as in the
 * 837 SV101-3 to SV101-6.
 */
export function parseModifier(text: string): ParseResult<string> {
  const modifier = text.trim().toUpperCase();
  if (/^[\dA-Z]{2}$/.test(modifier)) return parseOk(modifier);
  return parseFailure(`expected a two-character modifier like 25 or LT, got ${quoteInput(text)}`);
}

/**
 * Reads a place of service code (`11` office, `21` inpatient hospital): two digits from 01 to
 * 99, as in the 837P CLM05-1 and SV105 (CMS Place of Service Code Set).
 */
export function parsePlaceOfService(text: string): ParseResult<string> {
  const pos = text.trim();
  if (/^\d{2}$/.test(pos) && pos !== '00') return parseOk(pos);
  return parseFailure(
    `expected a two-digit place of service code from 01 to 99, like 11, got ${quoteInput(text)}`,
  );
}

/**
 * Reads a Health Care Provider Taxonomy code (NUCC): three digits, six letters or digits and
 * a closing X — `207Q00000X` family medicine, `2084N0400X` neurology, `207RC0000X`
 * cardiovascular disease. Uppercase; as in the 837 PRV03.
 */
export function parseTaxonomy(text: string): ParseResult<string> {
  const taxonomy = text.trim().toUpperCase();
  if (/^\d{3}[\dA-Z]{6}X$/.test(taxonomy)) return parseOk(taxonomy);
  return parseFailure(
    `expected a 10-character taxonomy code like 207Q00000X, got ${quoteInput(text)}`,
  );
}

/**
 * Reads a revenue code for institutional claims (NUBC; 837I SV201): four digits. Three digits
 * are taken as the code with its leading zero left off, as UB-04 form locator 42 is often
 * written: `450` → `0450`.
 */
export function parseRevenueCode(text: string): ParseResult<string> {
  const code = text.trim();
  if (/^\d{3,4}$/.test(code)) return parseOk(code.padStart(4, '0'));
  return parseFailure(`expected a four-digit revenue code like 0450, got ${quoteInput(text)}`);
}
