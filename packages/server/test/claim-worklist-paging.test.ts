import { beforeAll, expect, it } from 'vitest';
import { registerInsuredPatient, setUpPractice } from './billing-flow.ts';
import { coverageBody, patientBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

interface Row {
  readonly claimNumber: string;
  readonly serviceDateFrom: string;
  readonly ageDays: number;
}
interface Page {
  readonly items: Row[];
  readonly total: number;
}

/**
 * Dates of service, their age on the test server's today (2026-03-10) and whose visit it is: two
 * patients were seen on 2026-01-20.
 */
const VISITS = [
  ['2026-01-09', 60, 'Rivera'],
  ['2026-01-10', 59, 'Rivera'],
  ['2026-01-20', 49, 'Rivera'],
  ['2026-01-20', 49, 'Abbott'],
  ['2026-02-08', 30, 'Rivera'],
  ['2026-02-09', 29, 'Rivera'],
  ['2026-03-01', 9, 'Rivera'],
] as const;

/** Paging through the worklists: whole, in order, with the total of every page right. */
describeWithApi('claim worklist paging on $name', (suite) => {
  let all: Row[] = [];
  const list = async (url: string) => (await suite.call('GET', url)).body as unknown as Page;

  beforeAll(async () => {
    const ids = await setUpPractice(suite.api);
    const patients = {
      Rivera: await registerInsuredPatient(suite.api, ids.payer),
      Abbott: String(
        (
          await suite.call('POST', '/patients', {
            patient: { ...patientBody, lastName: 'Abbott', firstName: 'Jon' },
            coverages: [coverageBody(ids.payer)],
          })
        ).body.id,
      ),
    };
    for (const [serviceDateFrom, , lastName] of VISITS) {
      const saved = await suite.call('POST', '/encounters', {
        patientId: patients[lastName],
        practiceId: ids.practice,
        renderingProviderId: ids.provider,
        placeOfService: '11',
        serviceDateFrom,
        diagnoses: ['I10'],
        lines: [{ procedureCode: '99213', diagnosisPointers: [1] }],
      });
      expect(saved.status).toBe(201);
    }
    const built = await suite.call('POST', '/claims/build', {});
    expect([built.status, (built.body.claims as unknown[]).length]).toEqual([201, VISITS.length]);
    all = (await list('/claim-worklist?limit=500')).items;
  });

  it('lists newest date of service first, then by claim number', () => {
    expect(all.map((r) => [r.serviceDateFrom, r.ageDays])).toEqual(
      [...VISITS].reverse().map(([date, age]) => [date, age]),
    );
    const sameDay = all.filter((r) => r.serviceDateFrom === '2026-01-20').map((r) => r.claimNumber);
    expect(sameDay).toEqual([...sameDay].sort());
  });

  it.each(['/claim-worklist', '/claims'])(
    'pages %s without gap or overlap, each page with the total',
    async (path) => {
      const pages = await Promise.all(
        [0, 3, 6].map((offset) => list(`${path}?limit=3&offset=${offset}`)),
      );
      expect(pages.map((p) => [p.items.length, p.total])).toEqual([
        [3, 7],
        [3, 7],
        [1, 7],
      ]);
      expect(pages.flatMap((p) => p.items.map((r) => r.claimNumber))).toEqual(
        all.map((r) => r.claimNumber),
      );
      expect(await list(`${path}?limit=7`)).toMatchObject({ total: 7 });
      expect(await list(`${path}?limit=3&offset=7`)).toEqual({
        items: [],
        total: 7,
        limit: 3,
        offset: 7,
      });
    },
  );

  it('includes the claims whose age is exactly a bound', async () => {
    const ages = async (query: string) =>
      (await list(`/claim-worklist?${query}`)).items.map((r) => r.ageDays);
    expect(await ages('minAgeDays=30&maxAgeDays=59')).toEqual([30, 49, 49, 59]);
    expect(await ages('minAgeDays=60')).toEqual([60]);
    expect(await ages('maxAgeDays=9')).toEqual([9]);
    expect(await list('/claim-worklist?minAgeDays=49&limit=2')).toMatchObject({ total: 4 });
  });

  it('finds claims by claim number or the start of the patient’s last name', async () => {
    const number = all[2]?.claimNumber ?? '';
    expect((await list(`/claim-worklist?q=${number}`)).items.map((r) => r.claimNumber)).toEqual([
      number,
    ]);
    expect(await list('/claim-worklist?q=RIV&limit=5')).toMatchObject({ total: 6 });
    expect((await list('/claim-worklist?q=abb')).items.map((r) => r.serviceDateFrom)).toEqual([
      '2026-01-20',
    ]);
    expect(await list('/claim-worklist?q=iv')).toMatchObject({ total: 0 });
  });
});
