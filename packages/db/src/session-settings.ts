/**
 * Session settings both engines pin, so that SQL behaves the same on each: `now()::date`,
 * date input like `01/02/2025` and the text the type parsers read never depend on a server's
 * configuration. UTC also means a `timestamptz` cast to `date` is the UTC calendar day.
 */
export const sessionSettings: readonly (readonly [name: string, value: string])[] = [
  ['TimeZone', 'UTC'],
  ['DateStyle', 'ISO, MDY'],
  ['IntervalStyle', 'postgres'],
  ['bytea_output', 'hex'],
];
