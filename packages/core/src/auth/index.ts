export * from './password-policy.ts';
export * from './lockout.ts';
