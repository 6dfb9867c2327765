export * from './remittance.ts';
export * from './match-lines.ts';
export * from './plan-posting.ts';
export * from './patient-payments.ts';
export * from './next-payer-claim.ts';
export * from './remit-payer.ts';
export * from './provider-adjustments.ts';
