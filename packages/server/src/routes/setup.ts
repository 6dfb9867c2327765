import {
  facilityInput,
  payerInput,
  practiceInput,
  providerInput,
  receiverInput,
} from '@medbill/core';
import type { Database } from '@medbill/db';
import { facilities, payers, practices, providers, receivers } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { registerCrud } from './crud.ts';

const access = { read: 'setup:read', write: 'setup:write' } as const;

/**
 * The practice's setup: billing providers, clinicians, facilities, payers and the receivers
 * (clearinghouses) that payers' claims are sent through.
 */
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
  registerCrud(app, db, {
    path: '/receivers',
    tag: 'Receivers',
    noun: 'receiver',
    input: receiverInput,
    repository: receivers,
    ...access,
  });
}
