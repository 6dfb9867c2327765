import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { medbillWithDataDir } from './medbill-process.ts';

const samples =
  process.env.MEDBILL_X12_SAMPLES_DIR ??
  join(import.meta.dirname, '../../../../shared/x12-samples');
const { medbill } = medbillWithDataDir('medbill-ack-', { MEDBILL_CODESETS_DIR: '' });

describe('medbill ack import', () => {
  beforeAll(() => {
    const made = medbill('org', 'create', 'Ack Test Billing', '--slug', 'ack-test');
    expect(made.status, made.stderr).toBe(0);
  });

  it('imports a real 277CA once: its claim matches nothing we sent and goes to the worklist', () => {
    const file = join(samples, '277CA/imsweb__x12_277CA_rejected.txt');
    const first = medbill('ack', 'import', file, '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      alreadyImported: false,
      kind: '277CA',
      unmatched: 1,
      rejections: 0,
    });
    expect(medbill('ack', 'import', file).stdout).toContain('already imported; nothing changed');
  });

  it('refuses a 999 for a batch never sent, naming the segment, with exit code 1', () => {
    const result = medbill('ack', 'import', join(samples, '999/staedi__simple999.edi'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('acknowledges a batch medbill never sent');
    expect(result.stderr).toContain(
      'simple999.edi: segment 4 AK102: AK102 group control number "17456" matches the GS06 of no batch',
    );
  });
});

describe('medbill x12 parse', () => {
  it('summarises a 999 and a 277CA in words', () => {
    const ack = medbill('x12', 'parse', join(samples, '999/staedi__simple999.edi'));
    expect(ack.stdout).toContain('837 0002: rejected (one or more segments in error)');
    expect(ack.stdout).toContain('CLM02: required element missing');
    const claims = medbill('x12', 'parse', join(samples, '277CA/imsweb__x12_277CA_rejected.txt'));
    expect(claims.stdout).toContain(
      "3920394930203 (payer 1107000000001120): A7 rejected for invalid information: 562 entity's National Provider Identifier (NPI) (billing provider)",
    );
  });
});
