import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules, ruleCatalogueMarkdown } from './rule-catalogue.ts';

describe('rule catalogue', () => {
  it('lists every built-in rule once', () => {
    const ids = builtInRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['REQ-NPI-001', 'NCCI-PTP-001', 'INST-POA-001']));
  });

  it('is what docs/scrubber-rules.md says (regenerate with `npm run medbill -- scrub --rules`)', () => {
    const doc = readFileSync(
      join(import.meta.dirname, '../../../../docs/scrubber-rules.md'),
      'utf8',
    );
    expect(doc).toBe(ruleCatalogueMarkdown(builtInRules()));
  });
});
