import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, TypoIndex } from './typo-index.ts';

const deletions = (word: string) => [...word].map((_, i) => word.slice(0, i) + word.slice(i + 1));

/** The plain symmetric-deletion answer: terms sharing a one-deletion key with the word. */
function bruteForce(terms: readonly string[], word: string, max: number) {
  const keys = new Set([word, ...deletions(word)]);
  return terms
    .map((term, id) => ({ term, id }))
    .filter(({ term }) => term.length >= 4 && !/\d/.test(term) && term !== word)
    .filter(({ term }) => [term, ...deletions(term)].some((key) => keys.has(key)))
    .map(({ term, id }) => ({ id, distance: damerauLevenshtein(word, term, max) }))
    .filter(({ distance }) => distance <= max);
}

const DICTIONARY = [
  'diabetes',
  'diabetic',
  'fracture',
  'fractures',
  'radius',
  'radial',
  'pneumonia',
  'sleep',
  'slept',
  'abcd',
  'axyd',
  'covid19',
  'hip',
  'kidney',
  'kidneys',
];

describe('TypoIndex', () => {
  const index = TypoIndex.build(DICTIONARY);

  it.each([
    ['diabtes', 1, ['diabetes']],
    ['daibetes', 1, ['diabetes']],
    ['fractur', 1, ['fracture']],
    ['kidny', 1, ['kidney']],
    ['pneumnoia', 1, ['pneumonia']],
    ['slep', 1, ['sleep']],
  ])('finds "%s" within %d of %j', (word, max, expected) => {
    const found = index.near(word, max).map((hit) => DICTIONARY[hit.id]);
    for (const term of expected) expect(found).toContain(term);
  });

  it('leaves out the word itself, short words and words with digits', () => {
    expect(index.near('diabetes', 2).map((hit) => DICTIONARY[hit.id])).not.toContain('diabetes');
    expect(index.near('hipp', 1)).toEqual([]);
    expect(index.near('covid1', 1)).toEqual([]);
  });

  it('gives the nearest first', () => {
    const distances = index.near('fractrue', 2).map((hit) => hit.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('answers as the string-keyed deletion lookup does, for every word within two edits', () => {
    const words = DICTIONARY.flatMap((term) => [term, ...deletions(term), `${term}s`, `x${term}`]);
    for (const word of words) {
      for (const max of [1, 2]) {
        const sorted = (list: { id: number; distance: number }[]) =>
          [...list].sort((a, b) => a.distance - b.distance || a.id - b.id);
        expect(sorted(index.near(word, max)), word).toEqual(
          sorted(bruteForce(DICTIONARY, word, max)),
        );
      }
    }
  });

  it('reads back from its keys alone', () => {
    const again = new TypoIndex(DICTIONARY, Float64Array.from(index.keys));
    expect(again.near('diabtes', 2)).toEqual(index.near('diabtes', 2));
  });
});
