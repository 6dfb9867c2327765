import type { Address, IsoDate } from '@medbill/core';
import { formatZip } from '@medbill/core';

// How values are written into the boxes of the 1500 (02/12), per the NUCC 1500 Reference
// Instruction Manual: upper case for OCR, no punctuation in names and addresses, dates as
// MM DD YY or MM DD YYYY in the box's own columns, amounts as dollars and cents.

/**
 * Upper case letters, digits, spaces and hyphens only: the manual allows a hyphen in
 * hyphenated names and ZIP+4 and no other punctuation ("123 N Main Street 101", not
 * "123 N. Main Street, #101"). Periods and apostrophes close up (`O'NEIL` → `ONEIL`); accents
 * are dropped for the OCR reader.
 */
export function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[.'’]/g, '')
    .replace(/[^A-Z0-9 -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PersonName {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string | undefined;
  readonly suffix?: string | undefined;
}

/**
 * Items 2 and 4: "LAST, FIRST, MI", commas between the parts, a generational suffix after the
 * last name (`SMITH JR, JOHN, A`).
 */
export function personName(name: PersonName): string {
  const last = plainText(name.suffix ? `${name.lastName} ${name.suffix}` : name.lastName);
  const middle = name.middleName ? plainText(name.middleName).slice(0, 1) : '';
  return [last, plainText(name.firstName), ...(middle ? [middle] : [])].join(', ');
}

/** Items 17 and 31: first name, middle initial, last name, then credentials (`ADA OKAFOR MD`). */
export function providerName(
  name: PersonName & { readonly credential?: string | undefined },
): string {
  return plainText(
    [name.firstName, name.middleName?.slice(0, 1), name.lastName, name.suffix, name.credential]
      .filter((part) => part)
      .join(' '),
  );
}

/** Items 5, 7, 32 and 33 have one street line: the second address line follows the first. */
export function streetLine(address: Address): string {
  return plainText(address.line2 ? `${address.line1} ${address.line2}` : address.line1);
}

/** Items 32 and 33: `SPRINGFIELD IL 62701-1234`, no comma, a hyphen in a 9-digit ZIP. */
export function cityStateZip(address: Address): string {
  return `${plainText(address.city)} ${address.state} ${formatZip(address.zip)}`;
}

/** `MM DD YY` (24A, 31) or `MM DD YYYY` (3, 11a): each part in its own columns. */
export function formDate(date: IsoDate, year: 'YY' | 'YYYY'): string {
  const yyyy = date.slice(0, 4);
  return `${date.slice(5, 7)} ${date.slice(8, 10)} ${year === 'YY' ? yyyy.slice(2) : yyyy}`;
}

/** Items 24F, 28: dollars right-justified in their columns, cents in theirs, no `$` or commas. */
export function amountColumns(cents: number): { readonly dollars: string; readonly cents: string } {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new Error(`a 1500 amount must be whole cents, not negative: ${cents}`);
  return { dollars: String(Math.trunc(cents / 100)), cents: String(cents % 100).padStart(2, '0') };
}

/** Area code and number apart, no hyphen or space inside the number (`217`, `5550100`). */
export function phoneColumns(digits: string): { readonly area: string; readonly number: string } {
  return { area: digits.slice(0, 3), number: digits.slice(3) };
}

/** 24E: diagnosis pointers 1–12 as the letters of item 21, left-justified, no commas (`AB`). */
export function pointerLetters(pointers: readonly number[]): string {
  return pointers.map((p) => String.fromCharCode(64 + p)).join('');
}

/** Cuts text to the characters a box holds; names and addresses longer than the box are cut. */
export function fitTo(text: string, width: number): string {
  return text.slice(0, width).trimEnd();
}
