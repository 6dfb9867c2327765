export * from './money/index.ts';
export * from './dates/index.ts';
export * from './identifiers/index.ts';
export * from './errors.ts';
export * from './access.ts';
export * from './entities/index.ts';
export * from './scrubber/index.ts';
export * from './ledger/index.ts';
