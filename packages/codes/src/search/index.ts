export { buildSearchIndex } from './search-index.ts';
export type { SearchDocument, SearchField, SearchIndex } from './search-index.ts';
export { search } from './search.ts';
export type { SearchHit, SearchOptions } from './search.ts';
export { terms, words, stem } from './normalize.ts';
export { encoderDocuments, type EncoderDocuments, type SearchSystem } from './search-documents.ts';
export { buildEncoder, type Encoder } from './encoder.ts';
export { decodeEncoder, encodeEncoder } from './search-index-codec.ts';
