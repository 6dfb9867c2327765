import { MedbillError } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICD10CM_FILES, readCodeset } from './codesets-for-tests.ts';
import { officialTabular2021 } from './load-tabular-for-tests.ts';
import { findTabularFile, parseTabular } from './tabular-parser.ts';
import {
  inheritedNotes,
  inheritedSeventhCharacter,
  nearestTabularNode,
  tabularAncestry,
} from './tabular-queries.ts';
import type { Tabular } from './tabular-types.ts';

const diagCount = (tabular: Tabular): number =>
  [...tabular.nodes.values()].filter(
    (n) => n.kind !== 'chapter' && n.kind !== 'section' && !n.placeholder,
  ).length;

const fixture = (body: string): { name: string; bytes: Uint8Array; sha256: string } => ({
  name: 'icd10cm_tabular_2099.xml',
  bytes: new TextEncoder().encode(
    `<?xml version="1.0" encoding="utf-8"?>\n<ICD10CM.tabular><version>2099</version>${body}</ICD10CM.tabular>`,
  ),
  sha256: 'x',
});

let tabular: Tabular;
beforeAll(async () => {
  tabular = await officialTabular2021();
});

describe('parseTabular on the FY2021 Tabular List XML', () => {
  it('counts as PROVENANCE.md measured: 44,772 <diag> (plus 245 placeholder levels)', () => {
    expect(tabular.version).toBe('2021');
    expect(diagCount(tabular)).toBe(44_772);
    expect([...tabular.nodes.values()].filter((n) => n.placeholder)).toHaveLength(245);
    expect(tabular.chapters).toHaveLength(22);
  });

  it('builds chapter → section → category → subcategory → code', () => {
    expect(tabularAncestry(tabular, 'E1122').map((n) => `${n.kind}:${n.name}`)).toEqual([
      'code:E11.22',
      'subcategory:E11.2',
      'category:E11',
      'section:E08-E13',
      'chapter:4',
    ]);
  });

  it('reads notes with their code ranges', () => {
    const e1122 = tabular.nodes.get('E1122');
    expect(e1122?.notes).toEqual([
      {
        kind: 'useAdditionalCode',
        text: 'code to identify stage of chronic kidney disease (N18.1-N18.6)',
        ranges: [{ from: 'N181', to: 'N186' }],
      },
    ]);
    const kinds = new Set(
      [...tabular.nodes.values()].flatMap((n) => n.notes.map((note) => note.kind)),
    );
    expect([...kinds].sort()).toEqual([
      'codeAlso',
      'codeFirst',
      'excludes1',
      'excludes2',
      'includes',
      'inclusionTerm',
      'notes',
      'useAdditionalCode',
    ]);
  });

  it('inherits sevenChrDef down the hierarchy (S52 → S52.531)', () => {
    const found = inheritedSeventhCharacter(tabular, 'S52531');
    expect(found?.at.name).toBe('S52');
    expect(found?.definition.values.map((v) => v.character).join('')).toBe('ABCDEFGHJKMNPQRS');
    expect(found?.definition.values[0]).toEqual({
      character: 'A',
      meaning: 'initial encounter for closed fracture',
    });
  });

  it('attaches notes by prefix to codes newer than the tabular (FY2026 C50.A0 under FY2021 C50)', () => {
    expect(nearestTabularNode(tabular, 'C50A0')?.name).toBe('C50');
    expect(nearestTabularNode(tabular, 'B8801')?.name).toBe('B88.0');
    const notes = inheritedNotes(tabular, 'C50A0', ['useAdditionalCode', 'excludes1']).map(
      (n) => `${n.note.kind}: ${n.note.text}`,
    );
    expect(notes).toEqual([
      'useAdditionalCode: code to identify estrogen receptor status (Z17.0, Z17.1)',
      'excludes1: skin of breast (C44.501, C44.511, C44.521, C44.591)',
    ]);
  });

  it('parses the FY2017 tabular from the full XML zip too', async () => {
    const file = findTabularFile(await readCodeset(ICD10CM_FILES.fy2017Full));
    expect(file?.name).toMatch(/icd10cm_tabular_2017\.xml$/);
    if (!file) return;
    const fy2017 = parseTabular(file);
    expect(fy2017.version).toBe('2017');
    expect(diagCount(fy2017)).toBe(43_666);
  });
});

describe('parseTabular on hand-made fixtures', () => {
  it('reads a minimal file', () => {
    const t = parseTabular(
      fixture(
        '<chapter><name>1</name><desc>Chapter (A00-A09)</desc><section id="A00-A09"><desc>S</desc><diag><name>A00</name><desc>Cholera</desc><excludes1><note>x (B01.-)</note></excludes1><diag><name>A00.0</name><desc>C0</desc></diag></diag></section></chapter>',
      ),
    );
    expect(t.nodes.get('A000')?.parent).toBe('A00');
    expect(t.nodes.get('A00')?.notes[0]?.ranges).toEqual([{ from: 'B01', to: 'B01' }]);
  });

  it('fails as a whole with located problems', () => {
    try {
      parseTabular(
        fixture(
          '<chapter><name>1</name><diag><name>not a code</name></diag><diag><desc>x</diag></chapter>',
        ),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MedbillError);
      const problems = (error as MedbillError).problems;
      expect(problems[0]?.path).toMatch(/^icd10cm_tabular_2099\.xml:2:\d+$/);
      expect(problems.map((p) => p.message).join('\n')).toContain(
        'expected an ICD-10-CM code in <name>, found "not a code"',
      );
      expect(problems.map((p) => p.message).join('\n')).toContain('well-formed');
    }
  });
});
