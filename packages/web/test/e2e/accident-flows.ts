import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';

/**
 * A coder codes a car-crash injury: the scrubber asks for the accident facts the codes call for
 * (ACC-INJURY-001), the coder marks box 10b with the state and date, and they are saved.
 */
export function accidentFlows(workspace: Workspace): void {
  it('a coder records the auto accident an injury code calls for', async () => {
    const page = await workspace.newPage('coder@demo.test');
    const url = workspace.url();
    const encounter = await injuryEncounter(page, url);
    await page.goto(`${url}/app/encounters/${encounter.id}`);
    await page.getByText('Documentation').waitFor();

    const finding = page.locator('[data-rule="ACC-INJURY-001"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('V43.52XA');

    await page.getByRole('checkbox', { name: 'Auto accident (10b)' }).check();
    await page.getByLabel('Accident state').fill('il');
    await page.getByLabel('Accident date').fill(encounter.serviceDateFrom);
    await finding.waitFor({ state: 'detached' });
    await screenshot(page, 'coder-4-auto-accident');

    await page.keyboard.press('Control+s');
    await page.getByText('unsaved changes').waitFor({ state: 'detached' });
    const saved = (await (await page.request.get(`${url}/encounters/${encounter.id}`)).json()) as {
      conditions: unknown;
    };
    expect(saved.conditions).toEqual({
      relatedCauses: ['AA'],
      accidentState: 'IL',
      accidentDate: encounter.serviceDateFrom,
    });
    await page.close();
  }, 90_000);
}

/** An open demo encounter recoded through the API as a neck sprain from a car crash, 99213. */
async function injuryEncounter(
  page: Page,
  url: string,
): Promise<{ id: string; serviceDateFrom: string }> {
  const get = async <T>(path: string) =>
    (await (await page.request.get(`${url}${path}`)).json()) as T;
  const { items } = await get<{
    items: { id: string; status: string; serviceDateFrom: string; procedures: string[] }[];
  }>('/encounter-worklist?limit=500');
  // The last open one of an insured patient (a self-pay visit makes no claim to scrub): the flows
  // before this take theirs from the top of the list.
  const open = items.filter((e) => e.status === 'open' && !e.procedures.includes('11102'));
  let found: (typeof items)[number] | undefined;
  for (const candidate of open.reverse()) {
    const { patientId } = await get<{ patientId: string }>(`/encounters/${candidate.id}`);
    const coverages = await get<{ effectiveFrom: string }[]>(`/patients/${patientId}/coverages`);
    if (coverages.some((c) => c.effectiveFrom <= candidate.serviceDateFrom)) {
      found = candidate;
      break;
    }
  }
  if (!found) throw new Error('the demo practice has no open encounter of an insured patient left');
  const {
    id: _id,
    status: _status,
    ...body
  } = await get<Record<string, unknown>>(`/encounters/${found.id}`);
  const { csrfToken } = await get<{ csrfToken: string }>('/auth/session');
  const recoded = await page.request.put(`${url}/encounters/${found.id}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      ...body,
      diagnoses: ['S134XXA', 'V4352XA'],
      lines: [{ procedureCode: '99213', diagnosisPointers: [1] }],
      conditions: { relatedCauses: [] },
    },
  });
  expect(recoded.status(), await recoded.text()).toBe(200);
  return { id: found.id, serviceDateFrom: found.serviceDateFrom };
}
