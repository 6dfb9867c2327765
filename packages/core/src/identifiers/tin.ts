import { parseFailure, parseOk, type ParseResult } from './parse-result.ts';

/** Employer Identification Number (837 REF*EI) or Social Security Number (REF*SY). */
export type TinKind = 'EIN' | 'SSN';

/** A taxpayer identification number: its kind and its nine digits, without hyphens. */
export type Tin = { readonly kind: TinKind; readonly digits: string };

/**
 * EIN prefixes the IRS has never assigned. Source: IRS, "How EINs are assigned and valid EIN
 * prefixes" — every prefix not in its campus table. If the IRS opens a new prefix, remove it here.
 */
// prettier-ignore
const UNASSIGNED_EIN_PREFIXES: ReadonlySet<string> = new Set([
  '00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97',
]);

const EIN_SHAPE = /^\d{2}-\d{7}$/;
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;
const BARE_SHAPE = /^\d{9}$/;

// Messages never quote the input: an SSN typed into the wrong box must not end up in a log.
function checkEin(digits: string): ParseResult<Tin> {
  const prefix = digits.slice(0, 2);
  if (UNASSIGNED_EIN_PREFIXES.has(prefix)) {
    return parseFailure(
      `expected a valid EIN, but the IRS does not assign EINs starting with ${prefix}`,
    );
  }
  return parseOk({ kind: 'EIN', digits });
}

function checkSsn(digits: string): ParseResult<Tin> {
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) {
    return parseFailure(
      `expected a valid SSN, but SSA never assigns SSNs starting with ${area.startsWith('9') ? '9 (those are ITINs)' : area}`,
    );
  }
  if (digits.slice(3, 5) === '00') {
    return parseFailure('expected a valid SSN, but SSA never assigns 00 as the middle two digits');
  }
  if (digits.slice(5) === '0000') {
    return parseFailure('expected a valid SSN, but SSA never assigns 0000 as the last four digits');
  }
  return parseOk({ kind: 'SSN', digits });
}

/**
 * Reads a taxpayer identification number for a billing provider or patient. Hyphens tell the
 * kind: `12-3456789` is an EIN, `123-45-6789` an SSN; nine bare digits need `kind`. When `kind`
 * is given, the hyphen shape must agree with it. Surrounding spaces are ignored.
 *
 * - EIN: the prefix must be one the IRS assigns (IRS, "How EINs are assigned and valid EIN
 *   prefixes"): 00, 07–09, 17–19, 28, 29, 49, 69, 70, 78, 79, 89, 96 and 97 are refused.
 * - SSN: area 000, 666 and 900–999, group 00 and serial 0000 are never assigned (SSA, "Social
 *   Security Number Randomization", 2011). Numbers starting with 9 are IRS ITINs, which this
 *   refuses as SSNs.
 *
 * Error messages never repeat the number, so they are safe to log.
 *
 * @example
 * ```ts
 * parseTin('12-3456789');         // { ok: true, value: { kind: 'EIN', digits: '123456789' } }
 * parseTin('123456789', 'SSN');   // { ok: true, value: { kind: 'SSN', digits: '123456789' } }
 * ```
 */
export function parseTin(text: string, kind?: TinKind): ParseResult<Tin> {
  const trimmed = text.trim();
  let shape: TinKind | undefined;
  if (EIN_SHAPE.test(trimmed)) shape = 'EIN';
  else if (SSN_SHAPE.test(trimmed)) shape = 'SSN';
  else if (!BARE_SHAPE.test(trimmed)) {
    const expected =
      kind === 'EIN'
        ? 'an EIN like 12-3456789'
        : kind === 'SSN'
          ? 'an SSN like 123-45-6789'
          : 'an EIN like 12-3456789 or an SSN like 123-45-6789';
    return parseFailure(`expected ${expected} (nine digits)`);
  }
  if (shape !== undefined && kind !== undefined && shape !== kind) {
    return parseFailure(
      kind === 'EIN'
        ? 'expected an EIN like 12-3456789, but the number is hyphenated like an SSN'
        : 'expected an SSN like 123-45-6789, but the number is hyphenated like an EIN',
    );
  }
  const resolved = shape ?? kind;
  if (resolved === undefined) {
    return parseFailure(
      'expected hyphens to tell an EIN (12-3456789) from an SSN (123-45-6789), or a chosen kind',
    );
  }
  const digits = trimmed.replaceAll('-', '');
  return resolved === 'EIN' ? checkEin(digits) : checkSsn(digits);
}

/**
 * Writes a TIN hyphenated as people read it: EIN `12-3456789`, SSN `123-45-6789`. (The 837
 * REF02 carries the nine digits without hyphens: use `tin.digits`.)
 */
export function formatTin(tin: Tin): string {
  const { digits } = tin;
  return tin.kind === 'EIN'
    ? `${digits.slice(0, 2)}-${digits.slice(2)}`
    : `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}
