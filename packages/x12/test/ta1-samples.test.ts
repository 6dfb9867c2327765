import { describe, expect, it } from 'vitest';
import { parseSegments } from '../src/read-segments.ts';
import { buildTa1 } from '../src/ta1.ts';
import { readTa1 } from '../src/ta1-read.ts';
import { validateX12 } from '../src/validate.ts';
import { listSamples, readSampleText } from './samples.ts';

describe('TA1 samples', () => {
  it('reads the TA1 samples: one accepted, one rejected for the sender ID', () => {
    const read = (name: string) => readTa1(readSampleText(`TA1/${name}`));
    const accepted = read('staedi__x12_interchange_ack.txt');
    expect(accepted.acks).toMatchObject([
      { controlNumber: '000000050', date: '2020-02-29', time: '1200', status: 'A', note: '000' },
    ]);
    const rejected = read('oopfactory__TechnicalAcknowledgment_SampleFromJeffN825.txt');
    expect(rejected.acks).toMatchObject([
      {
        controlNumber: '900000001',
        status: 'R',
        note: '006',
        noteText: 'invalid interchange sender ID',
      },
    ]);
  });

  // Every received interchange gets a TA1 its own reader and the validator accept, or a
  // located refusal when its ISA13, ISA09 or ISA10 is no number, date or time to echo.
  it.each(listSamples().filter((s) => !s.startsWith('TA1/')))('answers %s with a TA1', (name) => {
    const text = readSampleText(name);
    const segments = parseSegments(text);
    if (!segments.some((s) => s.id === 'ISA')) return;
    const options = { controlNumber: 1, date: '2026-03-21', time: '0815', usage: 'T' } as const;
    const { text: ta1, issues } = buildTa1(segments, validateX12(text), options);
    if (ta1 === undefined) {
      expect(issues.map((i) => [i.segmentId, i.element])).toContainEqual([
        'ISA',
        expect.any(Number),
      ]);
      return;
    }
    expect(issues).toEqual([]);
    expect(readTa1(ta1).acks.length).toBe(segments.filter((s) => s.id === 'ISA').length);
  });
});
