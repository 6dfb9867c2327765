import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';
import { repoRoot } from './paths.ts';

/** A licensee's CPT descriptor file, zipped under its year as the AMA ships it. */
const cptRelease = () =>
  Buffer.from(
    zipSync({
      'LONGULT.txt': new Uint8Array(
        readFileSync(join(repoRoot, 'packages/codes/src/cpt/fixtures/cpt-2026/LONGULT.txt')),
      ),
    }),
  );

/**
 * An administrator loads a new release from the browser, by keyboard: the upload, the server's
 * phases with a progress bar, the releases table that now lists it; and a file that is no
 * release is refused with the file named. Last in the suite: CPT descriptors change the encoder.
 */
export function codeSetFlows(workspace: Workspace): void {
  it('an administrator imports a new code-set release and follows its progress', async () => {
    const page = await workspace.newPage('admin@demo.test');
    await page.keyboard.press('Alt+7');
    await page.getByRole('heading', { name: 'Code sets' }).waitFor();
    const releases = page.getByRole('table', { name: 'Code-set releases' });
    await releases.getByRole('row').nth(1).waitFor();
    await expect(releases.getByRole('row', { name: /CPT 2026/ }).count()).resolves.toBe(0);

    const chooseFile = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Release file' }).focus();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
      // The file chosen, Import has the focus: Enter starts it.
      await expect.poll(() => page.locator(':focus').textContent()).toBe('Import');
      await page.keyboard.press('Enter');
    };

    await chooseFile('cpt-2026.zip', cptRelease());
    // The server re-reads every release it keeps: seconds, reported phase by phase.
    const importing = page.getByRole('progressbar', {
      name: /^Importing cpt-2026\.zip: .+ \(phase \d of \d\)$/,
    });
    await importing.first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'codes-1-importing');
    const outcome = page.getByRole('status').filter({ hasText: 'cpt-2026.zip imported' });
    await outcome.waitFor({ timeout: 120_000 });
    await outcome.getByText(/^Imported 1 new file in [\d.]+ s; \d+ releases loaded\.$/).waitFor();
    await outcome.getByText('cpt-2026.zip/LONGULT.txt').waitFor();
    await releases
      .getByRole('row', { name: /CPT \(licensed\) CPT 2026 2026-01-01 – 2026-12-31/ })
      .waitFor();
    await screenshot(page, 'codes-2-imported');

    await chooseFile('fee-notes.docx', Buffer.from('meeting notes, not a release'));
    const refused = page.getByRole('alert').filter({ hasText: 'fee-notes.docx was not imported' });
    await refused.waitFor();
    await refused.getByText(/fee-notes\.docx.*not an ICD-10-CM, HCPCS/).waitFor();
    await screenshot(page, 'codes-3-refused');
    await page.close();
  }, 180_000);
}
