export * from './remittance.ts';
export * from './match-lines.ts';
export * from './plan-posting.ts';
