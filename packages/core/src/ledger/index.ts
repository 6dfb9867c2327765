export * from './ledger-entry.ts';
export * from './balances.ts';
export * from './ledger.ts';
