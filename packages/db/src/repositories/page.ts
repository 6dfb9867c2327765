export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface PageResult<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export const DEFAULT_PAGE: PageRequest = { limit: 50, offset: 0 };

/** Every item of a paged query, fetched page by page (for batch jobs, not for screens). */
export async function allItems<T>(
  fetchPage: (page: PageRequest) => Promise<PageResult<T>>,
  pageSize = 500,
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetchPage({ limit: pageSize, offset });
    items.push(...page.items);
    if (page.items.length < pageSize) return items;
  }
}
