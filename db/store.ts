import type { Actor, WriteContext } from '../src/domain/actor';
import type { Bundle } from '../src/domain/bundle';
import type { AliasKind } from '../src/domain/entity';
import type { CitedFact, FactContent, FactSnapshot, FactStatus, Proposal, RevisionEntry, StoredFact } from '../src/domain/fact';
import type { Passage } from '../src/domain/passages';
import type { Period } from '../src/domain/period';
import type { SourceCitation, SourceFields, SourceStatus } from '../src/domain/source';

/**
 * The fact base as the core sees it: one repository per aggregate, each a named interface. The
 * SQLite implementation lives in db/sqlite/; another store implements these same interfaces.
 * Every write runs in one transaction with its history and audit entry, stamped with the
 * WriteContext the dispatcher built for the command.
 */
export interface Stores {
  facts: FactStore;
  sources: SourceStore;
  entities: EntityStore;
  bundles: BundleStore;
  search: SearchStore;
  review: ReviewStore;
  gaps: GapStore;
  stats: StatsStore;
  health: HealthStore;
}

/** A fact as a completion shows it: its row id and statement, whatever its status. */
export interface FactHint {
  id: number;
  statement: string;
}

/** A fact as a write left it: its new version and how people now see it. */
export interface ChangedFact {
  version: number;
  fact: CitedFact;
}

/** Facts: reading them as people see them, their history, and every write to them. */
export interface FactStore {
  /** The facts with these row ids, in the order given; unknown ids are skipped. */
  getMany(ids: readonly number[]): CitedFact[];
  getOne(id: number): CitedFact | undefined;
  /** Every fact citing a source, whatever its status. */
  getBySource(sourceRowId: number): CitedFact[];
  /** The row ids of every fact citing a source, whatever its status, oldest first. */
  idsCiting(sourceRowId: number): number[];
  /** A fact's current content, status and version, or undefined when there is no such fact. */
  current(id: number): StoredFact | undefined;
  /** The stored state of one version of a fact, or undefined. */
  snapshotAt(id: number, version: number): FactSnapshot | undefined;
  /** Every version of a fact, oldest first. */
  history(id: number): RevisionEntry[];
  /** How many suggestions by `by` (`platform:user`) wait for review. */
  countPending(by: string): number;
  /** Facts whose id starts with `digits`, shortest ids first, at most `limit` (completion). */
  byIdPrefix(digits: string, limit: number): FactHint[];
  /** Facts whose statement holds the typed words (the last as a prefix), newest first (completion). */
  byStatementWords(typed: string, limit: number): FactHint[];
  /** Adds a fact (active, or pending for a suggestion) and returns its row id; `check` runs first, inside the transaction. */
  add(content: FactContent, status: FactStatus, context: WriteContext, check?: () => void): number;
  /** Adds several facts in one transaction, each with its history and audit entry; returns their row ids. */
  addMany(contents: readonly FactContent[], status: FactStatus, context: WriteContext): number[];
  /**
   * Writes a new version built from the fact as it is inside the transaction: `build` checks it
   * (throwing to refuse) and returns the new content and status. `build` runs inside the
   * transaction, so it must not call a store: whatever it needs beyond the stored fact is read
   * before. Returns the new version and the fact as written; throws FactNotFoundError when there
   * is no such fact.
   */
  change(
    id: number,
    build: (stored: StoredFact) => { content: FactContent; status: FactStatus },
    context: WriteContext,
    reason: string | null,
    action: string,
  ): ChangedFact;
}

/** A source in the catalogue, with how many active facts cite it. */
export interface CatalogueEntry extends SourceCitation {
  kind: string;
  notes: string | null;
  status: SourceStatus;
  factCount: number;
}

/** Sources: the catalogue, their stored texts and passages, and every write to them. */
export interface SourceStore {
  /** Every source, or those whose title, author or publisher contains `text`; most cited first. */
  list(text?: string): CatalogueEntry[];
  /** Sources with this address or this title (case aside): a new one may be a duplicate of them. */
  findAlike(url: string | null, title: string): CatalogueEntry[];
  get(id: number): CatalogueEntry | undefined;
  /** The source's current fields and status, or undefined. */
  current(id: number): { fields: SourceFields; status: SourceStatus } | undefined;
  /** Adds a source, with its text when given, and returns its row id. */
  add(fields: SourceFields, context: WriteContext, text?: string): number;
  /** Replaces a source's fields; the audit entry keeps the previous ones. */
  edit(id: number, fields: SourceFields, context: WriteContext, reason: string): void;
  /** Retracts or restores a source; returns the ids of the facts that cite it, now flagged. */
  setStatus(id: number, status: SourceStatus, context: WriteContext, reason: string | null): number[];
  /** Stores several sources' texts in one transaction (the seed documents). */
  storeTexts(documents: readonly { sourceId: number; body: string }[], at: string): void;
  /** The source's stored text, or undefined when it has none. */
  textOf(sourceId: number): string | undefined;
  /** Every passage of the source's text, in order. */
  passagesOf(sourceId: number): Passage[];
  /** The quotes of every fact citing the source, whatever its status (pending suggestions too). */
  quotesCiting(sourceId: number): string[];
}

