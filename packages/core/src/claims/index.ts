export * from './build-claims.ts';
export * from './claim-status.ts';
export * from './claim-versions.ts';
export * from './receiver.ts';
export * from './medicare-secondary.ts';
export * from './stale-next-payer.ts';
export * from './institutional-claim.ts';
export * from './service-label.ts';
