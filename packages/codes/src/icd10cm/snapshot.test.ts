import { isoDate, MedbillError } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSourceFiles } from '../source-files.ts';
import { codesetsDir } from './codesets-for-tests.ts';
import { excludes1Conflict } from './excludes1.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { importIcd10cm } from './import-icd10cm.ts';
import { findIndexTerm, resolveIndexCode } from './index-lookup.ts';
import { seventhCharacter } from './seventh-character.ts';
import { readIcd10cmSnapshot, writeIcd10cmSnapshot } from './snapshot.ts';

let imported: Icd10cmStore;
let loaded: Icd10cmStore;
let bytes: Uint8Array;
beforeAll(async () => {
  imported = importIcd10cm(await readSourceFiles(`${codesetsDir()}/icd10cm`));
  bytes = writeIcd10cmSnapshot(imported);
  loaded = readIcd10cmSnapshot(bytes);
});
const DOS = isoDate('2026-01-15');

describe('importIcd10cm on the whole icd10cm folder', () => {
  it('finds every release, the newest tabular and all seven index files', () => {
    expect(imported.codes.data.releases.map((r) => r.version)).toEqual([
      'FY2021-01',
      'FY2025',
      'FY2026',
    ]);
    expect(imported.tabular?.version).toBe('2021');
    expect(imported.indexes.map((i) => `${i.kind} ${i.version}`).sort()).toEqual([
      'drug 2017',
      'drug 2025',
      'eindex 2017',
      'eindex 2025',
      'index 2017',
      'neoplasm 2017',
      'neoplasm 2025',
    ]);
    expect(imported.indexManifestations.has('I43')).toBe(true);
    expect(imported.conversions?.conversions).toHaveLength(5_892);
    expect(imported.poaExempt.map((l) => [l.fiscalYear, l.codes.size])).toEqual([[2026, 38_349]]);
  });
});

describe('ICD-10-CM snapshot', () => {
  it('round-trips the POA-exempt lists', () => {
    expect(loaded.poaExempt).toEqual(imported.poaExempt);
    expect(loaded.poaExempt[0]?.codes.has('Z9911')).toBe(true);
  });

  it('round-trips the code index', () => {
    expect(loaded.codes.data.releases).toEqual(imported.codes.data.releases);
    expect(loaded.codes.data.codes).toEqual(imported.codes.data.codes);
    for (const [code, dos] of [
      ['E11.22', '2026-01-15'],
      ['B88.0', '2025-10-01'],
      ['S30.1XXA', '2025-10-01'],
      ['Z20.822', '2021-02-01'],
    ] as const) {
      expect(loaded.codes.lookup(code, isoDate(dos))).toEqual(
        imported.codes.lookup(code, isoDate(dos)),
      );
    }
  });

  it('round-trips the tabular, the indexes and the rules on them', () => {
    expect(loaded.tabular?.nodes.size).toBe(imported.tabular?.nodes.size);
    expect(loaded.tabular?.nodes.get('S52')).toEqual(imported.tabular?.nodes.get('S52'));
    expect(loaded.tabular?.nodes.get('T36')).toEqual(imported.tabular?.nodes.get('T36'));
    expect(excludes1Conflict(loaded, 'E11.9', 'E10.9')).toEqual(
      excludes1Conflict(imported, 'E11.9', 'E10.9'),
    );
    expect(seventhCharacter(loaded, 'T81.4', DOS)).toEqual(
      seventhCharacter(imported, 'T81.4', DOS),
    );
    expect(loaded.indexes).toEqual(imported.indexes);
    const neoplasm = loaded.indexes.find((i) => i.kind === 'neoplasm' && i.version === '2025');
    expect(
      neoplasm && findIndexTerm(neoplasm, ['Neoplasm', 'sacrococcyx'])?.cells[2],
    ).toBeUndefined();
    expect(resolveIndexCode(loaded, 'B88.0', DOS).options).toEqual(['B8801', 'B8809']);
    expect(loaded.indexManifestations).toEqual(imported.indexManifestations);
    expect(loaded.conversions).toEqual(imported.conversions);
  });

  it('still reads layout 1 (one JSON header holding the trees), written before 2026-11', () => {
    const header = {
      releases: imported.codes.data.releases,
      codes: imported.codes.data.codes.join('\n'),
      titles: imported.codes.data.titles.join('\n'),
      tabular: null,
      indexes: [],
      indexManifestations: ['I43'],
      conversions: null,
    };
    const json = new TextEncoder().encode(JSON.stringify(header));
    const magic = 'MEDBILL ICD10CM SNAPSHOT 1\n';
    const count = imported.codes.data.codes.length;
    const start = (magic.length + 4 + json.length + 3) & ~3;
    const perRelease = ((count + 3) & ~3) + 8 * count;
    const old = new Uint8Array(start + perRelease * header.releases.length);
    old.set(new TextEncoder().encode(magic));
    new DataView(old.buffer).setUint32(magic.length, json.length, true);
    old.set(json, magic.length + 4);
    header.releases.forEach((_, r) => {
      const at = start + r * perRelease;
      old.set(imported.codes.data.status[r]!, at);
      old.set(new Uint8Array(imported.codes.data.shortTitle[r]!.buffer), at + ((count + 3) & ~3));
      old.set(
        new Uint8Array(imported.codes.data.longTitle[r]!.buffer),
        at + ((count + 3) & ~3) + 4 * count,
      );
    });
    const read = readIcd10cmSnapshot(old);
    expect(read.codes.lookup('E11.22', DOS)).toEqual(imported.codes.lookup('E11.22', DOS));
    expect(read.tabular).toBeUndefined();
    expect(read.indexes).toEqual([]);
    expect(read.indexManifestations).toEqual(new Set(['I43']));
  });

  it('refuses other bytes and truncated snapshots', () => {
    expect(() =>
      readIcd10cmSnapshot(new TextEncoder().encode('not a snapshot at all, no')),
    ).toThrow(MedbillError);
    expect(() => readIcd10cmSnapshot(bytes.subarray(0, bytes.length - 4))).toThrow(/Truncated/);
  });
});
