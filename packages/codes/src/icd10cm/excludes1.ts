import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { formatCodeRange, rangeCovers } from './note-references.ts';
import { inheritedNotes } from './tabular-queries.ts';

/** Two codes that an Excludes1 note says are never reported together. */
export interface Excludes1Conflict {
  /** The code under whose hierarchy the note stands (dotless). */
  readonly code: string;
  /** The other code, which the note excludes (dotless). */
  readonly excluded: string;
  /** Where the note is printed: `E11`, `I10`, a section `E08-E13`, or a chapter number. */
  readonly noteAt: string;
  readonly noteText: string;
  /** The range in the note that covers `excluded`, as printed (`E08-E13`, `N18`). */
  readonly range: string;
  readonly message: string;
}

/**
 * The Excludes1 conflicts between two codes, in both directions. An Excludes1 note means "NOT
 * CODED HERE": the excluded code is never used at the same time as the code above the note
 * (ICD-10-CM Official Guidelines I.A.12.a). A note at a chapter, section, category or
 * subcategory applies to every code below it; its targets may be ranges (`E08-E13`), categories
 * with more characters (`N18.-`) or codes (covering their children).
 *
 * Guideline I.A.12.a allows both codes when the two conditions are unrelated to each other;
 * that judgement is the coder's, so a conflict is reported with the note text for the message.
 *
 * @example
 * ```ts
 * excludes1Conflict(store, 'E11.9', 'E10.9'); // E11 Excludes1 "type 1 diabetes mellitus (E10.-)"
 * ```
 */
export function excludes1Conflict(store: Icd10cmStore, a: string, b: string): Excludes1Conflict[] {
  const first = normalizeIcd10cmCode(a) ?? a;
  const second = normalizeIcd10cmCode(b) ?? b;
  if (!store.tabular || first === second) return [];
  return [...oneWay(store, first, second), ...oneWay(store, second, first)];
}

function oneWay(store: Icd10cmStore, code: string, other: string): Excludes1Conflict[] {
  if (!store.tabular) return [];
  const conflicts: Excludes1Conflict[] = [];
  for (const { note, at } of inheritedNotes(store.tabular, code, ['excludes1'])) {
    // A note never excludes codes of its own node (a range that also covers the code itself).
    const range = note.ranges.find((r) => rangeCovers(r, other) && !rangeCovers(r, code));
    if (!range) continue;
    const printed = formatCodeRange(range);
    conflicts.push({
      code,
      excluded: other,
      noteAt: at.name,
      noteText: note.text,
      range: printed,
      message: `${formatIcd10cmCode(other)} may not be reported with ${formatIcd10cmCode(code)}: Excludes1 at ${at.name} "${note.text}".`,
    });
  }
  return conflicts;
}
