/**
 * A problem with what the user gave replylint (a file, a flag, a configuration), as
 * opposed to a bug. Its message is shown as is, after the file name, with no stack trace.
 */
export class ReplylintInputError extends Error {
  override name = 'ReplylintInputError';
  constructor(
    message: string,
    /** The file or source the problem is in, when known. */
    readonly source?: string,
  ) {
    super(message);
  }
}
