import type { IsoDate } from '@medbill/core';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { CodeLookup } from './code-lookup.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { seventhCharacter, type SeventhCharacterAnswer } from './seventh-character.ts';
import { billableSuccessors } from './successors.ts';
import {
  inheritedNotes,
  nearestTabularNode,
  tabularAncestry,
  type InheritedNote,
} from './tabular-queries.ts';
import { TABULAR_NOTE_KINDS, type TabularNodeKind } from './tabular-types.ts';

/** One level above (or at) a code, and whether that code is valid on the date of service. */
export interface HierarchyLevel {
  readonly key: string;
  readonly kind: TabularNodeKind;
  readonly name: string;
  readonly title: string;
  /** `undefined` for chapters and sections, which are not codes. */
  readonly validOnDos: boolean | undefined;
}

/** A code on a date of service with everything the tabular says about it. */
export interface CodeDetail {
  readonly code: string;
  readonly display: string;
  readonly lookup: CodeLookup;
  /** The tabular's version (`2021`), when a tabular is loaded. */
  readonly tabularVersion: string | undefined;
  /** Whether the tabular has this very code (otherwise its notes come from its nearest ancestor). */
  readonly inTabular: boolean;
  readonly hierarchy: readonly HierarchyLevel[];
  /** Every instructional note that applies, nearest level first. */
  readonly notes: readonly InheritedNote[];
  readonly seventhCharacter: SeventhCharacterAnswer;
  /** For a code not valid on the date: its billable successors (CDC conversion table). */
  readonly replacements: readonly string[];
  /** What a coder must be told: the code is newer than the tabular, or the tabular's code is gone. */
  readonly messages: readonly string[];
}

/**
 * The detail of a code for a date of service: validity in the release in force, the tabular
 * hierarchy with the validity of each level, every inherited note (ICD-10-CM Tabular
 * conventions: a note at a chapter, section, category or subcategory applies to all codes below
 * it), and the 7th-character requirement. The tabular may be older than the release (FY2021
 * against FY2026): a code newer than the tabular gets its ancestor's notes, and a tabular code
 * that the release no longer has is flagged instead of being presented as valid.
 *
 * @example
 * ```ts
 * codeDetail(store, 'T40.7X1', isoDate('2026-01-15')).messages;
 * // ['T40.7X1 is not valid in FY2026: it was last valid in FY2021-01 …',
 * //  'T40.7X1 is in the FY2021 Tabular List but not valid in FY2026.', …]
 * ```
 */
export function codeDetail(store: Icd10cmStore, code: string, dateOfService: IsoDate): CodeDetail {
  const stored = normalizeIcd10cmCode(code) ?? code;
  const display = formatIcd10cmCode(stored);
  const lookup = store.codes.lookup(stored, dateOfService);
  const release = store.codes.releaseOn(dateOfService);
  const tabular = store.tabular;
  const nearest = tabular ? nearestTabularNode(tabular, stored) : undefined;
  const hierarchy = (tabular ? tabularAncestry(tabular, stored) : []).map(
    (node): HierarchyLevel => ({
      key: node.key,
      kind: node.kind,
      name: node.name,
      title: node.title,
      validOnDos:
        node.kind === 'chapter' || node.kind === 'section'
          ? undefined
          : release !== undefined && store.codes.statusIn(node.key, release) !== 0,
    }),
  );
  const messages: string[] = [];
  const replacements =
    lookup.status === 'valid' ? [] : billableSuccessors(store, stored, dateOfService);
  if (lookup.status !== 'valid') messages.push(lookup.message);
  if (replacements.length > 0)
    messages.push(`Replaced by ${replacements.map(formatIcd10cmCode).join(', ')}.`);
  if (tabular && nearest && nearest.key !== stored) {
    messages.push(
      `${display} is not in the FY${tabular.version} Tabular List: the notes shown are those of ${nearest.name}.`,
    );
  }
  const version = lookup.status === 'valid' ? lookup.release.version : lookup.inForce?.version;
  for (const level of hierarchy) {
    if (level.validOnDos === false && tabular) {
      messages.push(
        `${level.name} is in the FY${tabular.version} Tabular List but not valid in ${version ?? 'the release in force'}.`,
      );
    }
  }
  return {
    code: stored,
    display,
    lookup,
    tabularVersion: tabular?.version,
    inTabular: nearest?.key === stored,
    hierarchy,
    notes: tabular ? inheritedNotes(tabular, stored, TABULAR_NOTE_KINDS) : [],
    seventhCharacter: seventhCharacter(store, stored, dateOfService),
    replacements,
    messages,
  };
}
