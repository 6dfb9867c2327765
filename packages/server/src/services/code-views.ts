import {
  addOnPrimaries,
  codeDetail,
  cptReleaseOn,
  formatDecimal,
  hcpcsOn,
  icd10pcsDetail,
  isBillableOn,
  medicareAllowed,
  mueFor,
  pfsScheduleOn,
  rvuKey,
  seventhCharacter,
} from '@medbill/codes';
import type { CodeSets, PfsRvu, SearchHit, SearchSystem } from '@medbill/codes';
import { formatIcd10cm } from '@medbill/core';
import type { IsoDate } from '@medbill/core';

/** A search hit as the encoder shows it: the code, its words, and whether it can be billed on the DOS. */
export interface EncoderHit {
  readonly system: SearchSystem;
  readonly code: string;
  readonly display: string;
  readonly title: string;
  readonly billable: boolean;
  /** When it cannot be billed as is: what to do (pick a child, add a 7th character, it was deleted…). */
  readonly hint?: string;
  readonly score: number;
}

export function encoderHit(
  codeSets: CodeSets,
  system: SearchSystem,
  hit: SearchHit,
  dos: IsoDate,
): EncoderHit {
  if (system === 'icd10cm' && codeSets.icd10cm) {
    const store = codeSets.icd10cm;
    const check = isBillableOn(store, hit.code, dos);
    const lookup = check.lookup;
    const title =
      lookup.status === 'valid'
        ? lookup.longTitle
        : (lookup.previous?.longTitle ?? lookup.next?.longTitle ?? '');
    const base = {
      system,
      code: hit.code,
      display: formatIcd10cm(hit.code),
      title,
      score: hit.score,
    };
    if (check.billable) return { ...base, billable: true };
    const seventh = seventhCharacter(store, hit.code, dos);
    const hint =
      seventh.required && lookup.status === 'valid'
        ? `needs a 7th character (${seventh.values
            .map((v) => `${v.character} ${v.meaning}`)
            .slice(0, 4)
            .join('; ')}${seventh.values.length > 4 ? '; …' : ''}), placeholder X where needed`
        : check.message;
    return { ...base, billable: false, hint };
  }
  if (system === 'hcpcs' && codeSets.hcpcs) {
    const found = hcpcsOn(codeSets.hcpcs, hit.code, dos);
    const entry = 'entry' in found ? found.entry : undefined;
    return {
      system,
      code: hit.code,
      display: hit.code,
      title: entry?.longDescription ?? '',
      billable: found.status === 'valid',
      ...(found.status === 'valid' ? {} : { hint: hcpcsHint(found.status) }),
      score: hit.score,
    };
  }
  if (system === 'icd10pcs' && codeSets.icd10pcs) return icd10pcsHit(codeSets, hit, dos);
  return cptHit(codeSets, hit, dos);
}

/** An ICD-10-PCS hit: billable means valid for submission (all seven characters, in force on the DOS). */
function icd10pcsHit(codeSets: CodeSets, hit: SearchHit, dos: IsoDate): EncoderHit {
  const detail = procedureCodeDetail(codeSets, hit.code, dos);
  const lookup = detail?.lookup;
  const title =
    lookup?.status === 'valid'
      ? lookup.longTitle
      : (lookup?.previous?.longTitle ?? lookup?.next?.longTitle ?? '');
  const hint = detail?.messages[0];
  return {
    system: 'icd10pcs',
    code: hit.code,
    display: hit.code,
    title,
    billable: detail?.validForSubmission ?? false,
    ...(hint ? { hint } : {}),
    score: hit.score,
  };
}

/** A CPT hit: its words only from a licensee's CPT files; valid as that year's files say. */
function cptHit(codeSets: CodeSets, hit: SearchHit, dos: IsoDate): EncoderHit {
  const year = codeSets.cpt ? cptReleaseOn(codeSets.cpt, dos) : undefined;
  const texts = (year ?? codeSets.cpt?.releases.at(-1))?.codes.get(hit.code);
  const listed = year === undefined || year.codes.has(hit.code);
  return {
    system: 'cpt',
    code: hit.code,
    display: hit.code,
    title: texts?.long ?? texts?.medium ?? texts?.short ?? '',
    billable: listed,
    ...(listed ? {} : { hint: `not a code of ${year?.release.version ?? 'CPT'}` }),
    score: hit.score,
  };
}

