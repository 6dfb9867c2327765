export * from './build-claims.ts';
export * from './claim-status.ts';
