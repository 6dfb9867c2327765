import { isoDate } from '@medbill/core';
import type { ScrubClaim, ScrubConditions, ScrubContext } from '@medbill/core';
import { male, onFile, visit } from './corpus-builder.ts';
import { inpatientStay, outpatientVisit } from './institutional-corpus.ts';

/** A claim with exactly one planted defect, the real code-set fact it rests on, and the rule that must find it. */
export interface PlantedDefect {
  readonly expect: string;
  readonly fact: string;
  readonly claim: ScrubClaim;
  readonly context?: ScrubContext;
  /** Other reject/deny rules the same defect trips by nature (a header pointed at by a line). */
  readonly alsoFlags?: readonly string[];
}

const dx = (codes: string, fact: string, expect: string, change = {}): PlantedDefect => ({
  expect,
  fact,
  claim: visit(codes.split(' '), ['99213'], change),
});

const line = (
  lines: string,
  codes: string,
  fact: string,
  expect: string,
  context?: ScrubContext,
): PlantedDefect => ({
  expect,
  fact,
  claim: visit(codes.split(' '), lines.split(' ')),
  ...(context ? { context } : {}),
});

const EXCLUDES1: readonly [string, string, string][] = [
  ['E119', 'E109', 'E11 Excludes1 type 1 diabetes mellitus (E10.-)'],
  ['N390', 'N3000', 'N39.0 Excludes1 cystitis (N30.-)'],
  ['F329', 'F339', 'F32 Excludes1 recurrent depressive disorder (F33.-)'],
  ['R42', 'H8110', 'R42 Excludes1 vertiginous syndromes (H81.-)'],
  ['A040', 'A050', 'A04 Excludes1 bacterial foodborne intoxications, NEC (A05.-)'],
  ['C000', 'C430', 'C00 Excludes1 malignant melanoma of lip (C43.0)'],
  ['F0390', 'R4181', 'F03 Excludes1 senility NOS (R41.81)'],
  ['J00', 'J020', 'J00 Excludes1 acute pharyngitis (J02.-)'],
  ['N000', 'N10', 'N00 Excludes1 acute tubulo-interstitial nephritis (N10)'],
  ['R051', 'R042', 'R05 Excludes1 cough with hemorrhage (R04.2)'],
  ['L00', 'L0103', 'L00 Excludes1 bullous impetigo (L01.03)'],
  ['G000', 'G042', 'G00 Excludes1 bacterial meningoencephalitis (G04.2)'],
];

const carCrash: ScrubConditions = {
  relatedCauses: ['AA'],
  accidentState: 'IL',
  accidentDate: isoDate('2026-04-11'),
};

const fellOnApril14: Partial<ScrubClaim> = {
  conditions: { relatedCauses: ['OA'], accidentDate: isoDate('2026-04-14') },
};

