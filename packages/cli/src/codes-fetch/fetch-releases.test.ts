import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST } from '@medbill/codes';
import { MedbillError } from '@medbill/core';
import { fetchReleases } from './fetch-releases.ts';

const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../../shared/codesets');
const present = existsSync(codesets);

/** Entries of the real manifest: a file checked whole, and a zip checked by its member. */
const TAXONOMY = RELEASE_MANIFEST.find((entry) => entry.system === 'taxonomy')!;
const MUE = RELEASE_MANIFEST.find((entry) => entry.system === 'mue')!;

describe.skipIf(!present)('fetching the official releases', () => {
  const served = new Map<string, Uint8Array>();
  let mueTable: { csv: Uint8Array; xlsx: Uint8Array };
  /** The MUE zip as CMS publishes it: the table as CSV and as XLSX. */
  const mueZip = (csv: Uint8Array) =>
    zipSync({
      'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv': csv,
      'MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx': mueTable.xlsx,
    });
  let server: Server;
  let mirror: string;
  beforeAll(async () => {
    const taxonomy = readFileSync(join(codesets, 'taxonomy/nucc_taxonomy_251.csv'));
    const mue = (ext: string) =>
      readFileSync(
        join(codesets, `ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026${ext}`),
      );
    mueTable = { csv: mue('.csv'), xlsx: mue('.xlsx') };
    served.set('/www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv', taxonomy);
    served.set(
      '/www.cms.gov/files/zip/medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
      mueZip(mueTable.csv),
    );
    const corrupted = Uint8Array.from(taxonomy);
    corrupted[1000] = corrupted[1000]! ^ 0x20;
    served.set('/corrupted/www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv', corrupted);
    server = createServer((request, response) => {
      const body = served.get(request.url ?? '');
      if (request.url?.startsWith('/silent/')) return; // accepts, never answers
      response.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('downloads each release and hands on its files once their SHA-256 match', async () => {
    const fetched = await fetchReleases({ manifest: [TAXONOMY, MUE], mirror });
    expect(fetched.files.map((f) => f.name)).toEqual([
      'nucc_taxonomy_251.csv',
      'medicare-ncci-2026-q2-practitioner-services-mue-table.zip/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv',
      'medicare-ncci-2026-q2-practitioner-services-mue-table.zip/MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx',
    ]);
    expect(fetched.unverified).toEqual([]);
  });

  it('refuses a corrupted download, naming the file and both hashes, and hands on nothing', async () => {
    const corrupted = await fetchReleases({
      manifest: [TAXONOMY],
      mirror: `${mirror}/corrupted`,
    }).catch((e: unknown) => e as MedbillError);
    expect(corrupted).toBeInstanceOf(MedbillError);
    expect((corrupted as MedbillError).message).toContain('nothing was imported');
    const { problems } = corrupted as MedbillError;
    expect(problems.map((p) => p.path)).toEqual(['nucc_taxonomy_251.csv']);
    expect(problems[0]?.message).toMatch(
      /^SHA-256 [0-9a-f]{64}, expected f824bb50c01b721be2277eeef222b0aeb5839de07a82b25ef292df1753695a0f$/,
    );
  });

  it('refuses a zip whose member is not the published file', async () => {
    const other = gunzipSync(
      readFileSync(join(codesets, 'pfs/rvu26c/PPRRVU2026_Jul_nonQPP.csv.gz')),
    );
    served.set(
      '/other/www.cms.gov/files/zip/medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
      mueZip(other),
    );
    const error = (await fetchReleases({ manifest: [MUE], mirror: `${mirror}/other` }).catch(
      (e: unknown) => e,
    )) as MedbillError;
    expect(error.problems[0]?.message).toMatch(
      /^MCR_MUE_PractitionerServices_Eff_04-01-2026\.csv has SHA-256 [0-9a-f]{64}, expected 7200/,
    );
  });

  it('fails fast, naming the host, when a site does not answer or cannot be reached', async () => {
    const started = performance.now();
    await expect(
      fetchReleases({
        manifest: [TAXONOMY],
        mirror: `${mirror}/silent`,
        limits: { connectTimeoutMs: 300, stallTimeoutMs: 1000 },
      }),
    ).rejects.toThrow(/Cannot reach 127\.0\.0\.1:\d+ \(no answer within 0\.3 s\)/);
    const closed = await closedPort();
    await expect(
      fetchReleases({ manifest: [TAXONOMY], mirror: `http://127.0.0.1:${closed}` }),
    ).rejects.toThrow(new RegExp(`Cannot reach 127\\.0\\.0\\.1:${closed} \\(.*ECONNREFUSED.*\\)`));
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
