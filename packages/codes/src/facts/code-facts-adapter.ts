import type {
  AgeSexFact,
  CodeFacts,
  DiagnosisFacts,
  IsoDate,
  ModifierFacts,
  ProcedureFacts,
  SequencingFact,
} from '@medbill/core';
import { releaseOn } from '../common/release-periods.ts';
import { hcpcsModifierOn } from '../hcpcs/index.ts';
import {
  ageSexConflict,
  excludes1Conflict,
  poaExemptListOn,
  sequencingProblems,
} from '../icd10cm/index.ts';
import type { CodeSets } from '../load/code-sets.ts';
import { addOnPrimaries, mueFor, ptpEdit } from '../ncci/index.ts';
import { CPT_MODIFIERS } from './cpt-modifiers.ts';
import { diagnosisFacts } from './diagnosis-facts.ts';
import { inpatientProcedureFacts } from './inpatient-procedure-facts.ts';
import { procedureFacts } from './procedure-facts.ts';

const SEQUENCING_KINDS: readonly SequencingFact['kind'][] = [
  'external-cause-first',
  'manifestation-first',
  'etiology-after',
  'etiology-missing',
];

/**
 * The scrubber's {@link CodeFacts} over the loaded code sets: ICD-10-CM order files and Tabular,
 * HCPCS Level II, the fee schedule's RVU file, NCCI PTP/MUE/AOC, the place-of-service list and
 * ICD-10-PCS,
 * each answered from the release in force on the date of service. A system that was not loaded
 * answers `no-release` (or `undefined`), and the rules then stay silent rather than guess.
 * Answers that only depend on a code and a release are cached, so scrubbing many claims costs
 * map lookups.
 *
 * @example
 * ```ts
 * const { codeSets } = await importCodeSets(await readSourceFiles(dir));
 * const rules = [...CLAIM_DATA_RULES, ...codeSetRules(codeFactsFrom(codeSets))];
 * ```
 */
export function codeFactsFrom(codeSets: CodeSets): CodeFacts {
  const diagnoses = new Map<string, DiagnosisFacts>();
  const procedures = new Map<string, ProcedureFacts>();
  const excludes = new Map<string, ReturnType<CodeFacts['excludes1']>>();
  const sequencing = new Map<string, readonly SequencingFact[]>();
  const icdRelease = (dos: IsoDate) => {
    const icd = codeSets.icd10cm;
    return icd ? String(icd.codes.releaseOn(dos)) : '';
  };
  const cached = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    cache.set(key, value);
    return value;
  };
  // Each answer reads `codeSets.icd10cm` itself: a snapshot's stores are decoded when first used.
  return {
    diagnosis: (code, dos) => {
      const icd = codeSets.icd10cm;
      return icd
        ? cached(diagnoses, `${code}|${icdRelease(dos)}`, () => {
            const facts = diagnosisFacts(icd, code, dos);
            const poa = poaExemptListOn(icd.poaExempt, dos);
            return poa ? { ...facts, poaExempt: poa.codes.has(facts.code) } : facts;
          })
        : { code, status: 'no-release', billableChildren: [], replacements: [] };
    },
    excludes1: (a, b) => {
      const icd = codeSets.icd10cm;
      return icd
        ? cached(excludes, `${a}|${b}`, () =>
            excludes1Conflict(icd, a, b).map(({ code, excluded, noteAt, noteText }) => ({
              code,
              excluded,
              noteAt,
              noteText,
            })),
          )
        : [];
    },
    sequencing: (codes, dos) => {
      const icd = codeSets.icd10cm;
      return icd
        ? cached(sequencing, `${codes.join(',')}|${icdRelease(dos)}`, () =>
            sequencingProblems(icd, codes, dos).flatMap((p) => {
              const kind = SEQUENCING_KINDS.find((k) => k === p.code);
              return kind
                ? [
                    {
                      kind,
                      severity: p.severity,
                      position: Number(p.path.slice(6)),
                      message: p.message,
                    },
                  ]
                : [];
            }),
          )
        : [];
    },
    ageSex: (code, patient, dos) => {
      const icd = codeSets.icd10cm;
      return icd
        ? ageSexConflict(icd, code, patient, dos).map((p): AgeSexFact => ({
            kind: p.code === 'age-conflict' ? 'age' : 'sex',
            severity: p.severity,
            message: p.message,
          }))
        : [];
    },
    procedure: (procedure, dos) =>
      cached(procedures, `${procedure.code}|${dos}`, () =>
        procedureFacts(codeSets, procedure, dos),
      ),
    modifier: (modifier, dos): ModifierFacts => {
      const m = modifier.trim().toUpperCase();
      if (CPT_MODIFIERS.has(m)) return { modifier: m, status: 'valid' };
      if (!codeSets.hcpcs) return { modifier: m, status: 'no-release' };
      const found = hcpcsModifierOn(codeSets.hcpcs, m, dos);
      if (found.status === 'no-release' || found.status === 'unknown')
        return { modifier: m, status: found.status };
      return {
        modifier: m,
        status: found.status,
        description: found.entry.shortDescription,
        ...(found.entry.terminationDate ? { terminationDate: found.entry.terminationDate } : {}),
      };
    },
    mue: (code, dos) => {
      const found = codeSets.ncci ? mueFor(codeSets.ncci, code, dos) : undefined;
      return found?.status === 'found'
        ? { value: found.mue.value, indicator: found.mue.indicator, rationale: found.mue.rationale }
        : undefined;
    },
    ptp: (a, b, dos) => {
      const found = codeSets.ncci ? ptpEdit(codeSets.ncci, a, b, dos) : undefined;
      if (found === undefined || found.status === 'no-release') return { status: 'no-release' };
      if (found.status === 'none') return { status: 'none' };
      const { column1, column2, modifierIndicator, rationale } = found.edit;
      return { status: 'edit', column1, column2, modifierIndicator, rationale };
    },
    addOn: (code, dos) => {
      const found = codeSets.ncci ? addOnPrimaries(codeSets.ncci, code, dos) : undefined;
      return found?.status === 'add-on'
        ? { types: found.types, primaries: found.primaries.map((p) => p.primaryCode) }
        : undefined;
    },
    placeOfService: (code, dos) => {
      const list = codeSets.reference
        ? releaseOn(codeSets.reference.placeOfService, dos)
        : undefined;
      if (!list) return { status: 'no-release' };
      const found = list.codes.get(code.trim());
      return found ? { status: 'valid', name: found.name } : { status: 'unknown' };
    },
    inpatientProcedure: (code, date) =>
      codeSets.icd10pcs
        ? inpatientProcedureFacts(codeSets.icd10pcs, code, date)
        : { code, status: 'no-release' },
  };
}
