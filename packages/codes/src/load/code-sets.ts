import type { CptStore } from '../cpt/index.ts';
import type { HcpcsStore } from '../hcpcs/index.ts';
import type { Icd10cmStore } from '../icd10cm/index.ts';
import type { Icd10pcsStore } from '../icd10pcs/index.ts';
import type { NcciStore } from '../ncci/index.ts';
import type { PfsStore } from '../pfs/index.ts';
import type { ReferenceLists } from '../reference/index.ts';

/**
 * Every code set and edit table loaded, each with all its releases side by side. A system
 * whose files were never imported is absent, and lookups say so instead of guessing.
 */
export interface CodeSets {
  readonly icd10cm?: Icd10cmStore;
  /** Inpatient procedures (CMS order files); the encoder searches them only when asked to. */
  readonly icd10pcs?: Icd10pcsStore;
  readonly hcpcs?: HcpcsStore;
  /** CPT descriptors from a licensee's AMA files; without them CPT codes are known from the fee schedule, with no text. */
  readonly cpt?: CptStore;
  readonly pfs?: PfsStore;
  readonly ncci?: NcciStore;
  readonly reference?: ReferenceLists;
}

/** One line per release, for `medbill codes releases`, the API and the start-up message. */
export interface ReleaseSummary {
  readonly system: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly entries: number;
}