const hcpcsHint = (status: string) =>
  status === 'terminated'
    ? 'terminated on the date of service'
    : status === 'not-yet-added'
      ? 'not yet effective on the date of service'
      : 'not in the HCPCS release in force';

const rvuView = (rvu: PfsRvu) => ({
  modifier: rvu.modifier,
  status: rvu.status,
  workRvu: formatDecimal(rvu.workRvu),
  nonFacilityPeRvu: rvu.nonFacilityNa ? 'NA' : formatDecimal(rvu.nonFacilityPeRvu),
  facilityPeRvu: rvu.facilityNa ? 'NA' : formatDecimal(rvu.facilityPeRvu),
  mpRvu: formatDecimal(rvu.mpRvu),
  pctcIndicator: rvu.pctc,
  globalDays: rvu.globalDays,
  multipleProcedure: rvu.multipleProcedure,
  bilateralSurgery: rvu.bilateralSurgery,
  assistantAtSurgery: rvu.assistantAtSurgery,
  coSurgeons: rvu.coSurgeons,
  teamSurgery: rvu.teamSurgery,
  conversionFactor: formatDecimal(rvu.conversionFactor),
});

/**
 * Everything known about a procedure code on a date: HCPCS descriptors, CPT descriptors when a
 * licensee loaded the AMA's files for the year (never the fee schedule's CPT text: AMA licence), fee-schedule RVUs and indicators, the Medicare allowed amount for a locality, the
 * MUE and add-on edits.
 */
export function procedureDetail(
  codeSets: CodeSets,
  code: string,
  dos: IsoDate,
  locality: string | undefined,
) {
  const schedule = codeSets.pfs ? pfsScheduleOn(codeSets.pfs, dos) : undefined;
  const rows = schedule
    ? ['', '26', 'TC', '53']
        .map((m) => schedule.rvu.rvus.get(rvuKey(code, m)))
        .filter((r) => r !== undefined)
    : [];
  const hcpcs =
    codeSets.hcpcs && /^[A-Z]/.test(code) ? hcpcsOn(codeSets.hcpcs, code, dos) : undefined;
  const cpt = codeSets.cpt && /^\d/.test(code) ? cptReleaseOn(codeSets.cpt, dos) : undefined;
  const mue = codeSets.ncci ? mueFor(codeSets.ncci, code, dos) : undefined;
  const addOn = codeSets.ncci ? addOnPrimaries(codeSets.ncci, code, dos) : undefined;
  return {
    code,
    system: /^[A-Z]/.test(code) ? 'hcpcs' : 'cpt',
    ...(hcpcs
      ? {
          hcpcs: { status: hcpcs.status, ...('entry' in hcpcs ? { descriptor: hcpcs.entry } : {}) },
        }
      : {}),
    ...(cpt
      ? { cpt: { release: cpt.release.version, descriptor: cpt.codes.get(code) ?? null } }
      : {}),
    feeSchedule: schedule
      ? { release: schedule.rvu.release.version, rows: rows.map(rvuView) }
      : null,
    medicareAllowed:
      schedule && locality
        ? {
            locality,
            nonFacility: medicareAllowed(code, '', locality, false, schedule),
            facility: medicareAllowed(code, '', locality, true, schedule),
          }
        : null,
    mue: mue ?? null,
    addOn: addOn ?? null,
  };
}

/**
 * An ICD-10-PCS code (or a table heading, or the start of a code) on a date of service: valid
 * for submission or not, the table it belongs to as the order file heads it, and for a heading
 * the valid codes under it. Null when no ICD-10-PCS release is loaded.
 */
export function procedureCodeDetail(codeSets: CodeSets, code: string, dos: IsoDate) {
  if (!codeSets.icd10pcs) return null;
  const detail = icd10pcsDetail(codeSets.icd10pcs, code, dos);
  return { system: 'icd10pcs' as const, display: detail.code, ...detail };
}

/** A diagnosis code on a date of service, its notes named by where they are printed. */
export function diagnosisDetail(codeSets: CodeSets, code: string, dos: IsoDate) {
  if (!codeSets.icd10cm) return null;
  const detail = codeDetail(codeSets.icd10cm, code, dos);
  return {
    ...detail,
    notes: detail.notes.map((n) => ({ kind: n.note.kind, text: n.note.text, at: n.at.name })),
  };
}
