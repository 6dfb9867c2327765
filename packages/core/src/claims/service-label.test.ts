import { describe, expect, it } from 'vitest';
import { revenueCodeGroup, serviceLabel } from './service-label.ts';

describe('serviceLabel', () => {
  it.each([
    [{ procedureCode: '99214' }, '99214'],
    [{ procedureCode: '99284', modifiers: ['25'] }, '99284-25'],
    [{ revenueCode: '0120' }, '0120 room & board, semi-private (two beds)'],
    [{ revenueCode: '0300', procedureCode: '85025' }, '0300 laboratory · 85025'],
    [
      { revenueCode: '0450', procedureCode: '99284', modifiers: ['25'] },
      '0450 emergency room · 99284-25',
    ],
    // A group medbill does not name is shown by its digits alone.
    [{ revenueCode: '0942' }, '0942'],
  ])('names %o as %s', (codes, label) => {
    expect(serviceLabel(codes)).toBe(label);
  });

  it('names a group by its first three digits only, and only for four-digit codes', () => {
    expect(revenueCodeGroup('0250')).toBe('pharmacy');
    expect(revenueCodeGroup('0259')).toBe('pharmacy');
    expect(revenueCodeGroup('025')).toBeUndefined();
  });
});
