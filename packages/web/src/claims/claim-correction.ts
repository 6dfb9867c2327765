import type { ClaimConditions, ClaimDetail, ClaimLine, ServiceLine } from '../api/types.ts';
import { parseModifiers, parsePointers, pointerLetters } from '../coding/encounter-draft.ts';
import { decimalOf, parseDollars } from '../money-input.ts';

/** What a claim line bills: the encounter's service line with the claim's own overrides. */
export type BilledLine = Pick<ClaimLine, 'serviceLineId' | 'sequence'> & {
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly charge: number;
  readonly pointers: readonly number[];
  /** Its date of service (YYYY-MM-DD). */
  readonly date: string;
};

/** A claim line in the correction form, as typed. */
export type LineEdit = Pick<ClaimLine, 'serviceLineId' | 'sequence'> & {
  readonly code: string;
  readonly modifiers: string;
  readonly units: string;
  readonly charge: string;
  readonly pointers: string;
  readonly date: string;
  readonly remove: boolean;
};

export interface LineCorrection {
  readonly serviceLineId: string;
  readonly procedureCode?: string;
  readonly modifiers?: string[];
  readonly units?: number;
  readonly charge?: string;
  readonly serviceDate?: string;
  readonly diagnosisPointers?: number[];
  readonly remove?: true;
}

export interface CorrectionBody {
  readonly reason: string;
  readonly diagnoses?: string[];
  readonly conditions?: ClaimConditions;
  readonly lines: LineCorrection[];
}

export interface FormProblem {
  readonly path: string;
  readonly message: string;
}

/** The claim's lines as billed (a corrected version bills its overrides, not the encounter). */
export function billedLines(
  claim: ClaimDetail,
  services: ReadonlyMap<string, ServiceLine>,
): BilledLine[] {
  return claim.lines.map((line) => {
    const service = services.get(line.serviceLineId);
    return {
      serviceLineId: line.serviceLineId,
      sequence: line.sequence,
      code: line.billed?.procedureCode ?? service?.procedureCode.code ?? '',
      modifiers: line.billed?.modifiers ?? service?.modifiers ?? [],
      units: line.billed?.units ?? service?.units ?? 1,
      charge: line.billed?.charge ?? service?.charge ?? 0,
      pointers: line.diagnosisPointers,
      date: line.billed?.serviceDate ?? service?.serviceDate ?? '',
    };
  });
}

export function lineEditOf(line: BilledLine): LineEdit {
  return {
    serviceLineId: line.serviceLineId,
    sequence: line.sequence,
    code: line.code,
    modifiers: line.modifiers.join(' '),
    units: String(line.units),
    charge: decimalOf(line.charge),
    pointers: pointerLetters(line.pointers),
    date: line.date,
    remove: false,
  };
}

/** "j06.9, R05.9 " → ["J069", "R059"]. */
export function parseDiagnoses(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[\s,;]+/)
    .map((code) => code.replace('.', ''))
    .filter(Boolean);
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The body of POST /claims/{id}/correct from the form: only what changed on each line, the
 * diagnoses only when they changed, and every problem the form can see before the server does.
 */
export function correctionBody(
  reason: string,
  diagnosesBefore: readonly string[],
  diagnosesText: string,
  before: readonly BilledLine[],
  edits: readonly LineEdit[],
): { body: CorrectionBody; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (reason.trim().length < 3)
    problems.push({ path: 'reason', message: 'say why, in a few words' });
  const diagnoses = parseDiagnoses(diagnosesText);
  if (diagnoses.length === 0) problems.push({ path: 'diagnoses', message: 'at least one' });
  if (diagnoses.length > 12) problems.push({ path: 'diagnoses', message: 'at most 12' });
  if (edits.every((e) => e.remove)) {
    problems.push({ path: 'lines', message: 'keep at least one line (or void the claim)' });
  }
  const lines = edits.flatMap((edit): LineCorrection[] => {
    const original = before.find((b) => b.serviceLineId === edit.serviceLineId);
    if (!original) return [];
    const at = `line ${edit.sequence}`;
    if (edit.remove) return [{ serviceLineId: edit.serviceLineId, remove: true }];
    const change: {
      -readonly [K in keyof LineCorrection]: LineCorrection[K];
    } = { serviceLineId: edit.serviceLineId };
    const code = edit.code.trim().toUpperCase();
    if (!/^[A-Z0-9]{5}$/.test(code))
      problems.push({ path: `${at} / code`, message: '5 characters' });
    else if (code !== original.code) change.procedureCode = code;
    const modifiers = parseModifiers(edit.modifiers);
    if (modifiers.length > 4) problems.push({ path: `${at} / modifiers`, message: 'at most 4' });
    else if (!same(modifiers, original.modifiers)) change.modifiers = modifiers;
    const units = Number(edit.units);
    if (!(units > 0) || !/^\d+(\.\d+)?$/.test(edit.units.trim())) {
      problems.push({ path: `${at} / units`, message: 'a number above 0' });
    } else if (units !== original.units) change.units = units;
    const charge = parseDollars(edit.charge);
    if (charge === undefined)
      problems.push({ path: `${at} / charge`, message: 'dollars, e.g. 125.00' });
    else if (charge !== original.charge) change.charge = decimalOf(charge);
    const date = edit.date.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      problems.push({ path: `${at} / DOS`, message: 'a date, e.g. 2026-03-02' });
    else if (date !== original.date) change.serviceDate = date;
    const pointers = parsePointers(edit.pointers);
    if (
      pointers.length === 0 ||
      pointers.length > 4 ||
      pointers.some((p) => p > diagnoses.length)
    ) {
      problems.push({
        path: `${at} / pointers`,
        message: `1 to 4 of the ${diagnoses.length} diagnoses (A–${pointerLetters([Math.max(1, diagnoses.length)])})`,
      });
    } else if (!same(pointers, original.pointers)) change.diagnosisPointers = pointers;
    return Object.keys(change).length > 1 ? [change] : [];
  });
  const diagnosesChanged = !same(
    diagnoses,
    diagnosesBefore.map((d) => d.replace('.', '')),
  );
  return {
    body: { reason: reason.trim(), ...(diagnosesChanged ? { diagnoses } : {}), lines },
    problems,
  };
}
