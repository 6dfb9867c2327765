import type { CodeIndex } from './code-index.ts';
import type { ConversionTable } from './conversion-table.ts';
import type { AlphabeticIndex } from './index-types.ts';
import type { PoaExemptList } from './poa-exempt.ts';
import type { Tabular } from './tabular-types.ts';

/**
 * Everything medbill holds for ICD-10-CM: the versioned code index (order files), the Tabular
 * List (notes, 7th characters) and the manifestation codes that the Alphabetic Index prints in
 * brackets. The rule functions read only this; `importIcd10cm` builds it from the CDC files and
 * a snapshot stores it.
 */
export interface Icd10cmStore {
  readonly codes: CodeIndex;
  readonly tabular: Tabular | undefined;
  /** Dotless codes or prefixes bracketed in the Alphabetic Index (`E11.22 [N18.9]`-style `<manif>`). */
  readonly indexManifestations: ReadonlySet<string>;
  /** The Alphabetic Index, External Cause index, Drug and Neoplasm tables loaded (any versions). */
  readonly indexes: readonly AlphabeticIndex[];
  /** The newest CDC conversion table (new code ← previous code), to name a deleted code's successors. */
  readonly conversions: ConversionTable | undefined;
  /** CMS's POA-exempt code lists, one per fiscal year loaded. */
  readonly poaExempt: readonly PoaExemptList[];
}

/** A problem a rule found, in the scrubber's shape (STYLE.md §4). */
export interface CodeProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  /** Which input it is about, e.g. `codes.0` (first-listed diagnosis). */
  readonly path: string;
  readonly message: string;
}
