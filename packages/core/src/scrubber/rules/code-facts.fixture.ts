import { isoDate } from '../../dates/index.ts';
import { cents } from '../../money/index.ts';
import { cleanClaim } from '../scrub-claim.fixture.ts';
import type { ScrubClaim, ScrubLine } from '../scrub-claim.ts';
import type {
  AddOnFact,
  CodeFacts,
  DiagnosisFacts,
  FeeScheduleIndicators,
  MueFact,
  ProcedureFacts,
  PtpAnswer,
} from '../code-facts.ts';

/**
 * A {@link CodeFacts} over a handful of real codes, with the facts the official files give for
 * them (ICD-10-CM FY2026 order file and FY2021 Tabular, HCPCS 2026-04, PFS RVU25D, NCCI 2026Q2
 * MUE/AOC, the NCCI PTP fixture). The full files are exercised by the defect corpus in
 * `packages/codes/test/scrub-corpus`.
 */
const billable = (title: string, unspecified?: 'laterality' | 'code'): Partial<DiagnosisFacts> => ({
  status: 'billable',
  title,
  ...(unspecified ? { unspecified } : {}),
});

const S52_VALUES = [
  { character: 'A', meaning: 'initial encounter for closed fracture' },
  { character: 'D', meaning: 'subsequent encounter for closed fracture with routine healing' },
  { character: 'S', meaning: 'sequela' },
];

const DIAGNOSES: Readonly<Record<string, Partial<DiagnosisFacts>>> = {
  I10: billable('Essential (primary) hypertension'),
  R0789: billable('Other chest pain'),
  R079: billable('Chest pain, unspecified', 'code'),
  E119: billable('Type 2 diabetes mellitus without complications'),
  E109: billable('Type 1 diabetes mellitus without complications'),
  M1711: billable('Unilateral primary osteoarthritis, right knee'),
  M1710: billable('Unilateral primary osteoarthritis, unspecified knee', 'laterality'),
  G63: billable('Polyneuropathy in diseases classified elsewhere'),
  E1142: billable('Type 2 diabetes mellitus with diabetic polyneuropathy'),
  F0280: billable('Dementia in other diseases classified elsewhere, unspecified severity…'),
  G309: billable("Alzheimer's disease, unspecified", 'code'),
  W19XXXA: billable('Unspecified fall, initial encounter', 'code'),
  S0990XA: billable('Unspecified injury of head, initial encounter', 'code'),
  Z3800: billable('Single liveborn infant, delivered vaginally'),
  N400: billable('Benign prostatic hyperplasia without lower urinary tract symptoms'),
  E11: {
    status: 'header',
    title: 'Type 2 diabetes mellitus',
    billableChildren: ['E1100', 'E1101', 'E1110'],
  },
  S301XXA: {
    status: 'deleted',
    replacements: ['S3011XA', 'S3012XA', 'S3013XA'],
    seventhCharacter: { definedAt: 'S30', values: [], completions: [], complete: false },
  },
  S52531: {
    status: 'header',
    title: "Colles' fracture of right radius",
    seventhCharacter: {
      definedAt: 'S52',
      values: S52_VALUES,
      completions: ['S52531A', 'S52531D', 'S52531S'],
      complete: false,
    },
  },
  S0990A: {
    status: 'unknown-code',
    seventhCharacter: {
      definedAt: 'S09',
      values: [],
      completions: ['S0990XA', 'S0990XD', 'S0990XS'],
      complete: false,
      placeholderFix: 'S0990XA',
    },
  },
};

const fee = (
  globalDays: string,
  pctc = '0',
  multipleProcedure = '0',
  bilateralSurgery = '0',
  componentModifiers: readonly string[] = [],
): FeeScheduleIndicators => ({
  status: 'A',
  pctc,
  globalDays,
  multipleProcedure,
  bilateralSurgery,
  componentModifiers,
});

const PROCEDURES: Readonly<Record<string, Partial<ProcedureFacts>>> = {
  '99213': { fee: fee('XXX') },
  '99214': { fee: fee('XXX') },
  '93000': { fee: fee('XXX', '4', '6') },
  '93005': { fee: fee('XXX', '3', '6') },
  '20610': { fee: fee('000', '0', '2', '1') },
  '69210': { fee: fee('000', '0', '2', '2') },
  '11102': { fee: fee('000', '0', '2') },
  '11103': { fee: fee('ZZZ') },
  '10060': { fee: fee('010', '0', '2') },
  '17110': { fee: fee('010', '0', '2') },
  '27447': { fee: fee('090', '0', '2', '1') },
  '45378': { fee: fee('000', '0', '2') },
  '45380': { fee: fee('000', '0', '3') },
  '71046': { fee: fee('XXX', '1', '0', '0', ['26', 'TC']) },
  '64483': { fee: fee('000', '0', '2', '1') },
  '64484': { fee: fee('ZZZ', '0', '0', '1') },
  A4397: { status: 'terminated', terminationDate: isoDate('2021-12-31') },
  '99999': { status: 'unknown' },
};

const MODIFIERS = new Set([
  '24',
  '25',
  '26',
  '50',
  '51',
  '57',
  '59',
  '79',
  'RT',
  'LT',
  'XS',
  'XE',
  'XP',
  'XU',
  'TC',
  'GA',
]);

