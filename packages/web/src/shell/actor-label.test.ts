import { describe, expect, it } from 'vitest';
import { actorLabel } from './actor-label.ts';

describe('actorLabel', () => {
  it.each([
    [{ id: 'b1d7', name: 'Dana Biller' }, undefined, 'Dana Biller'],
    [{ id: 'b1d7', name: 'Dana Biller' }, 'b1d7', 'you'],
    [{ id: 'cli:ops', name: null }, undefined, 'ops (command line)'],
    [{ id: '0f3c-gone', name: null }, undefined, '0f3c-gone'],
  ])('%j (signed in as %s) → %s', (actor, signedIn, label) =>
    expect(actorLabel(actor, signedIn)).toBe(label),
  );
});
