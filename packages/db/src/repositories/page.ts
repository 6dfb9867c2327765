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
