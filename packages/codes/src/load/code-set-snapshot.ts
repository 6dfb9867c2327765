import { loadHcpcsSnapshot, snapshotHcpcs } from '../hcpcs/index.ts';
import { readIcd10cmSnapshot, writeIcd10cmSnapshot } from '../icd10cm/index.ts';
import { loadNcciSnapshot, snapshotNcci } from '../ncci/index.ts';
import { loadPfsSnapshot, snapshotPfs } from '../pfs/index.ts';
import { loadReferenceSnapshot, snapshotReferenceLists } from '../reference/index.ts';
import type { Release } from '../release.ts';
import { packSnapshot, unpackSnapshot } from '../snapshot-container.ts';
import type { CodeSets, ReleaseSummary } from './code-sets.ts';

/** Serialises every loaded store into one snapshot, the unit servers load at start. */
export function snapshotCodeSets(codeSets: CodeSets): { bytes: Uint8Array; sha256: string } {
  const sections: Record<string, Uint8Array> = {};
  if (codeSets.icd10cm) sections.icd10cm = writeIcd10cmSnapshot(codeSets.icd10cm);
  if (codeSets.hcpcs) sections.hcpcs = snapshotHcpcs(codeSets.hcpcs);
  if (codeSets.pfs) sections.pfs = snapshotPfs(codeSets.pfs);
  if (codeSets.ncci) sections.ncci = snapshotNcci(codeSets.ncci);
  if (codeSets.reference) sections.reference = snapshotReferenceLists(codeSets.reference);
  return packSnapshot(sections);
}

export function loadCodeSetsSnapshot(bytes: Uint8Array): CodeSets {
  const sections = unpackSnapshot(bytes);
  const icd10cm = sections.get('icd10cm');
  const hcpcs = sections.get('hcpcs');
  const pfs = sections.get('pfs');
  const ncci = sections.get('ncci');
  const reference = sections.get('reference');
  return {
    ...(icd10cm ? { icd10cm: readIcd10cmSnapshot(icd10cm) } : {}),
    ...(hcpcs ? { hcpcs: loadHcpcsSnapshot(hcpcs) } : {}),
    ...(pfs ? { pfs: loadPfsSnapshot(pfs) } : {}),
    ...(ncci ? { ncci: loadNcciSnapshot(ncci) } : {}),
    ...(reference ? { reference: loadReferenceSnapshot(reference) } : {}),
  };
}

/** Every release loaded, system by system, oldest first. */
export function summarizeReleases(codeSets: CodeSets): ReleaseSummary[] {
  const line = (release: Release, entries: number): ReleaseSummary => ({
    system: release.system,
    version: release.version,
    effectiveFrom: release.effectiveFrom,
    ...(release.effectiveTo ? { effectiveTo: release.effectiveTo } : {}),
    entries,
  });
  const icd = codeSets.icd10cm?.codes.data;
  return [
    ...(icd?.releases.map((release, i) =>
      line(release, icd.status[i]?.filter((s) => s !== 0).length ?? 0),
    ) ?? []),
    ...(codeSets.hcpcs?.releases.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.pfs?.rvus.map((r) => line(r.release, r.rvus.size)) ?? []),
    ...(codeSets.ncci?.mue.map((r) => line(r.release, r.edits.size)) ?? []),
    ...(codeSets.ncci?.aoc.map((r) => line(r.release, r.rowCount)) ?? []),
    ...(codeSets.ncci?.ptp.map((r) => line(r.release, r.rowCount)) ?? []),
    ...(codeSets.reference?.taxonomy.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.reference?.placeOfService.map((r) => line(r.release, r.codes.size)) ?? []),
    ...(codeSets.reference?.carcRarc.flatMap((r) => [
      line(r.carc.release, r.carc.codes.size),
      line(r.rarc.release, r.rarc.codes.size),
    ]) ?? []),
  ];
}
