import { describe, expect, it } from 'vitest';
import { systemLabel } from './system-label.ts';

describe('systemLabel', () => {
  it.each([
    ['icd10cm', 'ICD-10-CM'],
    ['mue', 'NCCI medically unlikely edits'],
    ['something-new', 'something-new'],
  ])('%s → %s', (system, label) => expect(systemLabel(system)).toBe(label));
});
