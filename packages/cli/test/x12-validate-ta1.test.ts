import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { medbillWithDataDir } from './medbill-process.ts';

const { medbill } = medbillWithDataDir('medbill-ta1-');
const out = mkdtempSync(join(tmpdir(), 'medbill-ta1-files-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const isa =
  'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*MEDBILL        *260321*0815*^*00501*000000077*0*T*:~\n';

function ta1File(name: string, ta1: string): string {
  const file = join(out, name);
  writeFileSync(file, `${isa}${ta1}\nIEA*0*000000077~\n`);
  return file;
}

describe('medbill x12 validate on a TA1', () => {
  it('exits 0 on a sound TA1', () => {
    const result = medbill(
      'x12',
      'validate',
      ta1File('good.ta1', 'TA1*000000202*260320*1405*A*000~'),
    );
    expect(result.status, result.stderr).toBe(0);
  });

  it('names each bad TA1 element by segment and exits 1', () => {
    const file = ta1File('bad.ta1', 'TA1*202*260320*2505*A*000~');
    const result = medbill('x12', 'validate', file, '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      issues: { code: string; segmentId: string; segmentIndex: number; element: number }[];
    };
    expect(report.issues.map((i) => [i.code, i.segmentId, i.segmentIndex, i.element])).toEqual([
      ['invalid-control-number', 'TA1', 2, 1],
      ['invalid-time', 'TA1', 2, 3],
    ]);
  });
});
