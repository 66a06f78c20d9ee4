import { createSourceStatusCommand } from './source-status-command';

/** Retracts a source; every fact citing it is flagged. */
export default createSourceStatusCommand({
  name: 'retract',
  description: 'Retract a source and flag the facts citing it',
  example: { id: 'S3', reason: 'the page was withdrawn' },
});
