import { invalid, type Problem } from '@medbill/core';
import { SaxesParser } from 'saxes';

/** What an XML importer does with the element stream. */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text(text: string): void;
  close(name: string): void;
}

/** Where the parser is, for a located problem (`file:line:column`, 1-based). */
export interface XmlCursor {
  where(): string;
  /** Records a problem at the current position; the walk then fails as a whole. */
  problem(message: string): void;
}

const MAX_PROBLEMS = 50;

/**
 * Streams an XML document through saxes and calls `handlers` per element and text run.
 * Well-formedness errors and the problems the handlers report are collected with their
 * position; if there are any, one `MedbillError('invalid')` lists them all (the import is all
 * or nothing).
 */
export function walkXml(
  text: string,
  fileName: string,
  makeHandlers: (cursor: XmlCursor) => XmlHandlers,
): void {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  const problems: Problem[] = [];
  const where = (): string => `${fileName}:${parser.line}:${parser.column + 1}`;
  const problem = (message: string): void => {
    if (problems.length < MAX_PROBLEMS)
      problems.push({ path: where(), message, code: 'icd10cm-xml' });
  };
  const handlers = makeHandlers({ where, problem });
  parser.on('opentag', (tag) => handlers.open(tag.name, tag.attributes));
  parser.on('text', (chunk) => handlers.text(chunk));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  parser.on('error', (error) =>
    problem(`expected well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`),
  );
  const CHUNK = 1 << 20;
  for (let at = 0; at < text.length; at += CHUNK) parser.write(text.slice(at, at + CHUNK));
  parser.close();
  if (problems.length > 0) throw invalid(`${fileName} is not a valid ICD-10-CM XML file`, problems);
}
