/**
 * Where each value of the UB-04 (CMS-1450) goes: form locator → line, first column and width on
 * the 10 cpi / 6 lpi grid (grid.ts). Locator numbers and formats follow the NUBC UB-04 Data
 * Specifications as CMS restates them (Medicare Claims Processing Manual, Pub. 100-04, ch. 25
 * §75). The line/column map follows the UB-04 print file of the Indian Health Service's RPMS
 * Third Party Billing package (routines ABMDF28X, ABMDF28Y, ABMDF28T, ABMDF28Z): FL 1 on lines
 * 1–4, the revenue lines 1–22 on lines 18–39 with line 23 on line 40, payers A–C on lines 42–44,
 * diagnoses on lines 53–54, providers from line 56.
 *
 * Only the locators medbill fills are listed; the drawn form (form-outline.ts) shows every box.
 */
import { at, atRight } from '../field-position.ts';
import type { FieldPosition } from '../field-position.ts';

export const LOCATOR_FIELDS = {
  '1.name': at(1, 1, 25),
  '1.street': at(2, 1, 25),
  '1.cityStateZip': at(3, 1, 25),
  '1.phone': at(4, 1, 25),
  '2.name': at(1, 26, 25),
  '2.street': at(2, 26, 25),
  '2.cityStateZip': at(3, 26, 25),
  '3a': at(1, 54, 24),
  '3b': at(2, 54, 24),
  '4': at(2, 78, 4),
  '5': at(4, 51, 10),
  '6.from': at(4, 62, 6),
  '6.through': at(4, 69, 6),
  '8b': at(6, 3, 27),
  '9a': at(5, 42, 40),
  '9b': at(6, 32, 30),
  '9c': at(6, 65, 2),
  '9d': at(6, 69, 10),
  '10': at(8, 1, 8),
  '11': at(8, 11, 1),
  '12': at(8, 13, 6),
  '13': at(8, 20, 2),
  '14': at(8, 23, 1),
  '15': at(8, 26, 1),
  '16': at(8, 28, 2),
  '17': at(8, 31, 2),
  // FL 18–28: eleven condition codes between the dotted rules of line 8.
  '18': at(8, 34, 2),
  '19': at(8, 37, 2),
  '20': at(8, 40, 2),
  '21': at(8, 43, 2),
  '22': at(8, 46, 2),
  '23': at(8, 49, 2),
  '24': at(8, 52, 2),
  '25': at(8, 55, 2),
  '26': at(8, 58, 2),
  '27': at(8, 61, 2),
  '28': at(8, 64, 2),
  '31a.code': at(10, 1, 2),
  '31a.date': at(10, 4, 6),
  '32a.code': at(10, 11, 2),
  '32a.date': at(10, 14, 6),
  '33a.code': at(10, 21, 2),
  '33a.date': at(10, 24, 6),
  '34a.code': at(10, 31, 2),
  '34a.date': at(10, 34, 6),
  '31b.code': at(11, 1, 2),
  '31b.date': at(11, 4, 6),
  '32b.code': at(11, 11, 2),
  '32b.date': at(11, 14, 6),
  '33b.code': at(11, 21, 2),
  '33b.date': at(11, 24, 6),
  '34b.code': at(11, 31, 2),
  '34b.date': at(11, 34, 6),
  '38.1': at(12, 1, 41),
  '38.2': at(13, 1, 41),
  '38.3': at(14, 1, 41),
  '38.4': at(15, 1, 41),
  // FL 39–41 a–d: value codes, the amount's cents right of the dotted rule.
  '39a.code': at(13, 43, 2),
  '39a.amount': atRight(13, 46, 10),
  '40a.code': at(13, 56, 2),
  '40a.amount': atRight(13, 59, 10),
  '41a.code': at(13, 69, 2),
  '41a.amount': atRight(13, 72, 10),
  '39b.code': at(14, 43, 2),
  '39b.amount': atRight(14, 46, 10),
  '40b.code': at(14, 56, 2),
  '40b.amount': atRight(14, 59, 10),
  '41b.code': at(14, 69, 2),
  '41b.amount': atRight(14, 72, 10),
  '39c.code': at(15, 43, 2),
  '39c.amount': atRight(15, 46, 10),
  '40c.code': at(15, 56, 2),
  '40c.amount': atRight(15, 59, 10),
  '41c.code': at(15, 69, 2),
  '41c.amount': atRight(15, 72, 10),
  '39d.code': at(16, 43, 2),
  '39d.amount': atRight(16, 46, 10),
  '40d.code': at(16, 56, 2),
  '40d.amount': atRight(16, 59, 10),
  '41d.code': at(16, 69, 2),
  '41d.amount': atRight(16, 72, 10),
  '56': at(41, 70, 10),
  '66': at(54, 1, 1),
  '69': at(55, 5, 7),
  '74.code': at(57, 1, 7),
  '74.date': at(57, 9, 6),
  '74a.code': at(57, 16, 7),
  '74a.date': at(57, 24, 6),
  '74b.code': at(57, 31, 7),
  '74b.date': at(57, 39, 6),
  '74c.code': at(59, 1, 7),
  '74c.date': at(59, 9, 6),
  '74d.code': at(59, 16, 7),
  '74d.date': at(59, 24, 6),
  '74e.code': at(59, 31, 7),
  '74e.date': at(59, 39, 6),
  '76.npi': at(56, 60, 10),
  '76.last': at(57, 54, 15),
  '76.first': at(57, 71, 11),
  '77.npi': at(58, 60, 10),
  '77.last': at(59, 54, 15),
  '77.first': at(59, 71, 11),
  '80.1': at(60, 1, 19),
  '80.2': at(61, 1, 24),
  '80.3': at(62, 1, 24),
  '80.4': at(63, 1, 24),
  // Line 23 of the revenue lines: the 0001 total line, page x of y, creation date, total charges.
  '23.code': at(40, 1, 4),
  '23.page': at(40, 12, 3),
  '23.pages': at(40, 18, 3),
  '23.created': at(40, 46, 6),
  '23.total': atRight(40, 61, 10),
} as const satisfies Record<string, FieldPosition>;

