import { facilityInput, payerInput, practiceInput, providerInput } from '@medbill/core';
import type { Database } from '@medbill/db';
import { facilities, payers, practices, providers } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { registerCrud } from './crud.ts';

const access = { read: 'setup:read', write: 'setup:write' } as const;

/** The practice's setup: billing providers, clinicians, facilities and payers. */
export function setupRoutes(app: ApiApp, db: Database): void {
  registerCrud(app, db, {
    path: '/practices',
    tag: 'Practices',
    noun: 'practice',
    input: practiceInput,
    repository: practices,
    ...access,
  });
  registerCrud(app, db, {
    path: '/providers',
    tag: 'Providers',
    noun: 'provider',
    input: providerInput,
    repository: providers,
    ...access,
  });
  registerCrud(app, db, {
    path: '/facilities',
    tag: 'Facilities',
    noun: 'facility',
    input: facilityInput,
    repository: facilities,
    ...access,
  });
  registerCrud(app, db, {
    path: '/payers',
    tag: 'Payers',
    noun: 'payer',
    input: payerInput,
    repository: payers,
    ...access,
  });
}
