import type {
  SeventhCharacterDefinition,
  Tabular,
  TabularNode,
  TabularNote,
  TabularNoteKind,
} from './tabular-types.ts';

/**
 * The tabular node that governs a code: the code itself, or its longest prefix that the
 * tabular has. The tabular is older than the order files (FY2021 against FY2026), and a note
 * placed at a category or subcategory applies to every code below it (Tabular conventions,
 * ICD-10-CM Official Guidelines I.A.12 and I.A.13), so codes created later inherit the notes of
 * their nearest ancestor.
 */
export function nearestTabularNode(tabular: Tabular, code: string): TabularNode | undefined {
  for (let length = code.length; length >= 3; length--) {
    const node = tabular.nodes.get(code.slice(0, length));
    if (node) return node;
  }
  return undefined;
}

/** The nearest node and its ancestors up to the chapter, nearest first. */
export function tabularAncestry(tabular: Tabular, code: string): TabularNode[] {
  const chain: TabularNode[] = [];
  for (
    let node = nearestTabularNode(tabular, code);
    node;
    node = node.parent === undefined ? undefined : tabular.nodes.get(node.parent)
  ) {
    chain.push(node);
  }
  return chain;
}

/** A note together with the node that carries it. */
export interface InheritedNote {
  readonly note: TabularNote;
  readonly at: TabularNode;
}

/**
 * Every note of the given kinds that applies to a code: its own and those of each ancestor,
 * nearest first. Excludes1/Excludes2, Code first, Use additional code and Code also notes at a
 * category, section or chapter apply to all codes below it (Tabular List conventions).
 *
 * @example
 * ```ts
 * inheritedNotes(tabular, 'C50A0', ['excludes1']).map((n) => n.at.name); // ['C50'] (FY2026 code, FY2021 note)
 * ```
 */
export function inheritedNotes(
  tabular: Tabular,
  code: string,
  kinds: readonly TabularNoteKind[],
): InheritedNote[] {
  return tabularAncestry(tabular, code).flatMap((at) =>
    at.notes.filter((note) => kinds.includes(note.kind)).map((note) => ({ note, at })),
  );
}

/**
 * The 7th-character definition that applies to a code: the nearest `sevenChrDef` at the code or
 * above it (a definition at a category covers all its subcategories and codes, Guideline I.B.16
 * and the Tabular's "7th characters and placeholder X" convention).
 */
export function inheritedSeventhCharacter(
  tabular: Tabular,
  code: string,
): { readonly definition: SeventhCharacterDefinition; readonly at: TabularNode } | undefined {
  for (const at of tabularAncestry(tabular, code)) {
    if (at.seventhCharacter) return { definition: at.seventhCharacter, at };
  }
  return undefined;
}
