/**
 * The printed UB-04 (CMS-1450) as drawing instructions on its 10 cpi / 6 lpi grid (grid.ts):
 * rules, shaded revenue lines and captions, for the plain-paper form. Captions follow the form's
 * wording, shortened where the box is narrow. A rule runs through the middle of a column no data
 * uses (25.5 is the middle of column 25) or, where two boxes' data meet, on the edge between two
 * columns (26 is the left edge of column 26), so data never touches a rule.
 */
import { acrossFrame, down, label, title } from '../outline-elements.ts';
import type { OutlineElement, Rule } from '../outline-elements.ts';
import { REVENUE_LINES_PER_PAGE } from './field-map.ts';

/** The frame's left and right edges, just outside columns 1 and 81. */
const L = 0.6;
const R = 82.4;
const across = acrossFrame(L, R);
const small = (text: string, line: number, column: number) => title(text, line, column, 4);
const tiny = (text: string, line: number, column: number) => label(text, line, column, 3.5);

/** Vertical rules over lines `from` to `to` (their tops) at each of `columns`. */
const rules = (from: number, to: number, columns: readonly number[], style?: Rule['style']) =>
  columns.map((column) => down(column, from, to, style));

const FIRST_REVENUE_LINE = 18;
const LINE_23 = FIRST_REVENUE_LINE + REVENUE_LINES_PER_PAGE;

const providerAndPatient: OutlineElement[] = [
  across(1, L, R, 'frame'),
  ...rules(1, 5, [26, 51]),
  down(78, 1, 3),
  across(3, 51),
  ...rules(3, 5, [61.5, 75.5]),
  down(68.5, 4, 5, 'dotted'),
  small('1', 1, 0.8),
  small('2', 1, 26.2),
  small('3a PAT.', 1, 51.2),
  tiny('CNTL #', 1, 51.2),
  small('b. MED.', 2, 51.2),
  tiny('REC. #', 2, 51.2),
  small('4 TYPE', 1, 78.2),
  tiny('OF BILL', 1, 78.2),
  small('5 FED. TAX NO.', 3, 51.2),
  small('6 STATEMENT COVERS PERIOD', 3, 61.8),
  tiny('FROM', 3, 62),
  tiny('THROUGH', 3, 69),
  small('7', 3, 75.8),
  across(5),
  down(30.5, 5, 7),
  small('8 PATIENT NAME', 5, 0.8),
  tiny('a', 5, 0.8),
  tiny('b', 6, 0.8),
  small('9 PATIENT ADDRESS', 5, 31),
  tiny('a', 5, 40.8),
  tiny('b', 6, 30.8),
  tiny('c', 6, 63.8),
  tiny('d', 6, 67.8),
  tiny('e', 6, 80.2),
];

const admission: OutlineElement[] = [
  across(7),
  ...rules(7, 9, [9.5, 12.5, 19.5, 22.5, 24.5, 27.5, 30.5, 33.5, 66.5, 72.5]),
  ...rules(8, 9, [36.5, 39.5, 42.5, 45.5, 48.5, 51.5, 54.5, 57.5, 60.5, 63.5], 'dotted'),
  small('10 BIRTHDATE', 7, 0.8),
  small('11 SEX', 7, 9.8),
  small('ADMISSION', 7, 14),
  tiny('12 DATE', 7, 12.8),
  tiny('13 HR', 7, 19.8),
  tiny('14 TY', 7, 22.7),
  tiny('15 SRC', 7, 24.8),
  tiny('16 DHR', 7, 27.8),
  tiny('17 STAT', 7, 30.8),
  small('CONDITION CODES', 7, 44),
  tiny('18    19    20    21    22    23    24    25    26    27    28', 7, 34),
  small('29 ACDT', 7, 66.8),
  tiny('STATE', 7, 66.8),
  small('30', 7, 72.8),
  across(9),
  ...rules(9, 12, [10.5, 20.5, 30.5, 40.5, 57.5, 74.5]),
  ...rules(10, 12, [3.5, 13.5, 23.5, 33.5, 43.5, 50.5, 60.5, 67.5], 'dotted'),
  small('31 OCCURRENCE', 9, 0.8),
  small('32 OCCURRENCE', 9, 10.8),
  small('33 OCCURRENCE', 9, 20.8),
  small('34 OCCURRENCE', 9, 30.8),
  small('35 OCCURRENCE SPAN', 9, 40.8),
  small('36 OCCURRENCE SPAN', 9, 57.8),
  small('37', 9, 74.8),
  ...[0.8, 10.8, 20.8, 30.8].flatMap((column) => [
    tiny('CODE', 9, column),
    tiny('DATE', 9, column + 4),
  ]),
  ...[40.8, 57.8].flatMap((column) => [
    tiny('CODE', 9, column),
    tiny('FROM', 9, column + 4),
    tiny('THROUGH', 9, column + 10),
  ]),
];

