/**
 * ICD-10-CM 7th characters (Tabular List conventions, guideline I.A.5): the
 * character goes in position 7; a code shorter than six characters is first filled with the
 * placeholder X. `code` is written without its dot.
 */
export function withSeventhCharacter(code: string, character: string): string {
  const bare = code.replace('.', '').toUpperCase();
  if (bare.length > 6) throw new Error(`${code} already has seven characters`);
  if (!/^[A-Z0-9]$/i.test(character)) throw new Error(`${character} is not a 7th character`);
  return `${bare.padEnd(6, 'X')}${character.toUpperCase()}`;
}

/** The choice a key press makes in the picker: the value whose character is that key. */
export function characterForKey<T extends { readonly character: string }>(
  values: readonly T[],
  key: string,
): T | undefined {
  return values.find((value) => value.character.toUpperCase() === key.toUpperCase());
}
