import type { ClaimConditions, Encounter, ProcedureSystem, RelatedCause } from '../api/types.ts';

/** A service line as the coder edits it. `charge` is set only when typed over the fee schedule. */
export interface DraftLine {
  /** Stable identity for React and drag-and-drop; not sent. */
  readonly key: string;
  readonly procedureCode: string;
  readonly system?: ProcedureSystem;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly diagnosisPointers: readonly number[];
  readonly charge?: number;
  /** The charge the server priced on the last save (display only). */
  readonly pricedCharge?: number;
  readonly serviceDate?: string;
  /** Carried through untouched (drug lines). */
  readonly ndc?: unknown;
}

export interface Draft {
  /** ICD-10-CM codes without dots, first-listed first. */
  readonly diagnoses: readonly string[];
  readonly lines: readonly DraftLine[];
  readonly conditions: ClaimConditions;
}

let nextKey = 0;
const newKey = () => `line-${++nextKey}`;

export function draftOf(encounter: Encounter): Draft {
  return {
    diagnoses: encounter.diagnoses,
    conditions: encounter.conditions,
    lines: encounter.lines.map((line) => ({
      key: line.id,
      procedureCode: line.procedureCode.code,
      system: line.procedureCode.system,
      modifiers: line.modifiers,
      units: line.units,
      diagnosisPointers: line.diagnosisPointers,
      pricedCharge: line.charge,
      serviceDate: line.serviceDate,
      ...(line.chargeEntered ? { charge: line.charge } : {}),
      ...(line.ndc === undefined ? {} : { ndc: line.ndc }),
    })),
  };
}

/**
 * Adds a diagnosis at the end (once). Lines that point at nothing yet point at it: the coder
 * who codes the procedure first and the diagnosis second gets a complete line.
 */
export function addDiagnosis(draft: Draft, code: string): Draft {
  const bare = code.replace('.', '').toUpperCase();
  if (draft.diagnoses.includes(bare)) return draft;
  const diagnoses = [...draft.diagnoses, bare];
  const pointer = diagnoses.length;
  return {
    ...draft,
    diagnoses,
    lines: draft.lines.map((line) =>
      line.diagnosisPointers.length === 0 ? { ...line, diagnosisPointers: [pointer] } : line,
    ),
  };
}

/**
 * Moves diagnosis `from` to position `to` (0-based) and renumbers every line's pointers so
 * that each line still points at the same codes.
 */
export function moveDiagnosis(draft: Draft, from: number, to: number): Draft {
  if (from === to || to < 0 || to >= draft.diagnoses.length) return draft;
  const order = draft.diagnoses.map((_, index) => index);
  const [moved] = order.splice(from, 1);
  if (moved === undefined) return draft;
  order.splice(to, 0, moved);
  const newPosition = new Map(order.map((oldIndex, newIndex) => [oldIndex + 1, newIndex + 1]));
  return {
    ...draft,
    diagnoses: order.map((oldIndex) => draft.diagnoses[oldIndex] ?? ''),
    lines: draft.lines.map((line) => ({
      ...line,
      diagnosisPointers: line.diagnosisPointers.map((p) => newPosition.get(p) ?? p),
    })),
  };
}

/** Removes diagnosis `index` (0-based): pointers to it go, later pointers move up by one. */
export function removeDiagnosis(draft: Draft, index: number): Draft {
  const removed = index + 1;
  return {
    ...draft,
    diagnoses: draft.diagnoses.filter((_, i) => i !== index),
    lines: draft.lines.map((line) => ({
      ...line,
      diagnosisPointers: line.diagnosisPointers
        .filter((p) => p !== removed)
        .map((p) => (p > removed ? p - 1 : p)),
    })),
  };
}

/** Adds a service line for a procedure, pointing at the first-listed diagnosis when there is one. */
export function addLine(draft: Draft, code: string, system: ProcedureSystem): Draft {
  return {
    ...draft,
    lines: [
      ...draft.lines,
      {
        key: newKey(),
        procedureCode: code,
        system,
        modifiers: [],
        units: 1,
        diagnosisPointers: draft.diagnoses.length > 0 ? [1] : [],
      },
    ],
  };
}

/** Changes a line; a change to what is priced (units, modifiers) drops the old price. */
export function updateLine(draft: Draft, key: string, change: Partial<DraftLine>): Draft {
  const repriced = 'units' in change || 'modifiers' in change;
  return {
    ...draft,
    lines: draft.lines.map((line) => {
      if (line.key !== key) return line;
      const { pricedCharge, ...rest } = { ...line, ...change };
      return repriced || pricedCharge === undefined ? rest : { ...rest, pricedCharge };
    }),
  };
}

