/**
 * Import and export: the saved document (pure). Reading one back (read.ts, with the defensive
 * restore) loads through the lazy door, io/lazy.ts, to stay out of the first paint; browser
 * I/O lives in io/browser.
 */
export {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  toDocument,
  toJson,
  type DocknetDocument,
  type Layout,
  type Restored,
} from './document'
