export * from './app.ts';
export * from './api-app.ts';
export * from './problem.ts';
export * from './request-context.ts';
export * from './services/patient-registration.ts';
export * from './services/encounter-saving.ts';
export * from './services/claim-building.ts';
export * from './services/ledger-posting.ts';
