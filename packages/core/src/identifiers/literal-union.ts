/**
 * Whether `text` is one of the values of a literal union declared as an `as const` list.
 * The guards in this folder are built on it so the list stays the one source of truth.
 */
export function isOneOf<T extends string>(values: readonly T[], text: string): text is T {
  return (values as readonly string[]).includes(text);
}
