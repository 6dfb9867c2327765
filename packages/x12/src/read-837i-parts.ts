import type { InstitutionalClaim, InstitutionalCodeKind, InstitutionalLine } from './claim-837i.ts';
import type { LineAdjudication } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import { parseCents } from './money.ts';
import { readProcedure } from './read-835-parts.ts';
import type { Segment } from './segment.ts';
import { parseX12Date, type IsoDate } from './x12-date.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
/** An institutional line while its DTP, REF and 2430 loops are read. */
export type InstitutionalLineDraft = Draft<InstitutionalLine> & {
  adjudications: Draft<LineAdjudication>[];
};
/** The HI-borne lists of a claim, as they are filled. */
export type CodeLists = {
  -readonly [
    K in
      | 'diagnoses'
      | 'procedures'
      | 'occurrences'
      | 'occurrenceSpans'
      | 'values'
      | 'conditions'
      | 'treatments'
  ]: InstitutionalClaim[K][number][];
} & { drg?: string };

/** HI01-1 qualifiers of 005010X223A2 2300 HI and what each code is (ICD-10 and ICD-9 forms). */
export const institutionalHiQualifiers: Readonly<Record<string, InstitutionalCodeKind>> = {
  ABK: 'principal-diagnosis',
  BK: 'principal-diagnosis',
  ABJ: 'admitting-diagnosis',
  BJ: 'admitting-diagnosis',
  APR: 'reason-for-visit',
  PR: 'reason-for-visit',
  ABN: 'external-cause',
  BN: 'external-cause',
  ABF: 'other-diagnosis',
  BF: 'other-diagnosis',
  BBR: 'principal-procedure',
  BR: 'principal-procedure',
  CAH: 'principal-procedure',
  BBQ: 'other-procedure',
  BQ: 'other-procedure',
  BI: 'occurrence-span',
  BH: 'occurrence',
  BE: 'value',
  BG: 'condition',
  TC: 'treatment',
  DR: 'drg',
};

/** HI0n-3/-4: a D8 date or an RD8 period, reported when it is not one. */
function readPeriod(
  seg: Segment,
  n: number,
  parts: readonly string[],
  r: ElementReader,
): { from?: IsoDate; to?: IsoDate } {
  const [format = '', raw = ''] = parts.slice(2, 4);
  if (raw === '') return {};
  const [a = '', b = a] = format === 'RD8' ? raw.split('-') : [raw];
  const from = parseX12Date(a);
  const to = parseX12Date(b);
  if (from === undefined || to === undefined) {
    const name = `HI${String(n).padStart(2, '0')}-4`;
    r.report(seg, 'invalid-date', `${name} "${raw}" is not a ${format || 'D8'} date`, n, {
      ik3: '8',
      ik4: '8',
    });
    return {};
  }
  return { from, to };
}

/**
 * Reads an institutional HI (HI01..HI12, composite C022: qualifier, code, date format, date,
 * amount, ..., present-on-admission) into the claim's code lists; an unknown qualifier is
 * reported (IK4 7) and skipped.
 */
export function readInstitutionalHi(seg: Segment, r: ElementReader, into: CodeLists): void {
  for (let n = 1; n <= 12; n += 1) {
    const raw = seg.elements[n - 1] ?? '';
    if (raw === '') continue;
    const parts = raw.split(seg.delimiters.component);
    const [qualifier = '', code = ''] = parts;
    const kind = institutionalHiQualifiers[qualifier];
    if (kind === undefined) {
      r.report(
        seg,
        'invalid-code',
        `HI${String(n).padStart(2, '0')}-1 "${qualifier}" is not an institutional HI qualifier`,
        n,
        { ik3: '8', ik4: '7' },
      );
      continue;
    }
    if (code === '') {
      r.missingComponent(seg, n, 2);
      continue;
    }
    const { from, to } = readPeriod(seg, n, parts, r);
    switch (kind) {
      case 'principal-procedure':
      case 'other-procedure':
        into.procedures.push({
          kind,
          qualifier,
          code,
          ...(from === undefined ? {} : { date: from }),
        });
        break;
      case 'occurrence':
        into.occurrences.push({ code, ...(from === undefined ? {} : { date: from }) });
        break;
      case 'occurrence-span':
        into.occurrenceSpans.push({
          code,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
        });
        break;
      case 'value': {
        const text = parts[4] ?? '';
        const amount = text === '' ? undefined : parseCents(text);
        if (text !== '' && amount === undefined)
          r.report(
            seg,
            'invalid-amount',
            `HI${String(n).padStart(2, '0')}-5 "${text}" is not an amount`,
            n,
            { ik3: '8', ik4: '6' },
          );
        into.values.push({ code, ...(amount === undefined ? {} : { amount }) });
        break;
      }
      case 'condition':
        into.conditions.push(code);
        break;
      case 'treatment':
        into.treatments.push(code);
        break;
      case 'drg':
        into.drg = code;
        break;
      case 'principal-diagnosis':
      case 'admitting-diagnosis':
      case 'reason-for-visit':
      case 'external-cause':
      case 'other-diagnosis': {
        const poa = parts[8] ?? '';
        into.diagnoses.push({
          kind,
          qualifier,
          code,
          ...(poa === '' ? {} : { presentOnAdmission: poa }),
        });
      }
    }
  }
}

/** SV2: revenue code, optional procedure, charge, unit basis (DA/UN), units, non-covered charge. */
export function readSv2(seg: Segment, r: ElementReader, lx: string): InstitutionalLineDraft {
  const procedure = readProcedure(seg, 2);
  const units = r.decimal(seg, 5);
  const nonCovered = r.cents(seg, 7);
  return {
    number: lx,
    revenueCode: r.text(seg, 1, true),
    ...(procedure === undefined ? {} : { procedure }),
    charge: r.cents(seg, 3, true) ?? (0 as InstitutionalLine['charge']),
    unit: r.code(seg, 4, ['DA', 'UN'], true) ?? '',
    ...(units === undefined ? {} : { units }),
    ...(nonCovered === undefined ? {} : { nonCoveredCharge: nonCovered }),
    adjudications: [],
    at: locate(seg),
  };
}
