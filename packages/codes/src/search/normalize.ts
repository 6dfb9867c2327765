/**
 * Text normalisation shared by indexing and querying, so that a coder's "fx", "Fractures" and
 * "fracture" meet the tabular's "fracture". Deliberately light: ICD-10-CM titles are short and
 * precise, and an aggressive stemmer would merge terms coders keep apart (e.g. "hypertensive"
 * vs "hypertension" are both indexed, since the tabular uses both).
 */

const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'due',
  'other',
]);

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercases, folds accents, splits on anything that is not a letter or digit. */
export function words(text: string): string[] {
  // Most code texts are plain ASCII: skip the Unicode decomposition for them.
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Reduces a word to its index form: plural and a few inflections folded ("fractures" →
 * "fracture", "injuries" → "injury", "infected" stays, numbers untouched).
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (
    word.endsWith('ses') ||
    word.endsWith('xes') ||
    word.endsWith('zes') ||
    word.endsWith('ches') ||
    word.endsWith('shes')
  ) {
    return word.slice(0, -2);
  }
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** The indexable terms of a text, in order, stopwords removed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