export function removeLine(draft: Draft, key: string): Draft {
  return { ...draft, lines: draft.lines.filter((line) => line.key !== key) };
}

/** Pointer letters as the CMS-1500 prints them (box 24E): 1 → A … 12 → L. */
export function pointerLetters(pointers: readonly number[]): string {
  return pointers.map((p) => String.fromCharCode(64 + p)).join('');
}

/** Reads what the coder typed in the pointer box: letters (`AC`) or numbers (`1,3`). */
export function parsePointers(text: string): number[] {
  const trimmed = text.trim().toUpperCase();
  if (/^[A-L]+$/.test(trimmed)) return [...trimmed].map((c) => c.charCodeAt(0) - 64);
  return trimmed
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Reads the modifiers box: `25 59`, `25,59` or `2559` (pairs). */
export function parseModifiers(text: string): string[] {
  const compact = text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, ' ')
    .trim();
  if (compact === '') return [];
  const parts = compact.split(/\s+/);
  return parts.flatMap((part) => part.match(/.{1,2}/g) ?? []);
}

/** The encounter as the API takes it (PUT /encounters/{id}), with the coder's draft. */
export function encounterBody(encounter: Encounter, draft: Draft): Record<string, unknown> {
  const optional = (key: keyof Encounter) =>
    encounter[key] === undefined ? {} : { [key]: encounter[key] };
  return {
    patientId: encounter.patientId,
    practiceId: encounter.practiceId,
    renderingProviderId: encounter.renderingProviderId,
    ...optional('referringProviderId'),
    ...optional('supervisingProviderId'),
    ...optional('facilityId'),
    placeOfService: encounter.placeOfService,
    serviceDateFrom: encounter.serviceDateFrom,
    serviceDateTo: encounter.serviceDateTo,
    documentation: encounter.documentation,
    diagnoses: draft.diagnoses,
    conditions: conditionsBody(draft.conditions),
    lines: draft.lines.map((line) => ({
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      units: line.units,
      diagnosisPointers: line.diagnosisPointers,
      ...(line.charge === undefined ? {} : { charge: line.charge }),
      ...(line.serviceDate === undefined ? {} : { serviceDate: line.serviceDate }),
      ...(line.ndc === undefined ? {} : { ndc: line.ndc }),
    })),
  };
}

/** The conditions as the API takes them: empty fields left out, the state only with an auto accident. */
export function conditionsBody(c: ClaimConditions): ClaimConditions {
  const filled = (value: string | undefined) => value !== undefined && value.trim() !== '';
  return {
    relatedCauses: c.relatedCauses,
    ...(c.relatedCauses.includes('AA') && filled(c.accidentState)
      ? { accidentState: c.accidentState }
      : {}),
    ...(filled(c.accidentDate) ? { accidentDate: c.accidentDate } : {}),
    ...(filled(c.onsetDate) ? { onsetDate: c.onsetDate } : {}),
    ...(filled(c.initialTreatmentDate) ? { initialTreatmentDate: c.initialTreatmentDate } : {}),
  };
}

/** Turns a related cause on or off; the 837 carries at most two (CLM11-1, CLM11-2). */
export function toggleCause(c: ClaimConditions, cause: RelatedCause, on: boolean): ClaimConditions {
  const others = c.relatedCauses.filter((x) => x !== cause);
  return { ...c, relatedCauses: on ? [...others, cause].slice(-2) : others };
}

const CAUSE_NAMES: Record<RelatedCause, string> = {
  EM: 'employment',
  AA: 'auto accident',
  OA: 'other accident',
};

/** What a claim's condition is related to, in one line: `auto accident (IL) 2026-02-27`. */
export function describeConditions(c: ClaimConditions): string {
  const causes = c.relatedCauses
    .map((cause) =>
      cause === 'AA' && c.accidentState
        ? `${CAUSE_NAMES[cause]} (${c.accidentState})`
        : CAUSE_NAMES[cause],
    )
    .join(' and ');
  return [
    causes && `${causes}${c.accidentDate ? ` ${c.accidentDate}` : ''}`,
    c.onsetDate && `onset ${c.onsetDate}`,
    c.initialTreatmentDate && `initial treatment ${c.initialTreatmentDate}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
