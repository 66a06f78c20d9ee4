import { createStatusCommand } from './status-command';

/** Declines a suggested fact; it stays in the history as rejected. */
export default createStatusCommand({
  group: 'review',
  name: 'reject',
  description: 'Reject a suggested fact, with the reason',
  example: { id: 'F80', reason: 'quote not in the source' },
  change: { action: 'reject', done: 'rejected', from: ['pending'], to: 'rejected' },
  reason: 'required',
});
