import type { PageRequest } from './page.ts';

/**
 * The number of matches a page was cut from. A page shorter than asked for ends the list, so
 * its total is known without counting; otherwise (or when an offset lies past the end) `count`
 * is run. Counting apart from the page lets the page be read from an ordered index, where a
 * `count(*) over ()` beside it would read and sort every match.
 */
export async function pageTotal(
  page: PageRequest,
  rowsOnPage: number,
  count: () => Promise<number>,
): Promise<number> {
  const endsList = rowsOnPage < page.limit && (rowsOnPage > 0 || page.offset === 0);
  return endsList ? page.offset + rowsOnPage : count();
}
