import type { FeeScheduleIndicators, IsoDate, ProcedureCode, ProcedureFacts } from '@medbill/core';
import { releaseOn } from '../common/release-periods.ts';
import { cptReleaseOn } from '../cpt/index.ts';
import { hcpcsOn } from '../hcpcs/index.ts';
import type { CodeSets } from '../load/code-sets.ts';
import { addOnPrimaries, mueFor } from '../ncci/index.ts';
import { rvuKey } from '../pfs/index.ts';

/**
 * A CPT or HCPCS code on a date of service. HCPCS Level II: the quarterly file in force, with
 * its add and termination dates. CPT: when a licensee loaded the AMA's descriptor files for the
 * year of service, valid if that year lists it; otherwise (medbill ships no CPT list) known when
 * the fee schedule (PPRRVU) or the NCCI MUE/AOC tables in force list it. Either way the fee-schedule indicators
 * come from the RVU release in force.
 */
export function procedureFacts(
  codeSets: CodeSets,
  procedure: ProcedureCode,
  dateOfService: IsoDate,
): ProcedureFacts {
  const code = procedure.code.trim().toUpperCase();
  const rvus = codeSets.pfs ? releaseOn(codeSets.pfs.rvus, dateOfService) : undefined;
  const fee = rvus ? feeIndicators(rvus.rvus, code) : undefined;
  const withFee = fee ? { fee } : {};
  if (!/^\d{4}[\dFTU]$/.test(code)) {
    if (!codeSets.hcpcs) return { code, status: 'no-release' };
    const found = hcpcsOn(codeSets.hcpcs, code, dateOfService);
    if (found.status === 'no-release') return { code, status: 'no-release' };
    if (found.status === 'unknown')
      return { code, status: 'unknown', release: found.release.version };
    return {
      code,
      status: found.status,
      release: found.release.version,
      ...(found.entry.addDate ? { addDate: found.entry.addDate } : {}),
      ...(found.entry.terminationDate ? { terminationDate: found.entry.terminationDate } : {}),
      ...withFee,
    };
  }
  const cpt = codeSets.cpt ? cptReleaseOn(codeSets.cpt, dateOfService) : undefined;
  if (cpt) {
    return cpt.codes.has(code)
      ? { code, status: 'valid', release: cpt.release.version, ...withFee }
      : { code, status: 'unknown', release: cpt.release.version };
  }
  const ncci = codeSets.ncci;
  const mue = ncci ? mueFor(ncci, code, dateOfService) : undefined;
  const aoc = ncci ? addOnPrimaries(ncci, code, dateOfService) : undefined;
  const known = fee !== undefined || mue?.status === 'found' || aoc?.status === 'add-on';
  if (known)
    return {
      code,
      status: 'valid',
      ...(rvus ? { release: rvus.release.version } : {}),
      ...withFee,
    };
  if (!rvus && (mue === undefined || mue.status === 'no-release'))
    return { code, status: 'no-release' };
  return { code, status: 'unknown', ...(rvus ? { release: rvus.release.version } : {}) };
}

function feeIndicators(
  rvus: ReadonlyMap<
    string,
    {
      readonly status: string;
      readonly pctc: string;
      readonly globalDays: string;
      readonly multipleProcedure: string;
      readonly bilateralSurgery: string;
    }
  >,
  code: string,
): FeeScheduleIndicators | undefined {
  const row = rvus.get(rvuKey(code, ''));
  if (!row) return undefined;
  return {
    status: row.status,
    pctc: row.pctc,
    globalDays: row.globalDays,
    multipleProcedure: row.multipleProcedure,
    bilateralSurgery: row.bilateralSurgery,
    componentModifiers: ['26', 'TC'].filter((m) => rvus.has(rvuKey(code, m))),
  };
}
