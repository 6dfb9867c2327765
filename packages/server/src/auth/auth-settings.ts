/** How sign-in behaves; the CLI reads it from the environment (README, "Configuration"). */
export interface AuthSettings {
  /** HIPAA §164.312(a)(2)(iii) automatic logoff: a session ends after this long without a request. */
  readonly idleTimeoutMinutes: number;
  /** A session ends this long after sign-in whatever happens. */
  readonly maxSessionHours: number;
  /** Sign-in attempts one address may make per minute. */
  readonly loginAttemptsPerMinute: number;
  readonly now: () => Date;
}

export const defaultAuthSettings: AuthSettings = {
  idleTimeoutMinutes: 15,
  maxSessionHours: 12,
  loginAttemptsPerMinute: 10,
  now: () => new Date(),
};
