export * from './appeal-letter.ts';
