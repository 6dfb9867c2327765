import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { X12Issue } from './issue.ts';
import { parseSegments, readSegmentBatches } from './read-segments.ts';
import type { Segment } from './segment.ts';
import { components, element, repetitions } from './segment.ts';
import { SegmentTokenizer } from './tokenizer.ts';

const isa =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

const small = [
  isa,
  'GS*HP*SENDER*RECEIVER*20240101*1200*1*X*005010X221A1~',
  'ST*835*0001~',
  'SVC*HC:99213:25:59*100*80**1~',
  'REF*XX*A^B^C~',
  'SE*4*0001~',
  'GE*1*1~',
  'IEA*1*000000001~',
].join('\r\n');

function chunked(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

/** What a segment holds, as a plain object (its elements are sliced on demand otherwise). */
const plain = ({ id, elements, index, txIndex, offset, delimiters }: Segment): Segment => ({
  id,
  elements: [...elements],
  index,
  txIndex,
  offset,
  delimiters,
});

function tokenizeChunks(chunks: string[]): { segments: Segment[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const segments: Segment[] = [];
  const tokenizer = new SegmentTokenizer({ onIssue: (i) => issues.push(i) });
  for (const chunk of chunks) tokenizer.push(chunk, (s) => segments.push(plain(s)));
  tokenizer.end((s) => segments.push(plain(s)));
  return { segments, issues };
}

describe('SegmentTokenizer', () => {
  it('takes delimiters from the ISA and splits elements, components and repetitions', () => {
    const segs = parseSegments(small);
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'SVC', 'REF', 'SE', 'GE', 'IEA']);
    const svc = segs[3]!;
    expect(svc.delimiters).toEqual({ element: '*', repetition: '^', component: ':', segment: '~' });
    expect(components(svc, 1)).toEqual(['HC', '99213', '25', '59']);
    expect(element(svc, 2)).toBe('100');
    expect(repetitions(segs[4]!, 2)).toEqual(['A', 'B', 'C']);
    expect(segs[0]!.elements).toHaveLength(16);
    expect(segs[0]!.elements[15]).toBe(':');
  });

  it('locates segments in the interchange, the transaction set and the bytes', () => {
    const segs = parseSegments(small);
    expect(segs.map((s) => [s.index, s.txIndex])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 2],
      [5, 3],
      [6, 4],
      [7, 0],
      [8, 0],
    ]);
    for (const s of segs) expect(small.slice(s.offset, s.offset + s.id.length)).toBe(s.id);
  });

  it('reads other delimiters, a BOM, indentation and a preamble', () => {
    const odd = `\ufeffSome prose first.\r\n  ${isa.replaceAll('*', '|').replace('|^|', '|!|').replace('|:~', '|>\u001d')}\r\n   GS|HP|A|B|20240101|1200|1|X|005010X221A1\u001d`;
    const issues: X12Issue[] = [];
    const segs = parseSegments(odd, { onIssue: (i) => issues.push(i) });
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS']);
    expect(segs[0]!.delimiters).toEqual({
      element: '|',
      repetition: '!',
      component: '>',
      segment: '\u001d',
    });
    expect(issues.map((i) => i.code)).toEqual(['text-before-isa']);
    expect(segs[0]!.offset).toBe(3 + 'Some prose first.\r\n  '.length);
  });

  it.each([
    ['as text', '\ufeff'],
    ['as Latin-1 bytes', '\u00ef\u00bb\u00bf'],
  ])('skips a lone byte-order mark %s without an issue', (_, bom) => {
    const issues: X12Issue[] = [];
    const segs = parseSegments(`${bom}${isa}GS*HP*A*B*20240101*1200*1*X*005010X221A1~`, {
      onIssue: (i) => issues.push(i),
    });
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS']);
    expect(issues).toEqual([]);
  });

  it('reads a bare ST..SE without envelope and reports it', () => {
    const issues: X12Issue[] = [];
    const segs = parseSegments('ST*835*1~BPR*I*1*C*CHK~SE*3*1~', {
      onIssue: (i) => issues.push(i),
    });
    expect(segs.map((s) => s.id)).toEqual(['ST', 'BPR', 'SE']);
    expect(issues[0]).toMatchObject({ code: 'missing-isa', severity: 'error' });
  });

  it('reads an ISA that is not fixed-width by counting separators', () => {
    const short = 'ISA*00*x*00*y*ZZ*S*ZZ*R*240101*1200*^*00501*000000001*0*P*:~GS*HP~';
    const segs = parseSegments(short);
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS']);
    expect(segs[0]!.elements[15]).toBe(':');
  });

  it('drops line breaks inside wrapped segments and reports an unterminated tail', () => {
    const issues: X12Issue[] = [];
    const segs = parseSegments(`${isa}\nNM1*QC*1*DO\nUGH*MARY~IEA*1*000000001`, {
      onIssue: (i) => issues.push(i),
    });
    expect(segs[1]!.elements).toEqual(['QC', '1', 'DOUGH', 'MARY']);
    expect(issues).toMatchObject([
      { code: 'missing-terminator', segmentId: 'IEA', segmentIndex: 3 },
    ]);
  });

  it('stops on a segment longer than the limit instead of buffering it', () => {
    const issues: X12Issue[] = [];
    const tokenizer = new SegmentTokenizer({
      onIssue: (i) => issues.push(i),
      maxSegmentLength: 1000,
    });
    const segs: Segment[] = [];
    tokenizer.push(isa, (s) => segs.push(s));
    for (let i = 0; i < 10; i += 1) tokenizer.push('X'.repeat(500), (s) => segs.push(s));
    tokenizer.end((s) => segs.push(s));
    expect(tokenizer.pending).toBe(0);
    expect(segs.map((s) => s.id)).toEqual(['ISA']);
    expect(issues).toMatchObject([{ code: 'segment-too-long', segmentIndex: 2 }]);
  });

  it('reads segment IDs exactly, known or not', () => {
    const issues: X12Issue[] = [];
    const segs = parseSegments(`${isa}CLP*1~N1*PR~ZZ9*A~CL\u0000*B~C\u00c9P*C~IEA*0*000000001~`, {
      onIssue: (i) => issues.push(i),
    });
    expect(segs.map((s) => s.id)).toEqual([
      'ISA',
      'CLP',
      'N1',
      'ZZ9',
      'CL\u0000',
      'C\u00c9P',
      'IEA',
    ]);
    expect(issues.map((i) => [i.code, i.segmentIndex])).toEqual([
      ['bad-segment-id', 5],
      ['bad-segment-id', 6],
    ]);
  });

  it('reports garbage as not X12 without throwing', () => {
    const issues: X12Issue[] = [];
    expect(parseSegments('hello world', { onIssue: (i) => issues.push(i) })).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['not-x12']);
  });

  it('holds only the unfinished tail between chunks (bounded memory)', () => {
    const body = 'CLP*A*1*100*80~CAS*CO*45*20~SVC*HC:99213*100*80~DTM*472*20240101~\n'.repeat(
      40_000,
    );
    const text = `${small.slice(0, small.indexOf('SE*'))}${body}SE*1*0001~`;
    const tokenizer = new SegmentTokenizer();
    let count = 0;
    let maxPending = 0;
    for (let at = 0; at < text.length; at += 4096) {
      tokenizer.push(text.slice(at, at + 4096), () => (count += 1));
      maxPending = Math.max(maxPending, tokenizer.pending);
    }
    tokenizer.end(() => (count += 1));
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(count).toBe(160_006);
    expect(maxPending).toBeLessThan(4096 + 200);
  });

  it('gives the same output wherever the chunks are cut (property)', () => {
    const texts = [
      small,
      small.replaceAll('\r\n', '\n'),
      `\ufeff${small}`,
      `${small}\r\n${small.replace('00001', '00002')}`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.nat(), { maxLength: 30 }),
        (text, cuts) => {
          expect(tokenizeChunks(chunked(text, cuts))).toEqual(tokenizeChunks([text]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same output for byte chunks cut anywhere, even inside UTF-8 characters', async () => {
    const text = small.replace('A^B^C', 'Ünïcödé^B');
    const bytes = new TextEncoder().encode(text);
    const whole = parseSegments(text).map(plain);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let last = 0;
        for (const p of [...points, bytes.length]) {
          chunks.push(bytes.subarray(last, p));
          last = p;
        }
        const got: Segment[] = [];
        for await (const batch of readSegmentBatches(chunks)) got.push(...batch.map(plain));
        expect(got).toEqual(whole);
      }),
      { numRuns: 200 },
    );
    const ref = whole.find((s) => s.id === 'SE')!;
    expect(ref.offset).toBe(new TextEncoder().encode(text.slice(0, text.indexOf('SE*'))).length);
  });
});
