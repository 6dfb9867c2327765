import {
  buildSearchIndex,
  codeFactsFrom,
  encoderDocuments,
  loadCodeSetsSnapshot,
  summarizeReleases,
} from '@medbill/codes';
import type { CodeSets, ReleaseSummary, SearchIndex, SearchSystem } from '@medbill/codes';
import { codeSetRules } from '@medbill/core';
import type { ScrubRule } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { loadLatestCodeSetSnapshot } from '@medbill/db';

/**
 * The code sets a server answers from, with the encoder index over them. The index is built on
 * first use (a command line that only scrubs or imports never needs it); a server builds it at
 * start with {@link CodeSetCatalog.prepareSearch}.
 */
export interface LoadedCodeSets {
  readonly codeSets: CodeSets;
  readonly index: SearchIndex;
  /** The code system of each search document, by document id. */
  readonly systems: readonly SearchSystem[];
  readonly releases: readonly ReleaseSummary[];
  readonly snapshot: string;
  /** The scrubber's code-set rules (ICD-10-CM, CPT/HCPCS, modifiers, NCCI, POS) over these releases. */
  readonly scrubRules: readonly ScrubRule[];
}

/**
 * Holds the loaded code sets for the app's lifetime; an import swaps in a new set atomically,
 * so a request sees either the old releases or the new ones, never a mix.
 */
export class CodeSetCatalog {
  #loaded: LoadedCodeSets | undefined;

  get loaded(): LoadedCodeSets | undefined {
    return this.#loaded;
  }

  use(codeSets: CodeSets, snapshot: string): LoadedCodeSets {
    let search: { index: SearchIndex; systems: SearchSystem[] } | undefined;
    const encoder = () => {
      if (!search) {
        const { documents, systems } = encoderDocuments(codeSets);
        search = { index: buildSearchIndex(documents), systems };
      }
      return search;
    };
    this.#loaded = {
      codeSets,
      get index() {
        return encoder().index;
      },
      get systems() {
        return encoder().systems;
      },
      releases: summarizeReleases(codeSets),
      snapshot,
      scrubRules: codeSetRules(codeFactsFrom(codeSets)),
    };
    return this.#loaded;
  }

  /** Builds the encoder index now, so that the first search a person makes is not the slow one. */
  prepareSearch(): void {
    void this.#loaded?.index;
  }

  /** Loads the newest snapshot from the database; false when no code set was ever imported. */
  async loadLatest(q: Queryable): Promise<boolean> {
    const latest = await loadLatestCodeSetSnapshot(q);
    if (!latest) return false;
    if (latest.sha256 !== this.#loaded?.snapshot)
      this.use(loadCodeSetsSnapshot(latest.bytes), latest.sha256);
    return true;
  }
}
