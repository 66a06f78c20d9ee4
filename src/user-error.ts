/**
 * An expected failure caused by what a person typed or asked for. Its message is shown to that
 * person as it is, so it must say what was wrong and how to fix it. Anything else thrown is a bug.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** A stable name for the kind of failure, for logs and tests (e.g. `unknown-fact`). */
    readonly identifier: string = 'invalid-input',
    /** The option the person must change, when the failure is about one: forms show the message under it. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
