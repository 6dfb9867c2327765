import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays within its ranges', () => {
    const random = seededRandom(123);
    for (let i = 0; i < 1000; i += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      expect([1, 2, 3]).toContain(random.int(1, 3));
    }
  });

  it('picks by weight, never a zero-weight item', () => {
    const random = seededRandom(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 2000; i += 1) {
      const item = random.weighted([
        ['a', 3],
        ['b', 1],
        ['c', 0],
      ] as const);
      counts[item] += 1;
    }
    expect(counts.c).toBe(0);
    expect(counts.a).toBeGreaterThan(counts.b * 2);
  });

  it('shuffles without losing items', () => {
    expect(seededRandom(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
