import { createFactProposalCommand } from './fact-proposal';

/** Adds a sourced fact that is used in answers at once. */
export default createFactProposalCommand({
  name: 'add',
  description: 'Add a sourced fact (moderators)',
  example: { statement: 'The TTP has attacked Pakistan hundreds of times since 2023', quote: 'hundreds of attacks inside Pakistan since 2023', source: 'S1' },
  access: 'moderator',
  status: 'active',
});
