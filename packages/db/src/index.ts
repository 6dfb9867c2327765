export * from './database.ts';
export * from './open-database.ts';
export * from './migrate.ts';
export * from './repositories/index.ts';
export * from './errors.ts';
