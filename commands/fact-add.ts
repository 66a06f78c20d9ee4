import { createFactProposalCommand } from './fact-proposal';

/** Adds a sourced fact that is used in answers at once. */
export default createFactProposalCommand({
  name: 'add',
  description: 'Add a sourced fact (moderators)',
  access: 'moderator',
  status: 'active',
});
