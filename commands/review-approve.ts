import { createStatusCommand } from './status-command';

/** Accepts a suggested fact: it becomes active and is used in answers. */
export default createStatusCommand({
  group: 'review',
  name: 'approve',
  description: 'Approve a suggested fact',
  example: { id: 'F80' },
  change: { action: 'approve', done: 'approved', from: ['pending'], to: 'active' },
  reason: 'optional',
});
