import { createFactProposalCommand } from './fact-proposal';

/** Proposes a sourced fact; it waits in the review queue until a moderator approves it. */
export default createFactProposalCommand({
  name: 'suggest',
  description: 'Propose a sourced fact for review',
  example: { statement: 'The TTP has attacked Pakistan hundreds of times since 2023', quote: 'hundreds of attacks inside Pakistan since 2023', source: 'S1' },
  access: 'anyone',
  status: 'pending',
});
