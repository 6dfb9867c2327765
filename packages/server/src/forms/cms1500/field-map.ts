/**
 * Where each value of the 1500 (02/12) goes: box id → line, first column and width on the 10 cpi
 * / 6 lpi grid (see grid.ts for the grid and the sources of its positions). Item numbers and
 * formats follow the NUCC 1500 Reference Instruction Manual for form version 02/12.
 *
 * Only the boxes medbill fills are listed; the drawn form (form-outline.ts) shows every box.
 */
import { at, atRight } from '../field-position.ts';
import type { FieldPosition } from '../field-position.ts';

const check = (line: number, column: number): FieldPosition => at(line, column, 1);

export const BOX_FIELDS = {
  // Carrier block: name, address line 1, address line 2, city state ZIP (NUCC "Carrier Block").
  'payer.name': at(2, 41, 38),
  'payer.line1': at(3, 41, 38),
  'payer.line2': at(4, 41, 38),
  'payer.cityStateZip': at(5, 41, 38),
  '1.medicare': check(8, 1),
  '1.medicaid': check(8, 8),
  '1.tricare': check(8, 15),
  '1.champva': check(8, 24),
  '1.group': check(8, 31),
  '1.other': check(8, 45),
  '1a': at(8, 50, 29),
  '2': at(10, 1, 28),
  '3.date': at(10, 31, 10),
  '3.male': check(10, 42),
  '3.female': check(10, 47),
  '4': at(10, 50, 29),
  '5.street': at(12, 1, 28),
  '6.self': check(12, 33),
  '6.spouse': check(12, 38),
  '6.child': check(12, 42),
  '6.other': check(12, 47),
  '7.street': at(12, 50, 29),
  '5.city': at(14, 1, 24),
  '5.state': at(14, 26, 2),
  '7.city': at(14, 50, 23),
  '7.state': at(14, 74, 2),
  '5.zip': at(16, 1, 10),
  '5.phoneArea': at(16, 15, 3),
  '5.phone': at(16, 19, 7),
  '7.zip': at(16, 50, 10),
  '7.phoneArea': at(16, 65, 3),
  '7.phone': at(16, 69, 7),
  '11': at(18, 50, 29),
  '10a.yes': check(20, 35),
  '10a.no': check(20, 41),
  '11a.date': at(20, 53, 10),
  '11a.male': check(20, 68),
  '11a.female': check(20, 75),
  '10b.yes': check(22, 35),
  '10b.no': check(22, 41),
  '10b.state': at(22, 45, 2),
  '10c.yes': check(24, 35),
  '10c.no': check(24, 41),
  '11c': at(24, 50, 29),
  '12': at(29, 7, 22),
  '13': at(29, 55, 24),
  '14.date': at(32, 2, 8),
  '14.qualifier': at(32, 18, 3),
  '15.qualifier': at(32, 31, 3),
  '15.date': at(32, 37, 8),
  '17.qualifier': at(34, 1, 2),
  '17.name': at(34, 4, 24),
  '17b': at(34, 33, 10),
  '20.no': check(36, 57),
  '21.indicator': check(37, 42),
  '21.A': at(38, 3, 7),
  '21.B': at(38, 16, 7),
  '21.C': at(38, 29, 7),
  '21.D': at(38, 42, 7),
  '21.E': at(39, 3, 7),
  '21.F': at(39, 16, 7),
  '21.G': at(39, 29, 7),
  '21.H': at(39, 42, 7),
  '21.I': at(40, 3, 7),
  '21.J': at(40, 16, 7),
  '21.K': at(40, 29, 7),
  '21.L': at(40, 42, 7),
  '22.code': at(38, 50, 11),
  '22.original': at(38, 62, 17),
  '25': at(56, 1, 15),
  '25.ssn': check(56, 17),
  '25.ein': check(56, 19),
  '26': at(56, 23, 14),
  '27.yes': check(56, 38),
  '28.dollars': atRight(56, 51, 6),
  '28.cents': at(56, 58, 2),
  '31.signature': at(60, 1, 20),
  '31.date': at(61, 6, 8),
  '32.name': at(58, 23, 26),
  '32.street': at(59, 23, 26),
  '32.cityStateZip': at(60, 23, 26),
  '32a': at(61, 23, 10),
  '33.phoneArea': at(57, 66, 3),
  '33.phone': at(57, 70, 7),
  '33.name': at(58, 50, 29),
  '33.street': at(59, 50, 29),
  '33.cityStateZip': at(60, 50, 29),
  '33a': at(61, 50, 10),
  '33b': at(61, 63, 16),
} as const satisfies Record<string, FieldPosition>;

export type BoxFieldId = keyof typeof BOX_FIELDS;

/** Six service lines a page; line n prints its shaded half on line 41 + 2n, its data below. */
export const SERVICE_LINES_PER_PAGE = 6;
export type ServiceLineNumber = 1 | 2 | 3 | 4 | 5 | 6;

const FIRST_SHADED_LINE = 43;

interface LineFieldPosition {
  readonly shaded: boolean;
  readonly column: number;
  readonly width: number;
  readonly align?: 'right';
}

export const LINE_FIELDS = {
  /** NDC and other supplemental information, shaded half, 24A through 24G. */
  '24.supplemental': { shaded: true, column: 1, width: 61 },
  '24A.from': { shaded: false, column: 1, width: 8 },
  '24A.to': { shaded: false, column: 10, width: 8 },
  '24B': { shaded: false, column: 19, width: 2 },
  '24D.code': { shaded: false, column: 25, width: 6 },
  '24D.modifiers': { shaded: false, column: 33, width: 11 },
  '24E': { shaded: false, column: 45, width: 4 },
  '24F.dollars': { shaded: false, column: 50, width: 5, align: 'right' },
  '24F.cents': { shaded: false, column: 56, width: 2 },
  '24G': { shaded: false, column: 59, width: 4 },
  '24J': { shaded: false, column: 68, width: 10 },
} as const satisfies Record<string, LineFieldPosition>;

export type LineFieldId = keyof typeof LINE_FIELDS;
export type ServiceLineFieldId = `${LineFieldId}/${ServiceLineNumber}`;
export type FieldId = BoxFieldId | ServiceLineFieldId;

/** The position of a box, or of a service-line box on line n of the page. */
export function fieldPosition(id: FieldId): FieldPosition {
  if (id in BOX_FIELDS) return BOX_FIELDS[id as BoxFieldId];
  const [name, n] = id.split('/') as [LineFieldId, string];
  const field: LineFieldPosition = LINE_FIELDS[name];
  const shadedLine = FIRST_SHADED_LINE + 2 * (Number(n) - 1);
  return {
    line: field.shaded ? shadedLine : shadedLine + 1,
    column: field.column,
    width: field.width,
    ...(field.align ? { align: field.align } : {}),
  };
}
