import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validateX12 } from '@medbill/x12';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { inpatientBillBody, operatingSurgeonBody } from './facility-bill-fixture.ts';
import { describeWithApi } from './test-app.ts';

const folder = mkdtempSync(join(tmpdir(), 'ub04-codes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeWithApi('condition and value codes of a facility bill on $name', (env) => {
  let claimId = '';
  let billId = '';

  it('keeps the codes a stay is billed with: condition 44, value A1 deductible $140.00', async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const operating = String((await env.call('POST', '/providers', operatingSurgeonBody)).body.id);
    const patient = await registerInsuredPatient(env.api, payer);
    const made = await env.call('POST', '/facility-bills', {
      ...inpatientBillBody({ patient, practice, attending: provider, operating }),
      conditionCodes: ['44'],
      valueCodes: [{ code: 'a1', amount: '140.00' }],
    });
    expect(made.status, made.text).toBe(201);
    billId = String(made.body.id);
    const bill = await env.call('GET', `/facility-bills/${billId}`);
    expect(bill.body).toMatchObject({
      conditionCodes: ['44'],
      valueCodes: [{ code: 'A1', amount: 14000 }],
    });
    const built = await env.call('POST', '/claims/build', {});
    expect(built.status, built.text).toBe(201);
    const [claim] = built.body.claims as { id: string; status: string }[];
    expect(claim?.status).toBe('ready');
    claimId = String(claim?.id);
  });

  it('sends them in the 837I as HI BG and HI BE', async () => {
    const made = await env.call('POST', '/batches', {});
    expect(made.status, made.text).toBe(201);
    const [batch] = made.body.batches as { id: string; transactionType: string }[];
    expect(batch?.transactionType).toBe('837I');
    const file = (await env.call('GET', `/batches/${batch?.id}/file`)).text;
    expect(file).toContain('HI*BE:A1:::140~');
    expect(file).toContain('HI*BG:44~');
    expect(validateX12(file).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('prints them on the UB-04: 44 in FL 18, A1 and 14000 in FL 39a', async () => {
    const response = await env.api.app.inject({
      method: 'GET',
      url: `/claims/${claimId}/ub04.pdf`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const file = join(folder, 'codes.pdf');
    writeFileSync(file, response.rawPayload);
    const page = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split(
      '\n',
    );
    // FL 10–17 then FL 18 on the admission line; FL 39a beside the payer's street (FL 38).
    expect(page.find((line) => /030126 +08 +1 +1 +11 +01 +44\s*$/.test(line))).toBeDefined();
    expect(page.find((line) => /A1 +14000\s*$/.test(line))).toBeDefined();
  });

  it('lets a corrected claim (xx7) change them, the bill staying as first billed', async () => {
    // The payer accepted the claim with its number (as a 277CA would): it may be corrected.
    await env.db.query(
      "update claims set status = 'accepted', payer_claim_number = 'A26070000701' where org_id = $1 and id = $2",
      [env.api.orgId, claimId],
    );
    const correct = (facility: Record<string, unknown>) =>
      env.call('POST', `/claims/${claimId}/correct`, { reason: 'deductible misstated', facility });
    const refused = await correct({ conditionCodes: ['44', '44'] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toMatchObject([
      {
        path: 'facility.conditionCodes.1',
        message: 'condition code 44 is already listed as condition code 1',
      },
    ]);
    const corrected = await correct({
      conditionCodes: ['44', 'D9'],
      valueCodes: [{ code: 'A1', amount: '200.00' }],
    });
    expect(corrected.status, corrected.text).toBe(201);
    const made = await env.call('POST', '/batches', {});
    const [batch] = made.body.batches as { id: string }[];
    const file = (await env.call('GET', `/batches/${batch?.id}/file`)).text;
    expect(file).toContain('REF*F8*A26070000701~');
    expect(file).toContain('HI*BE:A1:::200~');
    expect(file).toContain('HI*BG:44*BG:D9~');
    expect((await env.call('GET', `/facility-bills/${billId}`)).body).toMatchObject({
      conditionCodes: ['44'],
      valueCodes: [{ code: 'A1', amount: 14000 }],
    });
  });
});
