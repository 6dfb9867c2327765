import { describe, expect, it } from 'vitest';
import { characterForKey, withSeventhCharacter } from './seventh-character.ts';

describe('withSeventhCharacter', () => {
  it.each([
    ['S93401', 'A', 'S93401A'],
    ['S93.401', 'd', 'S93401D'],
    // Fewer than six characters: the placeholder X fills the gap (T15.0 → T150XXA).
    ['T150', 'A', 'T150XXA'],
    ['S22.0', 'S', 'S220XXS'],
    ['O321', '1', 'O321XX1'],
  ])('%s + %s → %s', (code, character, result) =>
    expect(withSeventhCharacter(code, character)).toBe(result),
  );

  it('refuses a code that already has seven characters', () => {
    expect(() => withSeventhCharacter('S93401A', 'A')).toThrow(/seven characters/);
  });

  it('refuses more than one character', () => {
    expect(() => withSeventhCharacter('S93401', 'AB')).toThrow(/not a 7th character/);
  });
});

describe('characterForKey', () => {
  const values = [
    { character: 'A', meaning: 'initial encounter' },
    { character: 'D', meaning: 'subsequent encounter' },
    { character: 'S', meaning: 'sequela' },
  ];
  it('finds the value by its key, either case', () => {
    expect(characterForKey(values, 'd')?.meaning).toBe('subsequent encounter');
  });
  it('finds nothing for another key', () => {
    expect(characterForKey(values, 'x')).toBeUndefined();
  });
});
