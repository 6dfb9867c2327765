import type { IsoDate } from '@medbill/core';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { inheritedSeventhCharacter } from './tabular-queries.ts';

/** One allowed 7th character. */
export interface SeventhCharacterValue {
  readonly character: string;
  readonly meaning: string;
}

/** What the tabular says about the 7th character of a code, checked against the DOS release. */
export type SeventhCharacterAnswer =
  | { readonly required: false; readonly code: string }
  | {
      readonly required: true;
      readonly code: string;
      /** The node that defines the 7th characters (`S52`, `T81.4`), as printed. */
      readonly definedAt: string;
      readonly note: string;
      /** The values the tabular allows (those the DOS release uses, when one is in force). */
      readonly values: readonly SeventhCharacterValue[];
      /**
       * The 6-character bases below the code, placeholder X filled in (`S52531`, `T8140X`):
       * add one of `values` to get a billable code.
       */
      readonly bases: readonly string[];
      /** The complete codes (dotless) below the code that exist in the DOS release. */
      readonly completions: readonly string[];
      /** Set when the given code is already 7 characters: whether it is a valid completion. */
      readonly complete: boolean;
      readonly message: string;
    };

/**
 * Whether a code's category requires a 7th character, which values it allows and what they mean,
 * and the full codes with placeholder X: `S52.531` → `S52.531A`…; `T81.4` → `T81.40XA`,
 * `T81.41XA`…; `M48.5-` → `M48.50XA`…. The 7th character must always be in position 7; a code
 * shorter than six characters gets the placeholder X in the empty positions (ICD-10-CM Official
 * Guidelines I.B.16 "7th characters and placeholder X"; Tabular `sevenChrDef`, inherited from the
 * category or subcategory that carries it).
 *
 * The values come from the Tabular (which may be older than the DOS release); the completions
 * from the order file of the release in force, so only codes valid on the date are offered.
 * Without a release on the date, the bases follow the placeholder rule alone.
 *
 * @example
 * ```ts
 * seventhCharacter(store, 'T81.4', isoDate('2026-01-15'));
 * // { required: true, definedAt: 'T81', bases: ['T8140X', 'T8141X', …], completions: ['T8140XA', …] }
 * ```
 */
export function seventhCharacter(
  store: Icd10cmStore,
  code: string,
  dateOfService: IsoDate,
): SeventhCharacterAnswer {
  const stored = normalizeIcd10cmCode(code) ?? code;
  const found = store.tabular ? inheritedSeventhCharacter(store.tabular, stored) : undefined;
  if (!found) return { required: false, code: stored };
  const defined = new Map(found.definition.values.map((v) => [v.character, v.meaning]));
  const release = store.codes.releaseOn(dateOfService);
  const base = stored.slice(0, 6);
  const completions =
    release === undefined
      ? [...defined.keys()].map((c) => base.padEnd(6, 'X') + c)
      : store.codes
          .codesWithPrefix(base, release)
          .filter(
            (c) =>
              c.length === 7 &&
              defined.has(c.slice(6)) &&
              store.codes.versionIn(c, release)?.billable === true,
          );
  const used = new Set(completions.map((c) => c.slice(6)));
  const values = found.definition.values.filter((v) => used.has(v.character));
  const bases = [...new Set(completions.map((c) => c.slice(0, 6)))];
  const complete = stored.length === 7 && completions.includes(stored);
  const display = formatIcd10cmCode(stored);
  const shown = bases
    .slice(0, 4)
    .map((b) => formatIcd10cmCode(b + (values[0]?.character ?? '')))
    .join(', ');
  const message = complete
    ? `${display} has its 7th character (${defined.get(stored.slice(6)) ?? ''}).`
    : stored.length === 7
      ? `${display} is not a valid 7th-character code on the date of service; ${found.at.name} allows ${[...defined.keys()].join(', ')}.`
      : bases.length === 0
        ? `${display} needs a 7th character (defined at ${found.at.name}), but no such code is valid on the date of service.`
        : `${display} needs a 7th character (defined at ${found.at.name}), e.g. ${shown}${bases.length > 4 ? '…' : ''}.`;
  return {
    required: true,
    code: stored,
    definedAt: found.at.name,
    note: found.definition.note,
    values,
    bases,
    completions,
    complete,
    message,
  };
}
