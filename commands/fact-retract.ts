import { createStatusCommand } from './status-command';

/** Takes a fact out of answers without deleting it; `fact restore` brings it back. */
export default createStatusCommand({
  group: 'fact',
  name: 'retract',
  description: 'Retract a fact (it stays in the history)',
  example: { id: 'F33', reason: 'duplicate of F12' },
  change: { action: 'retract', done: 'retracted', from: ['active', 'pending'], to: 'retracted' },
  reason: 'required',
});