const valueCodes: OutlineElement[] = [
  across(12),
  down(42.5, 12, 17),
  ...rules(12, 17, [55.5, 68.5]),
  ...rules(13, 17, [45.5, 58.5, 71.5], 'dotted'),
  ...rules(13, 17, [53.5, 66.5, 79.5], 'dotted'),
  small('38', 12, 0.6),
  ...[42.8, 55.8, 68.8].flatMap((column, i) => [
    small(`${39 + i} VALUE CODES`, 12, column),
    tiny('CODE', 12, column),
    tiny('AMOUNT', 12, column + 4),
  ]),
  ...['a', 'b', 'c', 'd'].map((letter, i) => tiny(letter, 13 + i, 42.6)),
];

const revenueColumns = [5.5, 30.5, 45.5, 52.5, 60.5, 71.5, 80.5];

const revenueLines: OutlineElement[] = [
  ...Array.from({ length: REVENUE_LINES_PER_PAGE / 2 }, (_, i) => ({
    kind: 'shade' as const,
    line: FIRST_REVENUE_LINE + 2 * i + 1,
    from: L,
    to: R,
  })),
  across(17),
  across(18),
  across(LINE_23),
  ...rules(17, LINE_23 + 1, revenueColumns),
  ...rules(18, LINE_23 + 1, [69, 79], 'dotted'),
  small('42 REV. CD.', 17, 0.8),
  small('43 DESCRIPTION', 17, 5.8),
  small('44 HCPCS / RATE / HIPPS CODE', 17, 31),
  small('45 SERV. DATE', 17, 46),
  small('46 SERV. UNITS', 17, 53),
  small('47 TOTAL CHARGES', 17, 61),
  small('48 NON-COVERED', 17, 71.8),
  small('49', 17, 80.8),
  ...Array.from({ length: REVENUE_LINES_PER_PAGE + 1 }, (_, i) =>
    tiny(String(i + 1), FIRST_REVENUE_LINE + i, 82.6),
  ),
  tiny('PAGE', LINE_23, 9.2),
  tiny('OF', LINE_23, 15.8),
  tiny('CREATION DATE', LINE_23, 38),
  tiny('TOTALS', LINE_23, 55),
];

const payers: OutlineElement[] = [
  across(41, L, R, 'frame'),
  across(42),
  ...rules(41, 45, [23.5, 38.5, 40.5, 42.5, 54.5, 66.5]),
  small('50 PAYER NAME', 41, 0.8),
  small('51 HEALTH PLAN ID', 41, 24),
  tiny('52 REL', 41, 38.7),
  small('INFO', 41, 38.7),
  tiny('53 ASG', 41, 40.7),
  small('BEN.', 41, 40.7),
  small('54 PRIOR PAYMENTS', 41, 43),
  small('55 EST. AMOUNT DUE', 41, 55),
  small('56 NPI', 41, 67),
  tiny('57 OTHER PRV ID', 42, 66.8),
  across(45),
  across(46),
  ...rules(45, 49, [26.5, 29.5, 50, 64.5]),
  small("58 INSURED'S NAME", 45, 0.8),
  small('59 P. REL', 45, 26.8),
  small("60 INSURED'S UNIQUE ID", 45, 30),
  small('61 GROUP NAME', 45, 50.2),
  small('62 INSURANCE GROUP NO.', 45, 65),
  across(49),
  across(50),
  ...rules(49, 53, [30.5, 56.5]),
  small('63 TREATMENT AUTHORIZATION CODES', 49, 0.8),
  small('64 DOCUMENT CONTROL NUMBER', 49, 31),
  small('65 EMPLOYER NAME', 49, 57),
  ...['A', 'B', 'C'].flatMap((row, i) => [
    tiny(row, 42 + i, 0),
    tiny(row, 46 + i, 0),
    tiny(row, 50 + i, 0),
  ]),
];