const MUE: Readonly<Record<string, MueFact>> = {
  '11102': { value: 1, indicator: 2, rationale: 'CMS Policy' },
  '20610': { value: 2, indicator: 3, rationale: 'Anatomic Consideration' },
  '93000': { value: 3, indicator: 3, rationale: 'Clinical: Data' },
  A6460: { value: 1, indicator: 1, rationale: 'Clinical: Data' },
  '99397': { value: 0, indicator: 3, rationale: 'CMS Policy' },
};

const PTP: Readonly<Record<string, PtpAnswer>> = {
  '93000|93005': {
    status: 'edit',
    column1: '93000',
    column2: '93005',
    modifierIndicator: 0,
    rationale: 'Standards of medical / surgical practice',
  },
  '45380|45378': {
    status: 'edit',
    column1: '45380',
    column2: '45378',
    modifierIndicator: 1,
    rationale: 'Standards of medical / surgical practice',
  },
};

const ADD_ON: Readonly<Record<string, AddOnFact>> = {
  '11103': { types: [1], primaries: ['11102', '11104', '11106'] },
  '64484': { types: [1], primaries: ['64483'] },
};

const MANIFESTATIONS = new Set(['G63', 'F0280']);
const CODE_FIRST: Readonly<Record<string, string>> = { F0280: 'G30' };

export const testFacts: CodeFacts = {
  diagnosis: (code) => ({
    code,
    status: 'unknown-code',
    release: 'FY2026',
    billableChildren: [],
    replacements: [],
    ...DIAGNOSES[code],
  }),
  excludes1: (a, b) =>
    [a, b].sort().join('|') === 'E109|E119'
      ? [
          {
            code: a,
            excluded: b,
            noteAt: a.slice(0, 3),
            noteText: 'type 1 diabetes mellitus (E10.-)',
          },
        ]
      : [],
  sequencing: (codes) =>
    codes.flatMap((code, position) => {
      const first =
        position === 0 && MANIFESTATIONS.has(code)
          ? [
              {
                kind: 'manifestation-first' as const,
                severity: 'error' as const,
                position,
                message: `${code} is a manifestation code.`,
              },
            ]
          : [];
      const etiology = CODE_FIRST[code];
      const at = etiology === undefined ? -1 : codes.findIndex((c) => c.startsWith(etiology));
      const after =
        etiology !== undefined && at > position
          ? [
              {
                kind: 'etiology-after' as const,
                severity: 'error' as const,
                position: at,
                message: `${codes[at] ?? ''} is listed after ${code}.`,
              },
            ]
          : etiology !== undefined && at === -1
            ? [
                {
                  kind: 'etiology-missing' as const,
                  severity: 'error' as const,
                  position,
                  message: `${code} requires ${etiology} first.`,
                },
              ]
            : [];
      return [...first, ...after];
    }),
  ageSex: (code, patient) => [
    ...(code === 'Z3800' && patient.age > 0
      ? [
          {
            kind: 'age' as const,
            severity: 'error' as const,
            message: `Z38.00: for ages 0-0, patient is ${patient.age}.`,
          },
        ]
      : []),
    ...(code === 'N400' && patient.sex === 'F'
      ? [
          {
            kind: 'sex' as const,
            severity: 'error' as const,
            message: 'N40.0: male only, patient is F.',
          },
        ]
      : []),
  ],
  procedure: ({ code }) => ({ code, status: 'valid', release: 'RVU25D', ...PROCEDURES[code] }),
  modifier: (modifier) => ({ modifier, status: MODIFIERS.has(modifier) ? 'valid' : 'unknown' }),
  mue: (code) => MUE[code],
  ptp: (a, b) => PTP[`${a}|${b}`] ?? PTP[`${b}|${a}`] ?? { status: 'none' },
  addOn: (code) => ADD_ON[code],
  placeOfService: (code) =>
    ['02', '10', '11', '21', '22', '23'].includes(code)
      ? { status: 'valid', name: code }
      : { status: 'unknown' },
  inpatientProcedure: (code) =>
    code === '0DTJ4ZZ' || code === '5A09357'
      ? { code, status: 'valid', release: 'FY2026' }
      : code === '0DT'
        ? { code, status: 'header', release: 'FY2026' }
        : {
            code,
            status: 'unknown-code',
            message: `${code} is not an ICD-10-PCS code in any loaded release.`,
          },
};

/** A line of the clean claim's date for `code`, with changes. */
export function procedureLine(code: string, change: Partial<ScrubLine> = {}): ScrubLine {
  return {
    procedure: { system: /^\d{4}[\dFTU]$/.test(code) ? 'cpt' : 'hcpcs', code },
    modifiers: [],
    units: 1,
    charge: cents(10000),
    scheduledCharge: cents(10000),
    diagnosisPointers: [1],
    serviceDate: cleanClaim.serviceDateFrom,
    ...change,
  };
}

/** The clean claim with these lines instead of its own. */
export function claimWithLines(...lines: ScrubLine[]): ScrubClaim {
  return { ...cleanClaim, lines };
}
