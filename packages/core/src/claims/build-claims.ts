import { compareIsoDate } from '../dates/index.ts';
import type { IsoDate } from '../dates/index.ts';
import { conditionsKey } from '../entities/index.ts';
import type { ClaimConditions, Encounter, ServiceLine } from '../entities/index.ts';
import { sumCents } from '../money/index.ts';
import type { Cents } from '../money/index.ts';

/** 837P limits (TR3 005010X222A1): 12 diagnosis codes in HI, 50 service lines per claim. */
export const MAX_CLAIM_DIAGNOSES = 12;
export const MAX_CLAIM_LINES = 50;

/** An encounter ready to bill, with the coverage it is billed to. */
export interface BillableEncounter {
  readonly encounter: Encounter;
  readonly coverageId: string;
}

export interface DraftLine {
  readonly encounterId: string;
  readonly serviceLineId: string;
  readonly line: ServiceLine;
  /** Pointers re-mapped to this claim's diagnosis list (1-based). */
  readonly diagnosisPointers: readonly number[];
}

export interface ClaimDraft {
  readonly coverageId: string;
  readonly practiceId: string;
  readonly renderingProviderId: string;
  readonly placeOfService: string;
  readonly patientId: string;
  readonly encounterIds: readonly string[];
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  /** ICD-10-CM codes in claim order; the first is the first-listed diagnosis. */
  readonly diagnoses: readonly string[];
  readonly lines: readonly DraftLine[];
  readonly totalCharge: Cents;
  readonly conditions: ClaimConditions;
}

interface PendingLine {
  readonly encounter: Encounter;
  readonly line: ServiceLine;
  /** The diagnosis codes the line points at, in pointer order. */
  readonly codes: readonly string[];
}

/**
 * Turns coded encounters into claims by the billing rules: one claim per patient, coverage
 * (payer), billing provider, rendering provider, place of service and date of service (so that
 * each visit adjudicates, and ages for timely filing, on its own) and accident/onset facts (a
 * claim reports one set in CLM11 and its DTPs); at most 50 lines and 12
 * diagnoses per claim, splitting where needed and re-mapping each line's pointers to the
 * diagnoses of the claim it lands on. Diagnoses keep the encounter's order, so the first-listed
 * diagnosis stays first wherever it goes.
 */
export function buildClaims(billable: readonly BillableEncounter[]): ClaimDraft[] {
  const groups = new Map<string, { coverageId: string; encounters: Encounter[] }>();
  for (const { encounter, coverageId } of billable) {
    const key = [
      encounter.patientId,
      coverageId,
      encounter.practiceId,
      encounter.renderingProviderId,
      encounter.placeOfService,
      encounter.serviceDateFrom,
      conditionsKey(encounter.conditions),
    ].join('|');
    const group = groups.get(key) ?? { coverageId, encounters: [] };
    group.encounters.push(encounter);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ coverageId, encounters }) =>
    splitGroup(coverageId, sortEncounters(encounters)),
  );
}

function sortEncounters(encounters: Encounter[]): Encounter[] {
  return [...encounters].sort(
    (a, b) => compareIsoDate(a.serviceDateFrom, b.serviceDateFrom) || (a.id < b.id ? -1 : 1),
  );
}

function splitGroup(coverageId: string, encounters: readonly Encounter[]): ClaimDraft[] {
  const allCodes = unique(encounters.flatMap((e) => e.diagnoses));
  const pending: PendingLine[] = encounters.flatMap((encounter) =>
    encounter.lines.map((line) => ({
      encounter,
      line,
      codes: line.diagnosisPointers
        .map((p) => encounter.diagnoses[p - 1])
        .filter((c): c is string => c !== undefined),
    })),
  );
  if (pending.length === 0) return [];
  if (allCodes.length <= MAX_CLAIM_DIAGNOSES && pending.length <= MAX_CLAIM_LINES) {
    return [draft(coverageId, encounters, allCodes, pending)];
  }
  const claims: ClaimDraft[] = [];
  let chunk: PendingLine[] = [];
  let chunkCodes = new Set<string>();
  for (const item of pending) {
    const merged = new Set([...chunkCodes, ...item.codes]);
    if (
      chunk.length > 0 &&
      (merged.size > MAX_CLAIM_DIAGNOSES || chunk.length === MAX_CLAIM_LINES)
    ) {
      claims.push(draft(coverageId, encounters, orderLike(allCodes, chunkCodes), chunk));
      chunk = [];
      chunkCodes = new Set();
    }
    chunk.push(item);
    for (const code of item.codes) chunkCodes.add(code);
  }
  claims.push(draft(coverageId, encounters, orderLike(allCodes, chunkCodes), chunk));
  return claims;
}

function draft(
  coverageId: string,
  encounters: readonly Encounter[],
  diagnoses: readonly string[],
  lines: readonly PendingLine[],
): ClaimDraft {
  const first = encounters[0]!;
  const position = new Map(diagnoses.map((code, i) => [code, i + 1]));
  const dates = lines.map((l) => l.line.serviceDate).sort(compareIsoDate);
  return {
    coverageId,
    practiceId: first.practiceId,
    renderingProviderId: first.renderingProviderId,
    placeOfService: first.placeOfService,
    patientId: first.patientId,
    encounterIds: unique(lines.map((l) => l.encounter.id)),
    serviceDateFrom: dates[0]!,
    serviceDateTo: dates[dates.length - 1]!,
    diagnoses,
    lines: lines.map(({ encounter, line, codes }) => ({
      encounterId: encounter.id,
      serviceLineId: line.id,
      line,
      diagnosisPointers: codes.map((code) => position.get(code)!),
    })),
    totalCharge: sumCents(lines.map((l) => l.line.charge)),
    conditions: first.conditions,
  };
}

/** The codes of `subset` in the order they have in `ordered`. */
function orderLike(ordered: readonly string[], subset: ReadonlySet<string>): string[] {
  return ordered.filter((code) => subset.has(code));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
