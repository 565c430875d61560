/** Import and export: the saved document (pure). Browser I/O lives in io/browser. */
export {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  embeddedDocument,
  fromJson,
  toDocument,
  toJson,
  type DocknetDocument,
  type Layout,
  type Restored,
} from './document'
export { checkInvariants } from './restore-invariants'
