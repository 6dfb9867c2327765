import { describe, expect, it } from 'vitest';
import { AutoAnalyze } from './auto-analyze.ts';

describe('AutoAnalyze', () => {
  it('analyzes after a transaction once the gap has passed, one at a time, never after close', async () => {
    let clock = 0;
    let runs = 0;
    let finish: () => void = () => undefined;
    const auto = new AutoAnalyze(
      () =>
        new Promise<void>((resolve) => {
          runs += 1;
          finish = resolve;
        }),
      { now: () => clock, minGapMs: 1000 },
    );
    auto.afterTransaction();
    expect(runs).toBe(0);
    clock = 1000;
    auto.afterTransaction();
    auto.afterTransaction();
    expect(runs).toBe(1);
    clock = 1100;
    finish();
    await new Promise((r) => setTimeout(r, 0));
    clock = 1500;
    auto.afterTransaction();
    expect(runs).toBe(1);
    clock = 2200;
    auto.close();
    auto.afterTransaction();
    expect(runs).toBe(1);
  });

  it('waits longer when analyzing is expensive', async () => {
    let clock = 0;
    let runs = 0;
    const auto = new AutoAnalyze(
      () => {
        runs += 1;
        clock += 100;
        return Promise.resolve();
      },
      { now: () => clock, minGapMs: 1000 },
    );
    clock = 1000;
    auto.afterTransaction();
    await new Promise((r) => setTimeout(r, 0));
    clock = 3000;
    auto.afterTransaction();
    expect(runs).toBe(1);
    clock = 6200;
    auto.afterTransaction();
    expect(runs).toBe(2);
  });
});
