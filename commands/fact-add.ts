import { createFactProposalCommand } from './fact-proposal';

/** Adds a sourced fact that is used in answers at once. */
export default createFactProposalCommand({
  name: 'add',
  description: 'Add a sourced fact (moderators)',
  example: { statement: 'The TTP claimed the attack', quote: 'the TTP claimed', source: 'S1' },
  access: 'moderator',
  status: 'active',
});
