export * from './build-claims.ts';
