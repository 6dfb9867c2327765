import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { codesetsDir } from '../icd10cm/codesets-for-tests.ts';
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
  beforeAll(async () => {
    const { codeSets } = await importCodeSets(await readSourceFiles(dir));
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
});
