import { describe, expect, it } from 'vitest';
import { listSamples, readSampleText } from '../test/samples.ts';
import { read837d } from './read-837d.ts';
import { validateX12 } from './validate.ts';

const dental = listSamples().filter((s) => s.startsWith('837D/'));

describe('read837d over the 837D samples', () => {
  it.each(dental)('reads %s without errors', (name) => {
    const text = readSampleText(name);
    const { claims, issues } = read837d(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads teeth, surfaces, CDT codes and the predetermination flag', () => {
    const read = (name: string) => read837d(readSampleText(`837D/${name}`)).claims;
    const [commercial] = read('stupidedi__X224A2-commercial-health-insurance.edi');
    expect(commercial?.lines.map((l) => [l.procedure.code, l.charge, l.teeth, l.quantity])).toEqual(
      [
        ['D2150', 10_000, [{ tooth: '12', surfaces: ['M', 'O'] }], 1],
        ['D1110', 5_000, [], 1],
      ],
    );
    expect(
      read('stupidedi__X224A2-multiple-tooth-numbers.edi')[0]?.lines[0]?.teeth.map((t) => t.tooth),
    ).toEqual(['31', '30', '21', '19', '18']);
    expect(read('stupidedi__X224A2-predetermination-of-benefits.edi')[0]?.predetermination).toBe(
      true,
    );
    expect(read('stupidedi__X224A2-claim-multi-quantity-single-line.edi')[0]).toMatchObject({
      serviceDate: '2014-03-03',
      diagnoses: [{ qualifier: 'BK', code: '5273' }],
      lines: [
        {
          procedure: { code: 'D0230' },
          prosthesis: 'I',
          quantity: 4,
          lineControlNumber: '123456-01',
        },
      ],
    });
  });

  it('warns, not errs, where the TR3 sales-tax example sends no date of service', () => {
    const { issues } = read837d(readSampleText('837D/stupidedi__X224A2-sales-tax.edi'));
    expect(issues.map((i) => [i.severity, i.code, i.segmentId])).toEqual([
      ['warning', 'service-date-missing', 'SV3'],
      ['warning', 'service-date-missing', 'SV3'],
      ['warning', 'service-date-missing', 'SV3'],
    ]);
  });
});
