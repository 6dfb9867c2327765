import { isOneOf } from './literal-union.ts';
import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

/**
 * USPS two-letter codes for the 50 states, the District of Columbia, the five inhabited
 * territories, and the Armed Forces "states" of military mail (USPS Publication 28, Appendix B).
 * The freely associated states (FM, MH, PW) are left out: their addresses are foreign for
 * billing purposes. The 837 N402 carries these codes.
 */
// prettier-ignore
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA',
  'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ',
  'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  'DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'AA', 'AE', 'AP',
] as const;

/** A USPS state, territory or military code from {@link US_STATES}. */
export type UsState = (typeof US_STATES)[number];

/** The name of each code, as USPS spells it. */
export const US_STATE_NAMES: Readonly<Record<UsState, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
  GU: 'Guam',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
  AA: 'Armed Forces Americas',
  AE: 'Armed Forces Europe',
  AP: 'Armed Forces Pacific',
};

/** Whether `text` is exactly one of {@link US_STATES} (uppercase, no spaces). */
export function isUsState(text: string): text is UsState {
  return isOneOf(US_STATES, text);
}

/**
 * Reads a state as people type it: the code in any case (`il`, ` IL `) or the full name
 * (`Illinois`), and returns the USPS code.
 *
 * @example
 * ```ts
 * parseUsState('new york'); // { ok: true, value: 'NY' }
 * ```
 */
export function parseUsState(text: string): ParseResult<UsState> {
  const trimmed = text.trim();
  const code = trimmed.toUpperCase();
  if (isUsState(code)) return parseOk(code);
  const name = trimmed.replace(/\s+/g, ' ').toLowerCase();
  const byName = US_STATES.find((candidate) => US_STATE_NAMES[candidate].toLowerCase() === name);
  if (byName !== undefined) return parseOk(byName);
  return parseFailure(`expected a two-letter USPS state code like IL, got ${quoteInput(text)}`);
}
