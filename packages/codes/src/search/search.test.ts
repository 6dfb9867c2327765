import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './search-index.ts';
import { search } from './search.ts';

/** Real ICD-10-CM FY2026 titles (a slice of the order file) and two HCPCS Level II codes. */
const titles: [string, boolean, string][] = [
  ['E11', false, 'Type 2 diabetes mellitus'],
  ['E112', false, 'Type 2 diabetes mellitus with kidney complications'],
  ['E1121', true, 'Type 2 diabetes mellitus with diabetic nephropathy'],
  ['E1122', true, 'Type 2 diabetes mellitus with diabetic chronic kidney disease'],
  ['E119', true, 'Type 2 diabetes mellitus without complications'],
  ['E1022', true, 'Type 1 diabetes mellitus with diabetic chronic kidney disease'],
  ['N1830', true, 'Chronic kidney disease, stage 3 unspecified'],
  ['N1831', true, 'Chronic kidney disease, stage 3a'],
  ['I10', true, 'Essential (primary) hypertension'],
  ['I160', true, 'Hypertensive urgency'],
  ['J441', true, 'Chronic obstructive pulmonary disease with (acute) exacerbation'],
  ['J449', true, 'Chronic obstructive pulmonary disease, unspecified'],
  [
    'S52502A',
    true,
    'Unspecified fracture of the lower end of left radius, initial encounter for closed fracture',
  ],
  [
    'S52502D',
    true,
    'Unspecified fracture of the lower end of left radius, subsequent encounter for closed fracture with routine healing',
  ],
  [
    'S52501A',
    true,
    'Unspecified fracture of the lower end of right radius, initial encounter for closed fracture',
  ],
  [
    'S62522A',
    true,
    'Displaced fracture of distal phalanx of left thumb, initial encounter for closed fracture',
  ],
  ['Z96652', true, 'Presence of left artificial knee joint'],
  ['K0001', true, 'Standard wheelchair'],
  [
    'E1130',
    true,
    'Standard wheelchair, fixed full length arms, fixed or swing away detachable footrests',
  ],
  ['J020', true, 'Streptococcal pharyngitis'],
  ['R070', true, 'Pain in throat'],
];

const index = buildSearchIndex(
  titles.map(([code, billable, title]) => ({
    code,
    billable,
    fields: [{ text: title, weight: 3 }],
  })),
);
const top = (query: string, n = 1) => search(index, query, { limit: n }).map((hit) => hit.code);

describe('search', () => {
  it.each([
    ['type 2 diabetes with diabetic ckd stage 3', 'E1122'],
    ['copd exacerbation', 'J441'],
    ['COPD w/ acute exacerbation', 'J441'],
    ['fx distal radius left initial', 'S52502A'],
    ['knee replacement left', 'Z96652'],
    ['wheelchair standard', 'K0001'],
    ['strep throat', 'J020'],
    ['diabetis nephropathy', 'E1121'],
    ['chronic kidney disease stage 3a', 'N1831'],
  ])('ranks "%s" → %s first', (query, code) => {
    expect(top(query)).toEqual([code]);
  });

  it('completes the word being typed', () => {
    expect(top('hypertens', 2).sort()).toEqual(['I10', 'I160']);
    expect(top('copd exac')).toEqual(['J441']);
  });

  it('expands abbreviations a note would use', () => {
    expect(top('htn', 2)).toEqual(expect.arrayContaining(['I10']));
    expect(top('t2dm without complications')).toEqual(['E119']);
  });

  it('jumps to a code-shaped query and lists its children in code order', () => {
    expect(top('E11.2', 5)).toEqual(['E112', 'E1121', 'E1122']);
    expect(top('e1122')).toEqual(['E1122']);
    expect(top('k0001')).toEqual(['K0001']);
  });

  it('says how much of the query each hit matched, and whether it is billable', () => {
    const [hit] = search(index, 'type 2 diabetes kidney', { limit: 1 });
    expect(hit).toMatchObject({ matched: 4, of: 4 });
    expect(search(index, 'E11', { limit: 1 })[0]?.billable).toBe(false);
  });

  it('filters with accept (e.g. codes valid on the date of service)', () => {
    expect(top('wheelchair', 5)).toContain('K0001');
    expect(
      search(index, 'wheelchair', { limit: 5, accept: (code) => code !== 'K0001' }).map(
        (h) => h.code,
      ),
    ).not.toContain('K0001');
  });

  it('returns nothing for stopwords or nonsense', () => {
    expect(search(index, 'of the with')).toEqual([]);
    expect(search(index, 'zzqxv')).toEqual([]);
  });
});

describe('search on a large corpus', () => {
  // 30,000 synthetic titles over a Zipf-like vocabulary: "left", "initial"… in thousands of them,
  // so that the frequent groups only refine the rare groups' candidates.
  const vocabulary = Array.from(
    { length: 300 },
    (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`,
  );
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const zipf = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] ?? '';
  const documents = Array.from({ length: 30_000 }, (_, i) => ({
    code: `X${String(i).padStart(5, '0')}`,
    billable: i % 3 !== 0,
    fields: [
      { text: Array.from({ length: 3 + (i % 6) }, zipf).join(' '), weight: 3 },
      { text: Array.from({ length: 2 + (i % 3) }, zipf).join(' '), weight: 2 },
    ],
  }));
  const large = buildSearchIndex(documents);

  it('returns the same top 10 as an exhaustive scan (limit past every match)', () => {
    const docWords = documents.map((d) => d.fields.flatMap((f) => f.text.split(' ')));
    for (let q = 0; q < 80; q += 1) {
      const query = Array.from({ length: 1 + (q % 5) }, zipf).join(' ');
      const top10 = search(large, query, { limit: 10 });
      const all = search(large, query, { limit: 30_000 });
      // The long list is exhaustive: every document with a query word (the last one completed).
      const typed = query.split(' ');
      const last = typed.at(-1) ?? '';
      const matching = docWords.filter((ws) =>
        ws.some((w) => typed.includes(w) || w.startsWith(last)),
      );
      expect(all).toHaveLength(matching.length);
      expect(top10.map((h) => h.score)).toEqual(all.slice(0, 10).map((h) => h.score));
    }
  });

  it('boosts a code whose field says exactly what was typed', () => {
    const [first] = documents;
    const typed = first?.fields[1]?.text ?? '';
    const [hit] = search(large, typed, { limit: 1 });
    const exact = documents.filter((d) => d.fields.some((f) => f.text === typed));
    expect(exact.map((d) => d.code)).toContain(hit?.code);
  });
});
