/** A file that cannot be read as a document: what it is and what to do, in Chinese (`message`), and
 *  in English (`english`) for the CLI's second line. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
  }
}

/** The readers are separate bundles in the CLI, each with its own copy of this class: tell a
 *  DocumentError by its name, not by instanceof. */
export function isDocumentError(err: unknown): err is DocumentError {
  return err instanceof Error && err.name === 'DocumentError';
}