/** Every planted defect, one per claim. */
export const PLANTED_DEFECTS: readonly PlantedDefect[] = [
  // ICD-10-CM validity on the DOS (FY2026 order file, FY2026 conversion table).
  dx('I10 E11', 'E11 is a header in FY2026', 'ICD-VALID-001'),
  dx('I10 I50', 'I50 is a header in FY2026', 'ICD-VALID-001'),
  dx('I10 M545', 'M54.5 became a header in FY2022 (M54.50–M54.59)', 'ICD-VALID-001'),
  dx('I10 R51', 'R51 became a header in FY2021 (R51.0, R51.9)', 'ICD-VALID-001'),
  dx('I10 S301XXA', 'S30.1XXA deleted in FY2026, replaced by S30.11XA–S30.13XA', 'ICD-VALID-001'),
  dx('I10 T7807XA', 'T78.07XA deleted in FY2026, replaced by T78.070A…', 'ICD-VALID-001'),
  dx('I10 E1199', 'E11.99 is not an ICD-10-CM code', 'ICD-VALID-001'),
  // 7th characters (FY2021 Tabular sevenChrDef, FY2026 order file).
  ...['S52531', 'S72001', 'S9301', 'S8001', 'T148', 'S52531Z'].map((c) =>
    dx(`I10 ${c}`, `${c}: category requires a 7th character`, 'ICD-7TH-001'),
  ),
  ...['S0990A', 'S0300A', 'T148A', 'T7840A'].map((c) =>
    dx(`I10 ${c}`, `${c}: 7th character without the placeholder X`, 'ICD-7TH-001'),
  ),
  // Excludes1 pairs from the Tabular.
  ...EXCLUDES1.map(([a, b, fact]) => dx(`${a} ${b}`, fact, 'ICD-EXCL1-001')),
  // Sequencing.
  {
    ...dx('G63 C3490', 'G63 "in diseases classified elsewhere" first-listed', 'ICD-MANIF-001'),
    alsoFlags: ['ICD-CODEFIRST-001'],
  },
  {
    ...dx('F0280 G309', 'F02.80 manifestation first-listed', 'ICD-MANIF-001'),
    alsoFlags: ['ICD-CODEFIRST-001'],
  },
  dx('I10 F0280 G309', 'F02 "code first" G30 listed after it', 'ICD-CODEFIRST-001'),
  dx(
    'I10 D631',
    'D63.1 code first underlying chronic kidney disease (N18.-), absent',
    'ICD-CODEFIRST-001',
  ),
  dx('W19XXXA S0990XA', 'W19 external cause first-listed', 'ICD-EXTCAUSE-001', fellOnApril14),
  dx('W010XXA S0990XA', 'W01 external cause first-listed', 'ICD-EXTCAUSE-001', fellOnApril14),
  // Age and sex (MCE ranges, Tabular sections).
  dx('Z3800', 'Z38 liveborn infant on a 70-year-old', 'ICD-AGE-001'),
  dx('Z3801', 'Z38 liveborn infant on a 70-year-old', 'ICD-AGE-001'),
  ...['N400', 'N410', 'C61', 'N521'].map((c) =>
    dx(`I10 ${c}`, `${c} male genital section, patient F`, 'ICD-SEX-001'),
  ),
  ...['N920', 'N952', 'N7011', 'C530', 'Z3A20'].map((c) =>
    dx(`I10 ${c}`, `${c} female-only, patient M`, 'ICD-SEX-001', male),
  ),
  // Unspecified (warn).
  dx('M1710', 'M17.10 unspecified knee; M17.11/M17.12 exist', 'ICD-UNSPEC-001'),
  dx('H6690', 'H66.90 unspecified ear; H66.91/H66.92 exist', 'ICD-UNSPEC-001'),
  // Procedure codes and modifiers (HCPCS 2026-04, PFS RVU25D).
  line('99213 A4397', 'I10', 'A4397 terminated 2021-12-31', 'PROC-VALID-001'),
  line('99213 A4466', 'I10', 'A4466 terminated 2016-12-31', 'PROC-VALID-001'),
  line('99213 A0000', 'I10', 'A0000 is not a HCPCS code', 'PROC-VALID-001'),
  line('99213-ZZ', 'I10', 'ZZ is not a CPT or HCPCS modifier', 'MOD-VALID-001'),
  line('99213-YY', 'I10', 'YY is not a CPT or HCPCS modifier', 'MOD-VALID-001'),
  line('20610-50-RT', 'M1711', '50 with RT', 'MOD-BILAT-001'),
  line('69210-50', 'H6121', '69210 bilateral indicator 2', 'MOD-BILAT-001'),
  line('99213-50', 'I10', '99213 bilateral indicator 0', 'MOD-BILAT-001'),
  line('93000-26', 'R0789', '93000 PC/TC indicator 4', 'MOD-PCTC-001'),
  line('99213-TC', 'I10', '99213 PC/TC indicator 0', 'MOD-PCTC-001'),
  line('20610-26', 'M1711', '20610 PC/TC indicator 0', 'MOD-PCTC-001'),
  line('99214 20610', 'M1711', '20610 global 000', 'MOD-25-001'),
  line('99213 11102', 'D485', '11102 global 000', 'MOD-25-001'),
  line('99213 17110', 'B078', '17110 global 010', 'MOD-25-001'),
  line('99213 93000-59', 'R0789', 'no PTP edit 99213/93000', 'MOD-59-001'),
  line('99213 36415-XS', 'E119', 'no PTP edit 99213/36415', 'MOD-59-001'),
  // NCCI PTP (fixture pairs), MUE (2026Q2 practitioner table), AOC (2026Q2).
  line('93000 93005', 'R0789', 'PTP 93000/93005 modifier indicator 0', 'NCCI-PTP-001'),
  line('80053 82947', 'E119', 'PTP 80053/82947 modifier indicator 0', 'NCCI-PTP-001'),
  line('45380 45378', 'K635', 'PTP 45380/45378 modifier indicator 1, no bypass', 'NCCI-PTP-001'),
  line('97530 97140', 'M5450', 'PTP 97530/97140 modifier indicator 1, no bypass', 'NCCI-PTP-001'),
  line('43239 43235', 'K219', 'PTP 43239/43235 modifier indicator 1, no bypass', 'NCCI-PTP-001'),
  ...(
    [
      ['11102', 2, 'D485', 'MUE 11102 = 1, MAI 2'],
      ['20560', 2, 'M7918', 'MUE 20560 = 1, MAI 2'],
      ['93000', 4, 'R0789', 'MUE 93000 = 3, MAI 3'],
      ['20206', 4, 'M6289', 'MUE 20206 = 3, MAI 3'],
      ['A6460', 2, 'L03115', 'MUE A6460 = 1, MAI 1'],
    ] as const
  ).map(([code, units, d, fact]) => ({
    expect: 'NCCI-MUE-001',
    fact,
    claim: visit([d], [{ code, units, dollars: 100 * units }]),
  })),
  ...(
    [
      ['11103', 'D485'],
      ['64484', 'M5416'],
      ['17003', 'L570'],
      ['11045', 'L97919'],
      ['99292', 'I469'],
      ['96375', 'E86.0'],
    ] as const
  ).map(([code, d]) =>
    line(`99213 ${code}`, d.replace('.', ''), `${code} add-on without its primary`, 'NCCI-AOC-001'),
  ),
  // Global surgery (claims on file) and multiple procedures.
  line(
    '99213',
    'M25561',
    '27447 global 090 on 2026-03-20',
    'GLOBAL-SURG-001',
    onFile('27447', '2026-03-20'),
  ),
  line(
    '99213',
    'L0291',
    '10060 global 010 on 2026-04-10',
    'GLOBAL-SURG-001',
    onFile('10060', '2026-04-10'),
  ),
  line(
    '99214',
    'M1711',
    '27447 global 090 the next day',
    'GLOBAL-SURG-001',
    onFile('27447', '2026-04-16'),
  ),
  {
    expect: 'MULT-PROC-001',
    fact: '11102 and 10060 multiple procedure indicator 2, lower-valued first',
    claim: visit(
      ['D485', 'L0291'],
      [
        { code: '11102', dollars: 150 },
        { code: '10060', dollars: 250, pointers: [2] },
      ],
    ),
  },
  {
    expect: 'MULT-PROC-001',
    fact: '51 on the primary procedure',
    claim: visit(
      ['D485', 'L0291'],
      [
        { code: '10060-51', dollars: 250, pointers: [2] },
        { code: '11102', dollars: 150 },
      ],
    ),
  },
  // Lines: pointers and place of service.
  {
    expect: 'LINE-DXBILL-001',
    fact: 'line points at E11, a header',
    claim: visit(['I10', 'E11'], [{ code: '99213', pointers: [1, 2] }]),
    alsoFlags: ['ICD-VALID-001'],
  },
  {
    expect: 'LINE-DXBILL-001',
    fact: 'line points at S52.531, missing its 7th character',
    claim: visit(['S52531'], ['99213']),
    alsoFlags: ['ICD-7TH-001'],
  },
  {
    expect: 'POS-VALID-001',
    fact: 'POS 98 not in the list',
    claim: visit(['I10'], ['99213'], { placeOfService: '98' }),
  },
  {
    expect: 'POS-VALID-001',
    fact: 'line POS 00 not in the list',
    claim: visit(['I10'], [{ code: '99213', pos: '00' }]),
  },
  // Accident and onset facts the codes call for (CLM11, DTP*439/454).
  dx(
    'S134XXA V4352XA',
    'V43.52XA car driver injured in a traffic collision, no related cause or accident date',
    'ACC-INJURY-001',
  ),
  dx(
    'S52531A W11XXXA',
    'W11.XXXA fall from a ladder, no related cause or accident date',
    'ACC-INJURY-001',
  ),
  dx(
    'S61411A W270XXA Y990',
    'Y99.0 activity done for income or pay, related cause other accident but not employment',
    'ACC-INJURY-001',
    { conditions: { relatedCauses: ['OA'], accidentDate: isoDate('2026-04-14') } },
  ),
  dx('S134XXA V4352XA', 'auto accident without its state (CLM11-4)', 'ACC-FACTS-001', {
    conditions: { relatedCauses: ['AA'], accidentDate: isoDate('2026-04-11') },
  }),
  dx('S134XXA V4352XA', 'accident dated after the date of service', 'ACC-FACTS-001', {
    conditions: { ...carCrash, accidentDate: isoDate('2026-04-16') },
  }),
  line(
    '98940-AT',
    'M9903 M5450',
    'Medicare spinal manipulation without the initial treatment date (DTP*454)',
    'ONSET-CMT-001',
  ),
  // Institutional claims (FY2026 POA-exempt list, ICD-10-PCS FY2025/FY2026 order files).
  {
    expect: 'INST-POA-001',
    fact: 'I10 has no POA indicator and is not on the FY2026 POA-exempt list',
    claim: inpatientStay(['J189', 'I10'], ['Y', undefined]),
  },
  {
    expect: 'INST-POA-001',
    fact: 'E11.9 with the 4010 exempt value 1',
    claim: inpatientStay(['J189', 'E119'], ['Y', '1']),
  },
  {
    expect: 'PCS-VALID-001',
    fact: 'X2A5312 is in the FY2025 order file, not in FY2026',
    claim: inpatientStay(['J189'], ['Y'], 'X2A5312'),
  },
  {
    expect: 'PCS-VALID-001',
    fact: '0DT is a table heading (flag 0) in FY2026',
    claim: inpatientStay(['J189'], ['Y'], '0DT'),
  },
];

