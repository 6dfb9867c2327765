import type { DiagnosisFacts, IsoDate, SeventhCharacterFact } from '@medbill/core';
import { isBillableOn, seventhCharacter, type Icd10cmStore } from '../icd10cm/index.ts';

const UNSPECIFIED = /\bunspecified\b|\bNOS\b/i;
const RIGHT = /\bright\b/i;
const LEFT = /\bleft\b/i;

/**
 * What the scrubber needs to know of one ICD-10-CM code on a date of service, from the order
 * file in force (validity, children, successors), the Tabular (7th character) and the titles
 * (unspecified, side-unspecified).
 */
export function diagnosisFacts(
  store: Icd10cmStore,
  input: string,
  dateOfService: IsoDate,
): DiagnosisFacts {
  const code = input.trim().toUpperCase().replace('.', '');
  const check = isBillableOn(store, code, dateOfService);
  const lookup = check.lookup;
  const release = store.codes.releaseOn(dateOfService);
  const releaseName =
    release === undefined ? undefined : store.codes.data.releases[release]?.version;
  const common = { code, ...(releaseName ? { release: releaseName } : {}) };
  if (check.billable) {
    const title = check.lookup.status === 'valid' ? check.lookup.longTitle : undefined;
    const unspecified =
      release === undefined || title === undefined
        ? undefined
        : unspecifiedKind(store, code, title, release);
    return {
      ...common,
      status: 'billable',
      ...(title ? { title } : {}),
      billableChildren: [],
      replacements: [],
      ...(unspecified ? { unspecified } : {}),
    };
  }
  const status =
    lookup.status === 'valid'
      ? ('header' as const)
      : lookup.reason === 'no-release-on-dos'
        ? ('no-release' as const)
        : lookup.reason;
  const seventh = seventhCharacterFact(store, code, dateOfService, release);
  return {
    ...common,
    status,
    ...(lookup.status === 'valid' ? { title: lookup.longTitle } : {}),
    billableChildren: check.billableChildren,
    replacements: check.replacements,
    ...(seventh ? { seventhCharacter: seventh } : {}),
  };
}

function seventhCharacterFact(
  store: Icd10cmStore,
  code: string,
  dateOfService: IsoDate,
  release: number | undefined,
): SeventhCharacterFact | undefined {
  const answer = seventhCharacter(store, code, dateOfService);
  if (!answer.required) return undefined;
  const billable = (c: string) =>
    release !== undefined && store.codes.versionIn(c, release)?.billable === true;
  // The coder wrote the 7th character in position 5 or 6: `S0990A` for S09.90XA.
  const last = code.slice(-1);
  const placeholder =
    code.length < 7 && /[A-Z]/.test(last) ? code.slice(0, -1).padEnd(6, 'X') + last : undefined;
  const placeholderFix =
    placeholder !== undefined && billable(placeholder) ? placeholder : undefined;
  // The answer for the code as written has no completions when the X is missing; the base's has.
  const fromBase =
    placeholderFix === undefined
      ? answer
      : seventhCharacter(store, code.slice(0, -1), dateOfService);
  const completions = fromBase.required ? fromBase.completions : [];
  return {
    definedAt: answer.definedAt,
    values: answer.values.map(({ character, meaning }) => ({ character, meaning })),
    completions: completions.slice(0, 8),
    complete: answer.complete,
    ...(placeholderFix ? { placeholderFix } : {}),
  };
}

/** `laterality` when the title is unspecified and sibling codes name right and left. */
function unspecifiedKind(
  store: Icd10cmStore,
  code: string,
  title: string,
  release: number,
): 'laterality' | 'code' | undefined {
  if (!UNSPECIFIED.test(title)) return undefined;
  if (RIGHT.test(title) || LEFT.test(title)) return 'code';
  const seventh = code.length === 7 ? code.slice(6) : undefined;
  const prefix = code.slice(0, seventh === undefined ? -1 : 5);
  const siblings = store.codes
    .codesWithPrefix(prefix, release)
    .filter(
      (c) =>
        c !== code &&
        c.length === code.length &&
        (seventh === undefined || c.endsWith(seventh)) &&
        store.codes.versionIn(c, release)?.billable === true,
    )
    .map((c) => store.codes.versionIn(c, release)?.longTitle ?? '');
  return siblings.some((t) => RIGHT.test(t)) && siblings.some((t) => LEFT.test(t))
    ? 'laterality'
    : 'code';
}
