import { invalid } from '@medbill/core';
import { buildCodeIndex, type CodeText } from '../icd10cm/code-index.ts';
import { parseOrderFile, type OrderFileCodes } from '../icd10cm/order-file.ts';
import type { OrderRelease } from '../icd10cm/order-release.ts';
import { releasePeriodFromFileName } from '../icd10cm/release-naming.ts';
import type { Release } from '../release.ts';
import { decodeText, type SourceFile } from '../source-files.ts';
import { icd10pcsOrderCodeProblem, normalizeIcd10pcsCode } from './code-format.ts';
import type { Icd10pcsStore } from './icd10pcs-store.ts';
import {
  addendaCounts,
  addendaMismatches,
  isIcd10pcsAddendaName,
  type AddendaCount,
} from './order-addenda.ts';

/** `icd10pcs_order_2026.txt` (CMS), also with a month (`..._April_2025.txt`); not the addenda. */
const ORDER_FILE = /(?:^|\/)icd10pcs[-_ ]order[-_ ](?:[a-z]+[-_ ])?\d{4}\.txt$/i;

export function isIcd10pcsOrderFileName(name: string): boolean {
  return ORDER_FILE.test(name) && !/addenda/i.test(name);
}

/** The files of a CMS ICD-10-PCS release that medbill reads: the order file and its addenda. */
export function isIcd10pcsFileName(name: string): boolean {
  return isIcd10pcsOrderFileName(name) || isIcd10pcsAddendaName(name);
}

export const ICD10PCS_ORDER_CODES: OrderFileCodes = {
  system: 'ICD-10-PCS',
  problemCode: 'icd10pcs-order',
  codeProblem: icd10pcsOrderCodeProblem,
};

export const ICD10PCS_CODE_TEXT: CodeText = {
  system: 'ICD-10-PCS',
  normalize: normalizeIcd10pcsCode,
  display: (code) => code,
};

/**
 * Builds the ICD-10-PCS store from CMS release files as published (the order-file zip of each
 * year, a folder, the bare `.txt`): every `icd10pcs_order_YYYY.txt` becomes a release in force
 * for its fiscal year (October 1 of YYYY-1 to September 30 of YYYY, HIPAA code-set rule,
 * 45 CFR 162.1002), so that FY2025 and FY2026 answer side by side. The order file has the
 * ICD-10-CM order file's layout, with PCS codes: seven characters valid for submission
 * (flag 1) and three-character table headings (flag 0). When the year's
 * `order_addenda_YYYY.txt` is among the files, the counts it states must match the order file.
 * All or nothing.
 *
 * @example
 * ```ts
 * const store = importIcd10pcs(await readSourceFiles('cms_2026_pr.zip'));
 * store.codes.lookup('0DTJ4ZZ', isoDate('2026-01-15')).status; // 'valid'
 * ```
 */
export function importIcd10pcs(files: readonly SourceFile[]): Icd10pcsStore {
  const orderFiles = files.filter((file) => isIcd10pcsOrderFileName(file.name));
  if (orderFiles.length === 0) {
    throw invalid('No ICD-10-PCS order file (icd10pcs_order_YYYY.txt) among the files', [
      {
        path: files.map((f) => f.name).join(', ') || '(no files)',
        message: 'expected at least one order file',
      },
    ]);
  }
  const counts = files.filter((f) => isIcd10pcsAddendaName(f.name)).flatMap(addendaCounts);
  const releases = orderFiles.map((file) => orderRelease(file, counts));
  const versions = releases.map((r) => r.release.version);
  const repeated = versions.find((v, i) => versions.indexOf(v) !== i);
  if (repeated !== undefined) {
    throw invalid(`Two ICD-10-PCS order files for ${repeated}`, [
      {
        path: orderFiles.map((f) => f.name).join(', '),
        message: `expected one order file per release, found two for ${repeated}`,
      },
    ]);
  }
  return { codes: buildCodeIndex(releases, ICD10PCS_CODE_TEXT) };
}

function orderRelease(file: SourceFile, counts: readonly AddendaCount[]): OrderRelease {
  const period = releasePeriodFromFileName(file.name);
  if (period === undefined) {
    throw invalid(`Cannot tell the fiscal year of ${file.name}`, [
      { path: file.name, message: 'expected a name ending in _YYYY.txt (icd10pcs_order_2026.txt)' },
    ]);
  }
  const rows = parseOrderFile(decodeText(file.bytes), file.name, ICD10PCS_ORDER_CODES);
  const valid = rows.billable.reduce((n, flag) => n + flag, 0);
  const mismatches = addendaMismatches(counts, file.name, {
    codes: valid,
    headers: rows.codes.length - valid,
  });
  if (mismatches.length > 0) {
    throw invalid(`${file.name} does not hold what its addenda says`, mismatches);
  }
  const release: Release = {
    system: 'icd10pcs',
    version: period.version,
    effectiveFrom: period.effectiveFrom,
    effectiveTo: period.effectiveTo,
    sources: [{ name: file.name, sha256: file.sha256 }],
  };
  return { release, rows };
}
