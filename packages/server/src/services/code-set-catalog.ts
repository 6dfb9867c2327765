import {
  buildEncoder,
  CODE_SET_STORES,
  inflateSnapshot,
  codeFactsFrom,
  loadCodeSetsSnapshot,
  snapshotCodeSets,
  summarizeReleases,
} from '@medbill/codes';
import type { CodeSets, Encoder, ReleaseSummary, SearchIndex, SearchSystem } from '@medbill/codes';
import { codeSetRules } from '@medbill/core';
import type { ScrubRule } from '@medbill/core';
import type { CodeSetSnapshotRecord, Queryable } from '@medbill/db';
import {
  latestCodeSetSnapshotRecord,
  loadLatestCodeSetSnapshot,
  saveCodeSetSnapshot,
} from '@medbill/db';
import { SnapshotFileCache } from './code-set-snapshot-cache.ts';

/**
 * The code sets a server answers from, with the encoder index over them. The index comes from
 * the snapshot (an import stores it there) and is decoded on first use; when the snapshot has
 * none, it is built on first use (a command line that only scrubs never needs it). A server
 * does either right after it listens ({@link CodeSetCatalog.warmUp}).
 */
export interface LoadedCodeSets {
  readonly codeSets: CodeSets;
  /** What `encoderSearch` searches: the index below and, apart, ICD-10-PCS. */
  readonly encoder: Encoder;
  readonly index: SearchIndex;
  /** The code system of each search document, by document id. */
  readonly systems: readonly SearchSystem[];
  readonly releases: readonly ReleaseSummary[];
  readonly snapshot: string;
  /** The scrubber's code-set rules (ICD-10-CM, CPT/HCPCS, modifiers, NCCI, POS) over these releases. */
  readonly scrubRules: readonly ScrubRule[];
}

type Prefetched = { sha256: string } & ReturnType<typeof loadCodeSetsSnapshot>;

/**
 * Holds the loaded code sets for the app's lifetime; an import swaps in a new set atomically,
 * so a request sees either the old releases or the new ones, never a mix.
 */
export class CodeSetCatalog {
  #loaded: LoadedCodeSets | undefined;
  readonly #cache: SnapshotFileCache | undefined;
  #prefetched: Promise<Prefetched | undefined> | undefined;

  /** `snapshotCache`: a folder for a copy of the newest snapshot, read at start instead of the database's. */
  constructor(options: { snapshotCache?: string } = {}) {
    this.#cache = options.snapshotCache ? new SnapshotFileCache(options.snapshotCache) : undefined;
  }

  get loaded(): LoadedCodeSets | undefined {
    return this.#loaded;
  }

  /**
   * Answers from these code sets from now on. `releases` (the summary stored with the snapshot)
   * saves reading every store just to list them.
   */
  use(
    codeSets: CodeSets,
    snapshot: string,
    known: { encoder?: Encoder; releases?: readonly ReleaseSummary[] } = {},
  ): LoadedCodeSets {
    let search = known.encoder;
    const encoder = () => (search ??= buildEncoder(codeSets));
    this.#loaded = {
      codeSets,
      get encoder() {
        return encoder();
      },
      get index() {
        return encoder().index;
      },
      get systems() {
        return encoder().systems;
      },
      releases: known.releases ?? summarizeReleases(codeSets),
      snapshot,
      scrubRules: codeSetRules(codeFactsFrom(codeSets)),
    };
    return this.#loaded;
  }

  /** Decodes (or builds) the encoder index now, so that the first search a person makes is not the slow one. */
  prepareSearch(): void {
    void this.#loaded?.index;
  }

  /**
   * Decodes what a search needs (the encoder index, ICD-10-CM) right away, and the other stores
   * `restAfterMs` later, so that they do not hold up the first sign-in and search (the fee
   * schedule alone takes 0.2–0.4 s); one per turn of the event loop, so that requests are
   * answered in between. A store a request reads first is decoded then. `then` runs when all
   * is decoded.
   */
  warmUp(options: { restAfterMs?: number; then?: () => void } = {}): void {
    const loaded = this.#loaded;
    const then = options.then ?? (() => undefined);
    if (!loaded) return then();
    const decode = (store: (typeof CODE_SET_STORES)[number]) => () => void loaded.codeSets[store];
    const run = (steps: (() => void)[], done: () => void) => {
      const step = steps.shift();
      if (step === undefined) return done();
      step();
      setImmediate(() => run(steps, done));
    };
    const forSearch = ['icd10cm'] as const;
    const rest = CODE_SET_STORES.filter(
      (store) => !(forSearch as readonly string[]).includes(store),
    );
    setImmediate(() =>
      run([() => void loaded.index, ...forSearch.map(decode)], () => {
        setTimeout(() => run(rest.map(decode), then), options.restAfterMs ?? 2000).unref();
      }),
    );
  }

  /**
   * Starts reading and decoding the snapshot cache's copy now, while the database is still
   * opening (PGlite takes 0.6–1.3 s to start); {@link loadLatest} uses it if it is the copy of
   * the snapshot the database says is current, and reads the right one otherwise.
   */
  prefetch(): void {
    this.#prefetched ??= (async () => {
      const newest = await this.#cache?.readNewest();
      if (!newest) return undefined;
      return { sha256: newest.sha256, ...loadCodeSetsSnapshot(newest.bytes) };
    })().catch(() => undefined);
  }

  /**
   * Loads the newest snapshot from the database (or its copy in the snapshot cache); false when
   * no code set was ever imported. A snapshot stored without the current encoder (an older
   * medbill wrote it) gets one: it is built once and the snapshot stored again, so later starts
   * read it.
   */
  async loadLatest(q: Queryable): Promise<boolean> {
    const prefetched = this.#prefetched;
    this.#prefetched = undefined;
    const latest = await latestCodeSetSnapshotRecord(q);
    if (!latest) return false;
    if (latest.sha256 === this.#loaded?.snapshot) return true;
    const early = await prefetched;
    const read =
      early?.sha256 === latest.sha256 ? { ...latest, ...early } : await this.#read(q, latest);
    if (!read) return false;
    const { sha256, summary, codeSets, encoder } = read;
    const releases = (summary as { releases?: ReleaseSummary[] }).releases;
    if (encoder) {
      this.use(codeSets, sha256, { encoder, ...(releases ? { releases } : {}) });
      return true;
    }
    const built = buildEncoder(codeSets);
    const upgraded = snapshotCodeSets(codeSets, built);
    await saveCodeSetSnapshot(q, { sha256: upgraded.sha256, bytes: upgraded.bytes, summary });
    await this.#cache?.write(upgraded.sha256, inflateSnapshot(upgraded.bytes));
    this.use(codeSets, upgraded.sha256, { encoder: built, ...(releases ? { releases } : {}) });
    return true;
  }

  async #read(q: Queryable, latest: CodeSetSnapshotRecord) {
    const cached = await this.#cache?.read(latest.sha256);
    if (cached) {
      try {
        return { ...latest, ...loadCodeSetsSnapshot(cached) };
      } catch {
        await this.#cache?.forget(latest.sha256);
      }
    }
    const stored = await loadLatestCodeSetSnapshot(q);
    if (!stored) return undefined;
    const inflated = inflateSnapshot(stored.bytes);
    const loaded = loadCodeSetsSnapshot(inflated);
    await this.#cache?.write(stored.sha256, inflated);
    return { ...stored, ...loaded };
  }
}
