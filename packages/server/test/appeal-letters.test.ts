import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { claimLines } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { billEncounters, caller, importRemittance } from './billing-flow.ts';
import { deniedClaim, make835 } from './era-fixture.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

interface Item {
  id: string;
  kind: string;
  reasons: { code: string; text?: string }[];
  remarks: { code: string }[];
}

describe.each(databaseTargets().slice(0, 1))('denials explained and appealed', (target) => {
  let db: Database;
  let api: TestApi;
  let denial: Item;

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db);
    const billed = await billEncounters(api, ['03']);
    const claim = billed.claims[0]!;
    const lines = await claimLines(db, api.orgId, claim.id);
    const era = make835(
      [
        deniedClaim(
          claim.claimNumber,
          '22026079000124',
          lines.map((l) => l.controlNumber),
        ),
      ],
      { trace: 'APPEAL-1', controlNumber: 51 },
    );
    await importRemittance(api, 'denied.835', era);
    const items = (await caller(api)('GET', '/worklists?kind=denial')).body.items as Item[];
    denial = items[0]!;
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  it('lists a denial with its group and reason in words', () => {
    expect(denial.reasons).toEqual([
      { code: 'CO-97', text: expect.stringMatching(/^Contractual Obligations/) as unknown },
    ]);
    expect(denial.remarks).toEqual([{ code: 'M15' }]);
  });

  it('drafts an appeal from the claim, the remittance and the reason', async () => {
    const draft = await caller(api)('GET', `/worklists/${denial.id}/appeal-letter`);
    expect(draft.status).toBe(200);
    const text = String(draft.body.text);
    for (const fact of ['RIVERA', '22026079000124', '99214', 'distinct from the other services']) {
      expect(text.toUpperCase()).toContain(fact.toUpperCase());
    }
  });

  it('prints the edited letter as a PDF and notes it on the denial', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: `/worklists/${denial.id}/appeal-letter.pdf`,
      payload: {
        text: 'To the appeals department:\n\nPlease reconsider claim — edited by the biller.',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const history = await caller(api)('GET', `/worklists/${denial.id}/history`);
    expect(JSON.stringify(history.body)).toContain('Appeal letter printed');
  });

  it('answers 404 for an item that does not exist', async () => {
    const missing = await caller(api)(
      'GET',
      '/worklists/00000000-0000-4000-8000-000000000000/appeal-letter',
    );
    expect(missing.status).toBe(404);
  });
});
