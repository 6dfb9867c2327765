/**
 * Who did something, as people read it: the account's name ("you" for the signed-in user); a
 * command-line import (`cli:<login>`) as "<login> (command line)"; anything else as stored.
 */
export function actorLabel(
  actor: { readonly id: string; readonly name?: string | null | undefined },
  signedInId?: string,
): string {
  if (signedInId !== undefined && actor.id === signedInId) return 'you';
  if (actor.name) return actor.name;
  if (actor.id.startsWith('cli:')) return `${actor.id.slice(4)} (command line)`;
  return actor.id;
}
