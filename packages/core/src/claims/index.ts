export * from './build-claims.ts';
export * from './claim-status.ts';
export * from './claim-versions.ts';
