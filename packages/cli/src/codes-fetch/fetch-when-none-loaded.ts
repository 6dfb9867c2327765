import type { Database } from '@medbill/db';
import { importCodeSetFiles } from '@medbill/server';
import type { CodeSetCatalog } from '@medbill/server';
import { progressPrinter } from '../progress.ts';
import { fetchReleases } from './fetch-releases.ts';

/**
 * On a start with no code sets loaded and no MEDBILL_CODESETS_DIR: fetch the official
 * releases when the sites answer, else say so in one line and carry on (offline, a host that
 * does not resolve or answer fails within seconds, so the start is not held up).
 */
export async function fetchCodeSetsWhenNoneLoaded(
  db: Database,
  catalog: CodeSetCatalog,
): Promise<void> {
  console.log('No code sets loaded: fetching the official releases (CDC, CMS, NUCC)…');
  try {
    const fetched = await fetchReleases({ onProgress: (line) => console.log(`  ${line}`) });
    const result = await importCodeSetFiles(db, catalog, fetched.files, progressPrinter());
    console.log(
      `Imported ${result.releases.length} code-set releases in ${result.seconds.toFixed(1)} s.`,
    );
  } catch (error) {
    console.log(
      `Could not fetch them: ${error instanceof Error ? error.message : String(error)}\nStarting without code sets.`,
    );
  }
}