/** One word or phrase that names an entity in a question. */
export interface EntityTerm {
  entityId: number;
  entity: string;
  term: string;
  /** `name` for the canonical name, `alias` for another name, `demonym` for an adjective. */
  kind: 'name' | 'alias' | 'demonym';
}

/** An entity with its other names, as its profile shows it. */
export interface EntityCard {
  name: string;
  kind: string;
  aliases: string[];
  demonyms: string[];
}

/** An entity tagged on the same facts as another, with how often and in which sources. */
export interface Companion {
  name: string;
  facts: number;
  sourceIds: string[];
}

/**
 * A usable fact (active, its source not retracted) reduced to what the analyst views order, group,
 * rank and count by; the views load full facts only for the few they show.
 */
export interface FactOutline {
  rowId: number;
  period: Period;
  statement: string;
  sourceRowId: number;
  /** The source's publication date: an ongoing fact is vouched for up to it and no later. */
  sourceDate: string | null;
}

/** Entities: the vocabulary (names, aliases, demonyms), profiles, and alias writes. */
export interface EntityStore {
  listTerms(): EntityTerm[];
  /** Changes with every write to entities or aliases: lets every process cache the vocabulary. */
  vocabularyVersion(): string;
  /** The entities most facts are tagged with: what the base covers best. */
  mostCited(limit: number): string[];
  /** The entity's name and kind with its other names and demonyms, as entered. */
  card(entityId: number): EntityCard | undefined;
  /** Every usable fact tagged with the entity, oldest id first. */
  factOutlines(entityId: number): FactOutline[];
  /** The entities that share the most usable facts with this one, most shared first. */
  companions(entityId: number, limit: number): Companion[];
  /** The entity an alias belongs to, if the alias exists. */
  aliasOwner(alias: string): { entity: string; kind: string } | undefined;
  addAlias(entityId: number, entity: string, alias: string, kind: AliasKind, context: WriteContext): void;
  removeAlias(alias: string, context: WriteContext): void;
}

/** Whole fact bases in the interchange form (seed, import, export). */
export interface BundleStore {
  /** The whole base in interchange form, in id order, so two exports of one base are identical. */
  read(): Bundle;
  /** Inserts a bundle and its audit entry in one transaction; existing sources and entities are kept. */
  importWithAudit(bundle: Bundle, actor: Actor, origin: string): void;
  /** Which of these fact row ids are taken. */
  takenFactIds(ids: readonly number[]): number[];
  /** Titles of the sources with these row ids that exist. */
  existingSourceTitles(ids: readonly number[]): Map<number, string>;
  /** Facts already in the base whose statement is one of these (case and surrounding spaces aside). */
  factsStating(statements: readonly string[]): { id: number; statement: string }[];
  /** The row id the next new fact would get. */
  nextFactId(): number;
}

/** A fact id with its rank (lower is better). */
export interface RankedHit {
  id: number;
  rank: number;
}

/** An active source the catalogue search found, with its rank (lower is better). */
export interface CatalogueHit extends SourceCitation {
  rowId: number;
  rank: number;
}

/** An author line or a publisher, as a source gives it. */
export interface CatalogueName {
  name: string;
  role: 'author' | 'publisher';
}

/** A passage of a stored document, found by a search. */
export interface FoundPassage extends Passage {
  sourceId: number;
  /** The match's rank: more negative is better. */
  rank: number;
}

/**
 * Full-text retrieval: over usable facts, the catalogue of active sources, and the passages of
 * stored documents. Callers pass MATCH expressions built from quoted words only.
 */
export interface SearchStore {
  /** Whether a (stemmed) word occurs anywhere in the fact index. */
  hasTerm(stem: string): boolean;
  /** How many indexed facts hold a (stemmed) word (for a word that occurs, as of up to a minute ago). */
  factsWithTerm(stem: string): number;
  /** How many facts the base holds, whatever their status: the scale a word's share is read against. */
  indexedFacts(): number;
  /** Every entity's kind (country, person, group, …) by name. */
  entityKinds(): Map<string, string>;
  /** The best `limit` usable facts for a MATCH expression, best first. */
  match(expression: string, limit: number): RankedHit[];
  /** The newest `limit` matching facts, unscored (fast for common words). */
  matchNewest(expression: string, limit: number): RankedHit[];
  /** The best `limit` active sources for a MATCH expression over the catalogue. */
  matchSources(expression: string, limit: number): CatalogueHit[];
  /** Active sources whose (partial ISO) publication date sorts between `from` and `to`, newest first. */
  sourcesPublishedBetween(from: string, to: string, limit: number): CatalogueHit[];
  /** Every author line and publisher of an active source, as written. */
  catalogueNames(): CatalogueName[];
  /** Changes whenever a source is added, edited or changes status: lets callers cache `catalogueNames`. */
  catalogueVersion(): number;
  /** Whether a (stemmed) word occurs in any title, author or publisher. */
  hasCatalogueTerm(stem: string): boolean;
  /** Passages matching a MATCH expression, best first, of active sources (of one source when given). */
  passages(expression: string, limit: number, sourceId?: number | null): FoundPassage[];
}

