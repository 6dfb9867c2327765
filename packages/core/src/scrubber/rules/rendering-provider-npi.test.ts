import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { renderingProviderNpi } from './rendering-provider-npi.ts';

describe('REQ-NPI-002 rendering provider NPI', () => {
  it('passes valid NPIs and claims without a rendering provider', () => {
    expect(renderingProviderNpi.check(cleanClaim, context)).toEqual([]);
    const { renderingProvider: _omit, ...withoutRendering } = cleanClaim;
    expect(renderingProviderNpi.check(withoutRendering, context)).toEqual([]);
  });
  it('flags the claim-level and the line-level NPI separately', () => {
    const claim = {
      ...lineWith(1, { renderingProviderNpi: '1245319598' }),
      renderingProvider: { npi: '1111111111' },
    };
    const findings = renderingProviderNpi.check(claim, context);
    expect(findings.map((f) => [f.field, f.location])).toEqual([
      ['renderingProvider.npi', undefined],
      ['renderingProviderNpi', { scope: 'line', line: 2 }],
    ]);
    expect(
      renderingProviderNpi.check(claimWith({ renderingProvider: { npi: '' } }), context)[0]
        ?.message,
    ).toContain('(blank)');
  });
});