/** Real, common visits that must pass with no reject or deny issue from any rule. */
export const CLEAN_CLAIMS: readonly {
  readonly name: string;
  readonly claim: ScrubClaim;
  readonly context?: ScrubContext;
}[] = [
  { name: '99213 hypertension', claim: visit(['I10'], ['99213']) },
  { name: '99214-25 + 20610 knee injection', claim: visit(['M1711'], ['99214-25', '20610-RT']) },
  { name: '93000 ECG for chest pain', claim: visit(['R0789'], ['93000']) },
  {
    name: 'visit with venipuncture and CMP',
    claim: visit(['E119', 'E785'], ['99213', '36415', '80053']),
  },
  {
    name: 'the fixture visit: 99214-25 + 93000',
    claim: visit(['I10', 'R0789'], ['99214-25', { code: '93000', pointers: [2] }]),
  },
  { name: 'skin biopsy with add-on', claim: visit(['D485'], ['11102', '11103']) },
  {
    name: 'chest X-ray read in the hospital',
    claim: visit(['R059'], ['71046-26'], { placeOfService: '22' }),
  },
  {
    name: 'wart destruction with a separate visit',
    claim: visit(['B078', 'I10'], [{ code: '99213-25', pointers: [2] }, '17110']),
  },
  { name: 'colonoscopy with biopsy', claim: visit(['K635'], ['45380']) },
  { name: 'lumbar epidural with add-on level', claim: visit(['M5416'], ['64483', '64484']) },
  { name: 'new patient URI', claim: visit(['J069'], ['99203']) },
  { name: 'Medicare annual wellness visit', claim: visit(['Z0000'], ['G0439']) },
  {
    name: 'diabetes follow-up with A1c',
    claim: visit(['E119', 'I10', 'E785'], ['99214', '83036']),
  },
  {
    name: 'physical therapy with distinct manual therapy',
    claim: visit(['M5450'], [{ code: '97530', units: 2 }, '97140-59']),
  },
  {
    name: 'post-op visit for an unrelated problem',
    claim: visit(['J069'], ['99213-24']),
    context: onFile('27447', '2026-03-20'),
  },
  {
    name: 'knee replacement follow-up beyond the global period',
    claim: visit(['M1711'], ['99213']),
    context: onFile('27447', '2025-12-01'),
  },
  { name: 'incision and drainage alone', claim: visit(['L0291'], ['10060']) },
  { name: 'bilateral knee injections', claim: visit(['M170'], ['20610-50']) },
  {
    name: 'inpatient pneumonia stay on CPAP, respirator dependence POA-exempt and blank',
    claim: inpatientStay(['J189', 'I10', 'Z9911'], ['Y', 'N', undefined]),
  },
  { name: 'outpatient ER visit with a wrist X-ray', claim: outpatientVisit },
  {
    name: 'street medicine visit for an unsheltered patient (POS 27, since 2023-10-01)',
    claim: visit(['J069', 'Z5902'], ['99213'], { placeOfService: '27' }),
  },
  {
    name: 'neck sprain from a car crash, with the accident state and date',
    claim: visit(['S134XXA', 'V4352XA'], ['99203'], { conditions: carCrash }),
  },
  {
    name: 'hand laceration at work, employment related',
    claim: visit(['S61411A', 'W270XXA', 'Y990'], ['99213-25', '12002'], {
      conditions: { relatedCauses: ['EM', 'OA'], accidentDate: isoDate('2026-04-14') },
    }),
  },
  {
    name: 'Medicare chiropractic manipulation with the initial treatment date',
    claim: visit(['M9903', 'M5450'], ['98940-AT'], {
      conditions: { relatedCauses: [], initialTreatmentDate: isoDate('2026-03-30') },
    }),
  },
  {
    name: 'telehealth visit at home',
    claim: visit(['F419'], ['99213-95'], { placeOfService: '10' }),
  },
];
