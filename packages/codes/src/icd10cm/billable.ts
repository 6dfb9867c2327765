import type { IsoDate } from '@medbill/core';
import { formatIcd10cmCode } from './code-format.ts';
import type { CodeLookup } from './code-lookup.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { billableSuccessors } from './successors.ts';

/** Whether a code can go on a claim for a date of service, and if not, where to go instead. */
export type BillableCheck =
  | { readonly billable: true; readonly lookup: CodeLookup }
  | {
      readonly billable: false;
      readonly lookup: CodeLookup;
      /** Billable codes below it in the release in force (dotless), e.g. B88.0 → B88.01, B88.09. */
      readonly billableChildren: readonly string[];
      /** For a deleted code: its billable successors on the date (CDC conversion table). */
      readonly replacements: readonly string[];
      readonly message: string;
    };

/**
 * Whether a code is billable on a date of service: present in the release in force with order
 * file flag 1 ("valid for submission on a HIPAA-covered transaction"). Only the most specific
 * codes may be reported (ICD-10-CM Official Guidelines I.B.7 "Level of detail in coding": a
 * three-character code is used only if it has no subdivisions).
 *
 * @example
 * ```ts
 * isBillableOn(store, 'B88.0', isoDate('2025-10-01')); // billable: false, billableChildren: ['B8801', 'B8809']
 * ```
 */
export function isBillableOn(
  store: Icd10cmStore,
  code: string,
  dateOfService: IsoDate,
): BillableCheck {
  const lookup = store.codes.lookup(code, dateOfService);
  if (lookup.status === 'valid' && lookup.billable) return { billable: true, lookup };
  if (lookup.status !== 'valid') {
    const replacements = billableSuccessors(store, lookup.code, dateOfService);
    const shown = replacements.slice(0, 5).map(formatIcd10cmCode).join(', ');
    const replaced =
      replacements.length > 0 ? ` Replaced by ${shown}${replacements.length > 5 ? '…' : ''}.` : '';
    return {
      billable: false,
      lookup,
      billableChildren: [],
      replacements,
      message: lookup.message + replaced,
    };
  }
  const release = store.codes.releaseOn(dateOfService) ?? -1;
  const billableChildren = store.codes
    .codesWithPrefix(lookup.code, release)
    .filter(
      (child) => child !== lookup.code && store.codes.versionIn(child, release)?.billable === true,
    );
  const shown = billableChildren.slice(0, 5).map(formatIcd10cmCode).join(', ');
  const more = billableChildren.length > 5 ? ` and ${billableChildren.length - 5} more` : '';
  const message = `${lookup.display} is a header in ${lookup.release.version}, not billable: use a more specific code (${shown}${more}).`;
  return { billable: false, lookup, billableChildren, replacements: [], message };
}
