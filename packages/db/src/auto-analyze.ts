/**
 * PGlite runs no autovacuum daemon, so nothing gathers table statistics and the planner, guessing,
 * picks plans that take seconds once tables fill (a patient's ledger on the demo practice: 14 s
 * before ANALYZE, 28 ms after). This stands in for autovacuum's analyze: after a transaction, at
 * most once per interval, and less often when analyzing itself takes long.
 */
export class AutoAnalyze {
  readonly #analyze: () => Promise<void>;
  readonly #now: () => number;
  readonly #minGapMs: number;
  #last: number;
  #cost = 0;
  #running = false;
  #closed = false;

  constructor(
    analyze: () => Promise<void>,
    options: { now?: () => number; minGapMs?: number } = {},
  ) {
    this.#analyze = analyze;
    this.#now = options.now ?? (() => performance.now());
    this.#minGapMs = options.minGapMs ?? 30_000;
    this.#last = this.#now();
  }

  /** Called when a transaction ends; starts an analyze in the background when one is due. */
  afterTransaction(): void {
    if (this.#running || this.#closed) return;
    if (this.#now() - this.#last < Math.max(this.#minGapMs, this.#cost * 50)) return;
    this.#running = true;
    const started = this.#now();
    void this.#analyze()
      .catch(() => undefined)
      .finally(() => {
        this.#cost = this.#now() - started;
        this.#last = this.#now();
        this.#running = false;
      });
  }

  /** No analyze starts after this. */
  close(): void {
    this.#closed = true;
  }
}
