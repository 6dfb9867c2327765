import type { Problem } from '@medbill/core';
import { decodeText, type SourceFile } from '../source-files.ts';

/** `order_addenda_2026.txt`, as CMS names the change list beside `icd10pcs_order_2026.txt`. */
const ADDENDA_FILE =
  /(?:^|\/)(?:icd10pcs[-_ ])?order[-_ ]addenda[-_ ](?:[a-z]+[-_ ])?(\d{4})\.txt$/i;

export function isIcd10pcsAddendaName(name: string): boolean {
  return ADDENDA_FILE.test(name);
}

/** One count CMS states at the end of an addenda file: `79115 codes in icd10pcs_order_2026.txt`. */
export interface AddendaCount {
  readonly what: 'codes' | 'headers';
  readonly count: number;
  /** The order file it counts, by its base name. */
  readonly orderFile: string;
  /** Where the statement is, `file:line`. */
  readonly at: string;
}

const COUNT_LINE = /^\s*(\d+) (codes|headers) in (\S+\.txt)\s*$/;

/**
 * The counts an addenda file states for the order file of its own year (it also counts the
 * previous year's file, which may be a later update than the one at hand: the FY2026 addenda
 * counts 78,986 codes in the April 2025 `icd10pcs_order_2025.txt`, the October file has 78,948).
 */
export function addendaCounts(file: SourceFile): AddendaCount[] {
  const year = ADDENDA_FILE.exec(file.name)?.[1];
  if (year === undefined) return [];
  return decodeText(file.bytes)
    .split('\n')
    .flatMap((line, i) => {
      const match = COUNT_LINE.exec(line.replace(/\r$/, ''));
      if (!match?.[3]?.includes(year)) return [];
      return [
        {
          what: match[2] === 'codes' ? ('codes' as const) : ('headers' as const),
          count: Number(match[1]),
          orderFile: match[3],
          at: `${file.name}:${i + 1}`,
        },
      ];
    });
}

/**
 * Where an order file disagrees with what its addenda says it holds (a truncated or edited
 * file): one problem per count that differs.
 */
export function addendaMismatches(
  counts: readonly AddendaCount[],
  orderFile: string,
  found: { readonly codes: number; readonly headers: number },
): Problem[] {
  const base = orderFile.split('/').pop() ?? orderFile;
  return counts
    .filter((c) => c.orderFile.toLowerCase() === base.toLowerCase() && c.count !== found[c.what])
    .map((c) => ({
      path: orderFile,
      code: 'icd10pcs-count',
      message: `expected ${c.count} ${c.what} as ${c.at} states, found ${found[c.what]}`,
    }));
}
