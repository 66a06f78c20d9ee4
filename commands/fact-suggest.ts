import { createFactProposalCommand } from './fact-proposal';

/** Proposes a sourced fact; it waits in the review queue until a moderator approves it. */
export default createFactProposalCommand({
  name: 'suggest',
  description: 'Propose a sourced fact for review',
  example: { statement: 'The TTP claimed the attack', quote: 'the TTP claimed', source: 'S1' },
  access: 'anyone',
  status: 'pending',
});