/** Why a fact waits in the review queue. */
export type ReviewReason = 'suggestion' | 'retracted-source' | 'report';

/** One item of the queue: the fact, why it is queued, who put it there, from where and when. */
export interface ReviewItem {
  factId: number;
  reason: ReviewReason;
  by: string;
  displayName: string;
  platform: string;
  workspaceId: string | null;
  at: string;
  /** The report's reason, or the reason the source was retracted. */
  note: string | null;
  /** What a suggestion proposes to create on approval. */
  proposal: Proposal;
  /** The report's id (R3) for a report, to dismiss it by; null otherwise. */
  reportId: string | null;
}

/** A report as a moderator deciding on it sees it. */
export interface StoredReport {
  id: number;
  factId: number;
  factVersion: number;
  reason: string;
  displayName: string;
  at: string;
  /** Open: not dismissed and the fact is still active at the version reported. */
  open: boolean;
  dismissedAt: string | null;
  dismissedBy: string | null;
  dismissReason: string | null;
}

/** The review queue and readers' reports on facts. */
export interface ReviewStore {
  /** One page of the queue, oldest first, of one reason or all. */
  list(reason: ReviewReason | null, limit: number, offset: number): ReviewItem[];
  /** How many items wait, of one reason or all. */
  count(reason: ReviewReason | null): number;
  /** Stores a report and returns its row id; throws DuplicateReportError on a second report by the same person. */
  report(factId: number, reason: string, context: WriteContext): number;
  /** One report by row id. */
  findReport(id: number): StoredReport | undefined;
  /** Every report on a fact, oldest first, open or closed. */
  reportsOn(factId: number): StoredReport[];
  /** Dismisses the given open reports with one reason and one audit entry per report. */
  dismiss(ids: readonly number[], reason: string, context: WriteContext): void;
}

/** A question nobody could answer: its normalised text, how often and when it was asked, and whether a fact answers it now. */
export interface Gap {
  question: string;
  timesAsked: number;
  firstAsked: string;
  lastAsked: string;
  answeredAt: string | null;
  /** The row id of the first fact that answered it. */
  answeredBy: number | null;
}

/** Questions asked and answered over some days. */
export interface AskCounts {
  asked: number;
  answered: number;
}

/** What readers asked: the questions nobody could answer, and counts per day (numbers only). */
export interface GapStore {
  /** Counts one unanswered asking of a normalised question; never waits for another process's lock. */
  record(question: string, at: string): void;
  /** One page of open or answered gaps, most asked first. */
  list(answered: boolean, limit: number, offset: number): Gap[];
  /** How many gaps are open or answered. */
  count(answered: boolean): number;
  /** The `limit` most recently asked open gaps. */
  recentOpen(limit: number): string[];
  /** Marks gaps answered, each by the fact that answers it now. */
  markAnswered(answers: readonly { question: string; factId: number }[], at: string): void;
  /** Empties the list, with an audit entry saying how many were removed. */
  clear(context: WriteContext): number;
  /** Counts one question on the day of `at` (an ISO timestamp); never waits for another process's lock. */
  countAsked(at: string, answered: boolean): void;
  /** The totals from `day` (YYYY-MM-DD) on. */
  askedSince(day: string): AskCounts;
}

/** How big the fact base is and when it last changed. */
export interface BaseStats {
  facts: Record<FactStatus, number>;
  sources: { active: number; retracted: number; furtherReading: number };
  entities: number;
  aliases: number;
  demonyms: number;
  lastChange: { at: string; command: string; target: string | null; by: string; platform: string } | null;
}

/** Counts of what the base holds. */
export interface StatsStore {
  read(): BaseStats;
}

/** What health checks, metrics and upkeep need of the store itself. */
export interface HealthStore {
  /** Reads from the store, so a missing or damaged database fails here. */
  ping(): void;
  /** How many facts there are of each status. */
  factCounts(): { status: string; n: number }[];
  /** Where the store keeps its data (a file path, or '' when it has none), for watching it. */
  location(): string;
  /** Folds the write-ahead log into the store; false when another connection kept it from finishing. */
  checkpoint(): boolean;
  /** Lets the store refresh its query statistics (after a bulk load). */
  optimize(): void;
  /** A consistent copy of the store at `path`. */
  backup(path: string): Promise<void>;
}