export type LocatorFieldId = keyof typeof LOCATOR_FIELDS;

/** FL 42–47 on revenue lines 1–22 (lines 18–39); line 23 carries the totals. */
export const REVENUE_LINES_PER_PAGE = 22;
const FIRST_REVENUE_LINE = 18;

export const REVENUE_FIELDS = {
  '42': { column: 1, width: 4 },
  '43': { column: 6, width: 24 },
  '44': { column: 31, width: 14 },
  '45': { column: 46, width: 6 },
  '46': { column: 53, width: 7, align: 'right' },
  '47': { column: 62, width: 9, align: 'right' },
} as const satisfies Record<string, Omit<FieldPosition, 'line'>>;

export type RevenueFieldId = keyof typeof REVENUE_FIELDS;

/** Payer lines A, B, C: FL 50–55 on lines 42–44, FL 58–62 on 46–48, FL 63–65 on 50–52. */
export const PAYER_ROWS = ['A', 'B', 'C'] as const;
export type PayerRow = (typeof PAYER_ROWS)[number];

export const PAYER_FIELDS = {
  '50': { firstLine: 42, column: 1, width: 22 },
  '51': { firstLine: 42, column: 24, width: 14 },
  '54': { firstLine: 42, column: 44, width: 10, align: 'right' },
  '58': { firstLine: 46, column: 1, width: 25 },
  '59': { firstLine: 46, column: 27, width: 2 },
  '60': { firstLine: 46, column: 30, width: 20 },
  '61': { firstLine: 46, column: 50, width: 14 },
  '62': { firstLine: 46, column: 65, width: 17 },
  '63': { firstLine: 50, column: 1, width: 29 },
  '64': { firstLine: 50, column: 31, width: 25 },
} as const satisfies Record<string, Omit<FieldPosition, 'line'> & { readonly firstLine: number }>;

export type PayerFieldId = keyof typeof PAYER_FIELDS;

/**
 * FL 67: the principal diagnosis and A–H on line 53, I–Q on line 54 (after FL 66), nine slots
 * of eight columns a line: seven for the code, one for the present-on-admission indicator.
 */
export const DIAGNOSIS_SLOTS = [
  '67',
  ...(
    ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'] as const
  ).map((letter) => `67${letter}` as const),
] as const;
export type DiagnosisSlot = (typeof DIAGNOSIS_SLOTS)[number];
const DIAGNOSIS_LINE = 53;
const SLOTS_PER_LINE = 9;

export type FieldId =
  | LocatorFieldId
  | `${RevenueFieldId}/${number}`
  | `${PayerFieldId}/${PayerRow}`
  | DiagnosisSlot
  | `${DiagnosisSlot}.poa`;

function diagnosisPosition(slot: DiagnosisSlot, poa: boolean): FieldPosition {
  const index = DIAGNOSIS_SLOTS.indexOf(slot);
  const column = 2 + (index % SLOTS_PER_LINE) * 8;
  const line = DIAGNOSIS_LINE + Math.floor(index / SLOTS_PER_LINE);
  return poa ? at(line, column + 7, 1) : at(line, column, 7);
}

/** The position of a locator, of a revenue line's locator, of a payer line's or a diagnosis. */
export function fieldPosition(id: FieldId): FieldPosition {
  if (id in LOCATOR_FIELDS) return LOCATOR_FIELDS[id as LocatorFieldId];
  if (id.startsWith('67')) {
    const [slot, poa] = id.split('.') as [DiagnosisSlot, string | undefined];
    return diagnosisPosition(slot, poa !== undefined);
  }
  const [name, row] = id.split('/') as [string, string];
  if (name in PAYER_FIELDS) {
    const { firstLine, ...field } = PAYER_FIELDS[name as PayerFieldId];
    return { line: firstLine + PAYER_ROWS.indexOf(row as PayerRow), ...field };
  }
  const field: Omit<FieldPosition, 'line'> = REVENUE_FIELDS[name as RevenueFieldId];
  return { line: FIRST_REVENUE_LINE + Number(row) - 1, ...field };
}
