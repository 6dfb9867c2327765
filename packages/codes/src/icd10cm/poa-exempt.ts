import { invalid, isoDate, type IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { normalizeIcd10cmCode } from './code-format.ts';

/**
 * CMS's list of ICD-10-CM codes exempt from present-on-admission reporting for one fiscal year
 * (`POAexemptCodesFY26.txt` in `POAexemptCodesFY26.zip`): on an inpatient claim these codes
 * are reported with the POA indicator left blank.
 */
export interface PoaExemptList {
  readonly fiscalYear: number;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate;
  readonly source: { readonly name: string; readonly sha256: string };
  /** Dotless codes. */
  readonly codes: ReadonlySet<string>;
}

const FULL_LIST = /(?:^|\/)poaexemptcodesfy(\d{2})\.txt$/i;

/** Whether a file is the full POA-exempt list (not its add, delete or revise lists). */
export function isPoaExemptFileName(name: string): boolean {
  return FULL_LIST.test(name);
}

const HEADER = ['Order', 'POAexemptCode', 'Description'];

/**
 * Reads the tab-separated list as CMS publishes it: a header line (`Order26`, `POAexemptCode`,
 * `Description`), then one exempt code per line with its order number and title. Any line
 * that is not a code is refused with its line and column; nothing is kept from a bad file.
 *
 * @example
 * ```ts
 * parsePoaExemptList(file).codes.has('Z9911'); // true (FY2026)
 * ```
 */
export function parsePoaExemptList(file: SourceFile): PoaExemptList {
  const year = FULL_LIST.exec(file.name)?.[1];
  if (year === undefined)
    throw invalid(`${file.name} is not a POA-exempt code list`, [
      { path: file.name, message: 'expected a name like POAexemptCodesFY26.txt' },
    ]);
  const fiscalYear = 2000 + Number(year);
  const lines = new TextDecoder('latin1').decode(file.bytes).split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  if (!HEADER.every((column, i) => header[i]?.startsWith(column)))
    throw invalid(`${file.name}: not the POA-exempt list layout`, [
      {
        path: `${file.name}:1`,
        message: `expected the columns ${HEADER.join(', ')}, found "${lines[0] ?? ''}"`,
      },
    ]);
  const codes = new Set<string>();
  lines.slice(1).forEach((text, i) => {
    if (text.trim() === '') return;
    const [order = '', written = ''] = text.split('\t');
    const code = normalizeIcd10cmCode(written);
    if (!/^\d+$/.test(order.trim()) || code === undefined)
      throw invalid(`${file.name}: unreadable line ${i + 2}`, [
        {
          path: `${file.name}:${i + 2}:${/^\d+$/.test(order.trim()) ? order.length + 2 : 1}`,
          message: `expected an order number and an ICD-10-CM code, found "${text.slice(0, 40)}"`,
        },
      ]);
    codes.add(code);
  });
  return {
    fiscalYear,
    effectiveFrom: isoDate(`${fiscalYear - 1}-10-01`),
    effectiveTo: isoDate(`${fiscalYear}-09-30`),
    source: { name: file.name, sha256: file.sha256 },
    codes,
  };
}

/** The list in force on a date, or undefined when none loaded covers it. */
export function poaExemptListOn(
  lists: readonly PoaExemptList[],
  date: IsoDate,
): PoaExemptList | undefined {
  return lists.find((list) => list.effectiveFrom <= date && date <= list.effectiveTo);
}
