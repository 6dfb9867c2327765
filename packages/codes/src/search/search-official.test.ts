import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { codesetsDir } from '../icd10cm/codesets-for-tests.ts';
import type { CodeSets } from '../load/code-sets.ts';
import { loadCodeSetsSnapshot, snapshotCodeSets } from '../load/code-set-snapshot.ts';
import { importCodeSets } from '../load/import-code-sets.ts';
import { readSourceFiles } from '../source-files.ts';
import { encoderDocuments, type SearchSystem } from './search-documents.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { search } from './search.ts';

const dir = codesetsDir();
const present = existsSync(dir);
if (!present) console.warn(`search-official.test.ts: no code sets at ${dir}; skipped.`);

/** The example queries (#3, "Encoder search") over the full official code sets. */
describe.skipIf(!present)('search over the official code sets', () => {
  let index: SearchIndex;
  let systems: SearchSystem[];
  let titles: string[];
  let codeSets: CodeSets;
  beforeAll(async () => {
    ({ codeSets } = await importCodeSets(await readSourceFiles(dir)));
    const built = encoderDocuments(codeSets);
    index = buildSearchIndex(built.documents);
    systems = built.systems;
    titles = built.documents.map((d) => d.fields[0]?.text ?? '');
  });
  const top = (query: string, n = 5) => search(index, query, { limit: n });

  it.each([
    ['type 2 diabetes with diabetic ckd stage 3', 'E1122'],
    ['copd exacerbation', 'J441'],
    ['htn', 'I10'],
    ['pneumonia', 'J189'],
    ['uti', 'N390'],
  ])('ranks "%s" → %s first', (query, code) => {
    expect(top(query, 1).map((h) => h.code)).toEqual([code]);
  });

  it('finds a left, initial-encounter distal radius fracture', () => {
    expect(top('fx distal radius left initial', 1)[0]?.code).toMatch(/^S52[56]\d{1,2}2[AB]$/);
  });

  it('finds knee replacement status or a knee arthroplasty supply first', () => {
    const [hit] = top('knee replacement', 1);
    expect(hit?.code).toMatch(/^Z9665/);
  });

  it('jumps to E11.2 and its children', () => {
    expect(top('E11.2', 4).map((h) => h.code)).toEqual(['E112', 'E1121', 'E1122', 'E1129']);
  });

  it('lists HCPCS wheelchair codes for "wheelchair"', () => {
    const hits = top('wheelchair', 5);
    expect(hits).toHaveLength(5);
    for (const hit of hits) {
      expect(systems[hit.doc]).toBe('hcpcs');
      expect(titles[hit.doc]?.toLowerCase()).toContain('wheelchair');
    }
  });

  it('answers every query the same after a round trip through the snapshot', () => {
    const { encoder } = loadCodeSetsSnapshot(snapshotCodeSets(codeSets, { index, systems }).bytes);
    expect(encoder?.systems).toEqual(systems);
    const queries = sampleQueries(titles, 400);
    for (const query of queries) {
      const again = search(encoder!.index, query, { limit: 10 });
      expect(again, query).toEqual(search(index, query, { limit: 10 }));
    }
  });
});

/**
 * Queries as coders type them, from every `step`-th title: its first words, a prefix being
 * typed, one letter dropped (a typo), the words reversed, and the code itself.
 */
function sampleQueries(titles: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(titles.length / count));
  const out: string[] = [];
  for (let i = 0; i < titles.length; i += step) {
    const words = (titles[i] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const text = words.slice(0, 4).join(' ');
    if (!text) continue;
    const cut = Math.max(3, Math.floor(text.length * 0.6));
    const drop = Math.min(text.length - 1, 5);
    out.push(
      text,
      text.slice(0, cut),
      text.slice(0, drop) + text.slice(drop + 1),
      [...words].reverse().slice(0, 5).join(' '),
    );
  }
  return out;
}
