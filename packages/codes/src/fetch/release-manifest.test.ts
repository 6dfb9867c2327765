import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codesetsDir } from '../icd10cm/codesets-for-tests.ts';
import { kindOf } from '../load/classify-files.ts';
import { downloadName, RELEASE_MANIFEST } from './release-manifest.ts';
import { checkDownload } from './verify-download.ts';

/** Byte-identical copies of the downloads (or of the files inside them), per PROVENANCE.md. */
const COPIES: Readonly<Record<string, string>> = {
  'icd10cm-Code Descriptions-2026.zip': 'icd10cm/fy2026/icd10cm-Code-Descriptions-2026.zip',
  'ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx': 'icd10cm/fy2026/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx',
  'ICD10-CM Code Descriptions 2025.zip': 'icd10cm/fy2025/ICD10-CM-Code-Descriptions-2025.zip',
  'april-2026-alpha-numeric-hcpcs-file.zip': 'hcpcs/2026-apr/hcpc2026_apr_anweb_0.zip',
  'nucc_taxonomy_251.csv': 'taxonomy/nucc_taxonomy_251.csv',
  'PPRRVU2026_Jul_nonQPP.csv': 'pfs/rvu26c/PPRRVU2026_Jul_nonQPP.csv.gz',
  'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv':
    'ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv',
  'MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx':
    'ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the release manifest', () => {
  it.each(RELEASE_MANIFEST.map((entry) => [downloadName(entry), entry] as const))(
    '%s is an https download that an importer reads, with a publisher page',
    (name, entry) => {
      expect(entry.url).toMatch(/^https:\/\//);
      expect(entry.page).toMatch(/^https:\/\//);
      const members = Object.keys(entry.members ?? {});
      const readable = name.endsWith('.zip') || kindOf(name) !== undefined;
      expect(readable, name).toBe(true);
      for (const member of members) expect(kindOf(member), member).toBeDefined();
    },
  );

  const dir = codesetsDir();
  describe.skipIf(!existsSync(dir))('against the copies in the code-sets folder', () => {
    it.each(Object.entries(COPIES))('%s has the SHA-256 the manifest gives', async (name, path) => {
      // The copies here are stored as published, or gzip-compressed (`.gz`) when over 1 MiB.
      const raw = new Uint8Array(await readFile(join(dir, path)));
      const copy = path.endsWith('.gz') ? new Uint8Array(gunzipSync(raw)) : raw;
      const whole = RELEASE_MANIFEST.find((entry) => downloadName(entry) === name);
      const member = RELEASE_MANIFEST.find((entry) => entry.members?.[name] !== undefined);
      expect(whole?.sha256 ?? member?.members?.[name]).toBe(sha256(copy));
    });

    it('accepts a download that is the published file', async () => {
      const entry = RELEASE_MANIFEST.find((e) => e.system === 'hcpcs')!;
      const bytes = new Uint8Array(await readFile(join(dir, COPIES[downloadName(entry)]!)));
      const check = checkDownload(entry, bytes);
      expect(check.ok && check.verified).toBe('sha256');
      expect(sha256(bytes)).toBe(entry.sha256);
    });
  });
});
