import { createStatusCommand } from './status-command';

/** Returns a retracted fact to the answers. */
export default createStatusCommand({
  group: 'fact',
  name: 'restore',
  description: 'Restore a retracted fact',
  example: { id: 'F33' },
  change: { action: 'restore', done: 'restored', from: ['retracted'], to: 'active' },
  reason: 'optional',
});
