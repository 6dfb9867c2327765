export * from './ledger-entry.ts';
export * from './balances.ts';
export * from './ledger.ts';
export * from './payer-money.ts';
