/**
 * Joins the long-description pieces of a first-line record and its continuation records
 * (record layout field 7, 80 characters per record). CMS wraps at word boundaries; each piece
 * loses its trailing blanks and the pieces join with one space, the way CMS's own Excel copy
 * of the same file shows them (a piece that starts with a space keeps it: "including  all").
 */
export function joinDescription(pieces: readonly string[]): string {
  return pieces
    .map((piece) => piece.trimEnd())
    .join(' ')
    .trim();
}
