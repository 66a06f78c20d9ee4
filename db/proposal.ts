/** A source written together with the fact that first cites it. */
export interface NewSource {
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedOn: string | null;
}

/** An entity a fact's author asks to create. */
export interface NewEntity {
  name: string;
  kind: string;
}

/**
 * What a suggestion proposes to create. It is kept on the pending fact, invisible to every read,
 * and created only when a moderator approves the suggestion.
 */
export interface Proposal {
  source: NewSource | null;
  entities: NewEntity[];
}

/** The stored JSON of a proposal, or null when it proposes nothing. */
export function toProposalJson(proposal: Proposal): string | null {
  return proposal.source || proposal.entities.length > 0 ? JSON.stringify(proposal) : null;
}

/** A stored proposal, or an empty one. */
export function parseProposal(json: string | null): Proposal {
  return json ? (JSON.parse(json) as Proposal) : { source: null, entities: [] };
}
