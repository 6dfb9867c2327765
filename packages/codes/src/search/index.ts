export { buildSearchIndex } from './search-index.ts';
export type { SearchDocument, SearchField, SearchIndex } from './search-index.ts';
export { search, searchByCode } from './search.ts';
export type { SearchHit, SearchOptions } from './search.ts';
export { terms, words, stem } from './normalize.ts';
export {
  encoderDocuments,
  icd10pcsDocuments,
  type EncoderDocuments,
  type SearchSystem,
} from './search-documents.ts';
export { buildEncoder, buildIcd10pcsIndex, type Encoder } from './encoder.ts';
export {
  encoderSearch,
  type EncoderSearchHit,
  type EncoderSearchOptions,
} from './encoder-search.ts';
export { decodeEncoder, encodeEncoder } from './search-index-codec.ts';
