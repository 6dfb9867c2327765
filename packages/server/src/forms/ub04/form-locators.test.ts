import { describe, expect, it } from 'vitest';
import { cents, isoDate, MedbillError } from '@medbill/core';
import type { FacilityBill } from '@medbill/core';
import { ub04Pages } from './form-locators.ts';
import { medicare, revenueLine, ub04Input } from './form-locators.fixture.ts';
import { writeUb04Pdf } from './pdf-writer.ts';

const firstPage = (input = ub04Input()) => {
  const [page] = ub04Pages(input);
  if (!page) throw new Error('no page');
  return page;
};

describe('ub04Pages', () => {
  it('fills the provider, patient and stay locators from the facility bill', () => {
    expect(firstPage()).toMatchObject({
      '1.name': 'PRAIRIE FAMILY MEDICINE',
      '1.street': '100 MAIN ST SUITE 200',
      '1.cityStateZip': 'SPRINGFIELD IL 62701-1234',
      '1.phone': '2175550100',
      '3a': 'A1-2001',
      '3b': 'A1',
      '4': '0111',
      '5': '37-1234567',
      '6.from': '030126',
      '6.through': '030426',
      '8b': 'RIVERA, MARIA, L',
      '9a': '12 OAK AVE 3',
      '9b': 'SPRINGFIELD',
      '9c': 'IL',
      '9d': '62704',
      '10': '04121956',
      '11': 'F',
      '12': '030126',
      '13': '08',
      '14': '1',
      '15': '1',
      '16': '11',
      '17': '01',
      '56': '1234567893',
    });
  });

  it('prints the payer billed on line A with its insured, and its address in FL 38', () => {
    const page = firstPage();
    expect(page).toMatchObject({
      '50/A': 'MEDICARE PART A',
      '51/A': '06101',
      '58/A': 'RIVERA, MARIA, L',
      '59/A': '18',
      '60/A': '1EG4TE5MK72',
      '38.1': 'MEDICARE PART A',
      '38.2': 'PO BOX 6474',
      '38.3': 'INDIANAPOLIS IN 46206-6474',
    });
    expect(page['50/B']).toBeUndefined();
    expect(page['54/A']).toBeUndefined();
    expect(page['64/A']).toBeUndefined();
  });

  it('codes the diagnoses with their POA indicators, the procedures and the physicians', () => {
    expect(firstPage()).toMatchObject({
      '66': '0',
      '67': 'J189',
      '67.poa': 'Y',
      '67A': 'I10',
      '67A.poa': 'Y',
      '67B': 'E119',
      '67B.poa': 'N',
      '67C': 'Z7984',
      '69': 'R509',
      '74.code': '5A1935Z',
      '74.date': '030226',
      '74a.code': '0BH17EZ',
      '74a.date': '030226',
      '76.npi': '1245319599',
      '76.last': 'OKAFOR',
      '76.first': 'ADA',
      '77.npi': '1093817465',
      '77.last': 'LINDQVIST',
      '77.first': 'ERIK',
    });
    // Z79.84 is exempt from POA reporting: its indicator stays blank.
    expect(firstPage()['67C.poa']).toBeUndefined();
  });

  it('prints undated inpatient revenue lines and the 0001 total on line 23', () => {
    expect(firstPage()).toMatchObject({
      '42/1': '0120',
      '43/1': 'ROOM-BOARD/SEMI',
      '46/1': '3',
      '47/1': '450000',
      '42/2': '0250',
      '43/2': 'PHARMACY',
      '47/2': '31255',
      '42/3': '0300',
      '44/3': '85025',
      '46/3': '2',
      '47/3': '9800',
      '23.code': '0001',
      '23.page': '1',
      '23.pages': '1',
      '23.created': '031226',
      '23.total': '491055',
    });
    expect(firstPage()['45/1']).toBeUndefined();
  });

  it('dates outpatient lines and writes the HCPCS code with its modifiers', () => {
    const page = firstPage(
      ub04Input({
        bill: { facilityType: '13', procedures: [] },
        parties: {
          lines: [
            revenueLine(1, '0450', 65000, {
              procedureCode: { system: 'cpt', code: '99284' },
              modifiers: ['25', 'GP'],
              serviceDate: isoDate('2026-03-10'),
            }),
            revenueLine(2, '0999', 1000, { serviceDate: isoDate('2026-03-10') }),
          ],
        },
      }),
    );
    expect(page).toMatchObject({
      '4': '0131',
      '42/1': '0450',
      '43/1': 'EMERG ROOM',
      '44/1': '9928425GP',
      '45/1': '031026',
      '47/1': '65000',
      '45/2': '031026',
      '23.total': '66000',
    });
    // A revenue code without a standard abbreviation leaves FL 43 blank.
    expect(page['43/2']).toBeUndefined();
    expect(page['74.code']).toBeUndefined();
  });

  it('continues after 22 lines on a new page, the total on the last page only', () => {
    const lines = Array.from({ length: 23 }, (_, i) => revenueLine(i + 1, '0300', 1000 + i));
    const pages = ub04Pages(ub04Input({ parties: { lines } }));
    expect(pages).toHaveLength(2);
    const [first, second] = pages;
    expect(first?.['47/22']).toBe('1021');
    expect(first?.['23.total']).toBeUndefined();
    expect(first?.['23.code']).toBeUndefined();
    expect([first?.['23.page'], first?.['23.pages']]).toEqual(['1', '2']);
    expect(second?.['47/1']).toBe('1022');
    expect(second?.['42/2']).toBeUndefined();
    expect(second).toMatchObject({ '23.page': '2', '23.pages': '2', '23.total': '23253' });
    expect(second?.['4']).toBe('0111');
  });

  it('lists the earlier payer on line A with its payment, and a replacement’s claim in FL 64', () => {
    const primary = ub04Input().parties;
    const page = firstPage(
      ub04Input({
        claim: { frequency: '7', payerClaimNumber: '22026070123456' },
        parties: {
          payer: { ...medicare, id: 'payer-2', name: 'Prairie Health Plan', payerId: '61101' },
          coverage: {
            ...primary.coverage,
            id: 'coverage-2',
            order: 'secondary',
            memberId: 'PHP77001234',
            groupNumber: 'GRP4410',
            planName: 'Gold PPO',
          },
          priorPayers: [
            {
              payer: medicare,
              coverage: primary.coverage,
              record: {
                position: 1,
                priorClaimId: 'claim-0',
                coverageId: primary.coverage.id,
                responsibility: 'P',
                adjudicatedOn: isoDate('2026-03-20'),
                paid: cents(300000),
                patientResponsibility: cents(20000),
                claimAdjustments: [],
                lines: [],
              },
            },
          ],
        },
      }),
    );
    expect(page).toMatchObject({
      '4': '0117',
      '50/A': 'MEDICARE PART A',
      '54/A': '300000',
      '60/A': '1EG4TE5MK72',
      '50/B': 'PRAIRIE HEALTH PLAN',
      '51/B': '61101',
      '60/B': 'PHP77001234',
      '61/B': 'GOLD PPO',
      '62/B': 'GRP4410',
      '64/B': '22026070123456',
      '80.1': 'CORRECTED CLAIM',
      '80.2': 'ICN 22026070123456',
    });
    expect(page['64/A']).toBeUndefined();
  });

  it("prints the bill's occurrence codes in FL 31–34, four to a row", () => {
    const dated = (code: string, day: number) => ({
      code,
      date: isoDate(`2026-02-${String(day).padStart(2, '0')}`),
    });
    const occurrences = [dated('01', 28), dated('11', 27), dated('24', 1), dated('42', 2)];
    const page = firstPage(ub04Input({ bill: { occurrences: [...occurrences, dated('A1', 3)] } }));
    expect(page).toMatchObject({
      '31a.code': '01',
      '31a.date': '022826',
      '32a.code': '11',
      '32a.date': '022726',
      '34a.code': '42',
      '31b.code': 'A1',
      '31b.date': '020326',
    });
    const nine = Array.from({ length: 9 }, (_, i) => dated('05', i + 1));
    expect(() => ub04Pages(ub04Input({ bill: { occurrences: nine } }))).toThrow(
      /does not fit the UB-04/,
    );
  });

  it("prints the bill's condition codes in FL 18–28 and value codes in FL 39–41, across", () => {
    const conditionCodes = ['44', '07', '31', '39', '40', '41', '42', '43', '45', '46', 'A1'];
    const valueCodes = ['A1', 'A2', '80', '81'].map((code, i) => ({
      code,
      amount: cents([14000, 2575, 300, 5][i] ?? 0),
    }));
    const input = ub04Input({ bill: { conditionCodes, valueCodes } });
    expect(firstPage(input)).toMatchObject({
      '18': '44',
      '19': '07',
      '28': 'A1',
      '39a.code': 'A1',
      '39a.amount': '14000',
      '40a.code': 'A2',
      '40a.amount': '2575',
      '41a.code': '80',
      '41a.amount': '300',
      '39b.code': '81',
      '39b.amount': '005',
    });
    const refused = (bill: Partial<FacilityBill>) => {
      try {
        ub04Pages(ub04Input({ bill }));
      } catch (error) {
        return error instanceof MedbillError ? [error.message, error.problems] : error;
      }
      return 'printed';
    };
    expect(refused({ conditionCodes: [...conditionCodes, 'P1'] })).toEqual([
      'Claim A1-2001 does not fit the UB-04: send it as an 837I.',
      [
        {
          path: 'FL 18-28',
          code: 'too_many',
          message: '12 condition codes do not fit the 11 of FL 18–28',
        },
      ],
    ]);
    const thirteen = Array.from({ length: 13 }, () => ({ code: 'A3', amount: cents(100) }));
    expect(refused({ valueCodes: thirteen })).toMatchObject([
      expect.stringMatching(/does not fit the UB-04/),
      [{ path: 'FL 39-41', message: '13 value codes do not fit the 12 of FL 39–41' }],
    ]);
  });

  it('refuses a claim whose diagnoses or procedures do not fit the paper form', () => {
    const otherDiagnoses = Array.from({ length: 18 }, (_, i) => ({
      code: `S${String(i).padStart(2, '0')}0XXA`,
    }));
    const tooMany = () => ub04Pages(ub04Input({ bill: { otherDiagnoses } }));
    expect(tooMany).toThrow(MedbillError);
    expect(tooMany).toThrow(/does not fit the UB-04: send it as an 837I/);
    const procedures = Array.from({ length: 7 }, () => ({
      code: '0BH17EZ',
      date: isoDate('2026-03-02'),
    }));
    expect(() => ub04Pages(ub04Input({ bill: { procedures } }))).toThrow(MedbillError);
    expect(
      ub04Pages(ub04Input({ bill: { otherDiagnoses: otherDiagnoses.slice(1) } }))[0]?.['67Q'],
    ).toBe('S170XXA');
  });

  it('writes a PDF in both modes, every value within its locator’s width', async () => {
    for (const mode of ['plain', 'red'] as const) {
      const valueCodes = Array.from({ length: 12 }, () => ({ code: 'A1', amount: cents(1e9) }));
      const conditionCodes = Array.from({ length: 11 }, (_, i) => String(i + 10));
      const input = ub04Input({ bill: { conditionCodes, valueCodes } });
      const pdf = await writeUb04Pdf(ub04Pages(input), mode);
      expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    }
  });
});
