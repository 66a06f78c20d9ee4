import type { Proposal } from '../../src/domain/fact';

/** The stored JSON of a proposal, or null when it proposes nothing. */
export function toProposalJson(proposal: Proposal): string | null {
  return proposal.source || proposal.entities.length > 0 ? JSON.stringify(proposal) : null;
}

/** A stored proposal, or an empty one. */
export function parseProposal(json: string | null): Proposal {
  return json ? (JSON.parse(json) as Proposal) : { source: null, entities: [] };
}
