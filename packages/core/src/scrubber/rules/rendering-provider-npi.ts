import { isValidNpi } from '../../identifiers/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** TR3 2310B NM109 and 2420A NM109: a rendering provider, when named, needs a valid NPI. */
export const renderingProviderNpi: ScrubRule = {
  id: 'REQ-NPI-002',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2310B NM109, 2420A NM109',
  title: 'Rendering provider NPIs pass the check digit',
  check: (claim) => [
    ...(claim.renderingProvider && !isValidNpi(claim.renderingProvider.npi)
      ? [
          {
            field: 'renderingProvider.npi',
            message: `Rendering provider NPI ${claim.renderingProvider.npi || '(blank)'} is not a valid NPI.`,
            fix: "Correct the clinician's NPI in setup.",
          },
        ]
      : []),
    ...claim.lines.flatMap((l, i) =>
      l.renderingProviderNpi !== undefined && !isValidNpi(l.renderingProviderNpi)
        ? [
            {
              location: line(i),
              field: 'renderingProviderNpi',
              message: `Line ${i + 1} rendering provider NPI ${l.renderingProviderNpi || '(blank)'} is not a valid NPI.`,
              fix: "Correct the clinician's NPI in setup.",
            },
          ]
        : [],
    ),
  ],
};