/** FL 67: nine eight-column slots a line, the last column of each for the POA indicator. */
const diagnosisSlotRules = Array.from({ length: 9 }, (_, i) => 2 + 8 * i).flatMap((start) => [
  down(start + 7, 53, 55, 'dotted'),
  down(start + 8, 53, 55),
]);

const codes: OutlineElement[] = [
  across(53),
  ...diagnosisSlotRules,
  down(2, 54, 55),
  tiny('67', 53, 0.6),
  tiny('66', 54, 0.6),
  ...'ABCDEFGH'.split('').map((letter, i) => title(letter, 53, 10.1 + 8 * i, 3.5)),
  ...'IJKLMNOPQ'.split('').map((letter, i) => title(letter, 54, 2.1 + 8 * i, 3.5)),
  small('68', 53, 74),
  across(55),
  ...rules(55, 56, [12, 41.5, 46.5, 73.5]),
  tiny('69 ADMIT', 55, 0.8),
  small('DX', 55, 0.8),
  tiny('70 PATIENT REASON DX', 55, 12),
  tiny('71 PPS CODE', 55, 41.8),
  tiny('72 ECI', 55, 46.8),
  small('73', 55, 74),
];

const procedures: OutlineElement[] = [
  across(56),
  across(58, L, 45.5),
  ...rules(56, 60, [15.5, 30.5, 45.5, 52.5]),
  small('74 PRINCIPAL PROCEDURE', 56, 0.8),
  small('a. OTHER PROCEDURE', 56, 15.8),
  small('b. OTHER PROCEDURE', 56, 30.8),
  small('c. OTHER PROCEDURE', 58, 0.8),
  small('d. OTHER PROCEDURE', 58, 15.8),
  small('e. OTHER PROCEDURE', 58, 30.8),
  ...[56, 58].flatMap((line) =>
    [0.8, 15.8, 30.8].flatMap((column) => [
      tiny('CODE', line, column),
      tiny('DATE', line, column + 8),
    ]),
  ),
  small('75', 56, 45.8),
];

const providers: OutlineElement[] = [
  ...[56, 58, 60, 62].flatMap((line, i) => [
    across(line, 52.5),
    small(['76 ATTENDING', '77 OPERATING', '78 OTHER', '79 OTHER'][i] ?? '', line, 52.8),
    tiny('NPI', line, 57.5),
    tiny('QUAL', line, 70),
    title('LAST', line + 1, 52.8, 3.5),
    title('FIRST', line + 1, 68.8, 3.5),
  ]),
  across(60),
  ...rules(60, 64, [25]),
  small('80 REMARKS', 60, 0.8),
  small('81CC', 60, 25.2),
  ...['a', 'b', 'c', 'd'].map((letter, i) => tiny(letter, 60 + i, 25.2)),
  across(64, L, R, 'frame'),
  down(L, 1, 64, 'frame'),
  down(R, 1, 64, 'frame'),
  title('UB-04 CMS-1450', 64, 0.6, 7),
  title('NUBC National Uniform Billing Committee', 64, 63, 5),
];

/** Everything the plain-paper form draws, in drawing order (shading before rules and text). */
export const FORM_OUTLINE: readonly OutlineElement[] = [
  ...providerAndPatient,
  ...admission,
  ...valueCodes,
  ...revenueLines,
  ...payers,
  ...codes,
  ...procedures,
  ...providers,
].sort((a, b) => Number(b.kind === 'shade') - Number(a.kind === 'shade'));
