import type { Actor, WriteContext } from '../src/domain/actor';
import type { ProgressListener } from '../src/domain/progress';
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
  rateLimits: RateLimitStore;
  listingPages: ListingPageStore;
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
  getMany(ids: readonly number[]): Promise<CitedFact[]>;
  getOne(id: number): Promise<CitedFact | undefined>;
  /** Every fact citing a source, whatever its status. */
  getBySource(sourceRowId: number): Promise<CitedFact[]>;
  /** The row ids of every fact citing a source, whatever its status, oldest first. */
  idsCiting(sourceRowId: number): Promise<number[]>;
  /** A fact's current content, status and version, or undefined when there is no such fact. */
  current(id: number): Promise<StoredFact | undefined>;
  /** The stored state of one version of a fact, or undefined. */
  snapshotAt(id: number, version: number): Promise<FactSnapshot | undefined>;
  /** Every version of a fact, oldest first. */
  history(id: number): Promise<RevisionEntry[]>;
  /** How many suggestions by `by` (`platform:user`) wait for review. */
  countPending(by: string): Promise<number>;
  /** Facts whose id starts with `digits`, shortest ids first, at most `limit` (completion). */
  byIdPrefix(digits: string, limit: number): Promise<FactHint[]>;
  /** Facts whose statement holds the typed words (the last as a prefix), newest first (completion). */
  byStatementWords(typed: string, limit: number): Promise<FactHint[]>;
  /**
   * Adds a fact (active, or pending for a suggestion) and returns its row id. `check` runs first,
   * inside the transaction, given how many suggestions by the writer wait for review (throwing to
   * refuse); it must not call a store.
   */
  add(content: FactContent, status: FactStatus, context: WriteContext, check?: (pendingByWriter: number) => void): Promise<number>;
  /** Adds several facts in one transaction, each with its history and audit entry; returns their row ids. */
  addMany(contents: readonly FactContent[], status: FactStatus, context: WriteContext): Promise<number[]>;
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
  ): Promise<ChangedFact>;
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
  list(text?: string): Promise<CatalogueEntry[]>;
  /** Sources with this address or this title (case aside): a new one may be a duplicate of them. */
  findAlike(url: string | null, title: string): Promise<CatalogueEntry[]>;
  get(id: number): Promise<CatalogueEntry | undefined>;
  /** The source's current fields and status, or undefined. */
  current(id: number): Promise<{ fields: SourceFields; status: SourceStatus } | undefined>;
  /** Adds a source, with its text when given, and returns its row id. */
  add(fields: SourceFields, context: WriteContext, text?: string): Promise<number>;
  /** Replaces a source's fields; the audit entry keeps the previous ones. */
  edit(id: number, fields: SourceFields, context: WriteContext, reason: string): Promise<void>;
  /** Retracts or restores a source; returns the ids of the facts that cite it, now flagged. */
  setStatus(id: number, status: SourceStatus, context: WriteContext, reason: string | null): Promise<number[]>;
  /** Stores several sources' texts in one transaction (the seed documents). */
  storeTexts(documents: readonly { sourceId: number; body: string }[], at: string): Promise<void>;
  /** The source's stored text, or undefined when it has none. */
  textOf(sourceId: number): Promise<string | undefined>;
  /** Every passage of the source's text, in order. */
  passagesOf(sourceId: number): Promise<Passage[]>;
  /** The quotes of every fact citing the source, whatever its status (pending suggestions too). */
  quotesCiting(sourceId: number): Promise<string[]>;
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
  listTerms(): Promise<EntityTerm[]>;
  /** Changes with every write to entities or aliases: lets every process cache the vocabulary. */
  vocabularyVersion(): Promise<string>;
  /** The entities most facts are tagged with: what the base covers best. */
  mostCited(limit: number): Promise<string[]>;
  /** The entity's name and kind with its other names and demonyms, as entered. */
  card(entityId: number): Promise<EntityCard | undefined>;
  /** Every usable fact tagged with the entity, oldest id first. */
  factOutlines(entityId: number): Promise<FactOutline[]>;
  /** The entities that share the most usable facts with this one, most shared first. */
  companions(entityId: number, limit: number): Promise<Companion[]>;
  /** The entity an alias belongs to, if the alias exists. */
  aliasOwner(alias: string): Promise<{ entity: string; kind: string } | undefined>;
  /** Adds an alias; throws AliasTakenError when it already names an entity (case aside), writing nothing. */
  addAlias(entityId: number, entity: string, alias: string, kind: AliasKind, context: WriteContext): Promise<void>;
  removeAlias(alias: string, context: WriteContext): Promise<void>;
}

/** Whole fact bases in the interchange form (seed, import, export). */
export interface BundleStore {
  /** The whole base in interchange form, in id order, so two exports of one base are identical. */
  read(): Promise<Bundle>;
  /**
   * Inserts a bundle and its audit entry in one transaction; existing sources and entities are
   * kept. `onProgress` hears of each kind of record (sources, entities, facts) as it is written.
   */
  importWithAudit(bundle: Bundle, actor: Actor, origin: string, onProgress?: ProgressListener): Promise<void>;
  /** Which of these fact row ids are taken. */
  takenFactIds(ids: readonly number[]): Promise<number[]>;
  /** Titles of the sources with these row ids that exist. */
  existingSourceTitles(ids: readonly number[]): Promise<Map<number, string>>;
  /** Facts already in the base whose statement is one of these (case and surrounding spaces aside). */
  factsStating(statements: readonly string[]): Promise<{ id: number; statement: string }[]>;
  /** The row id the next new fact would get. */
  nextFactId(): Promise<number>;
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
 * What a full-text search looks for, as a tree the store renders in its own query language: a
 * phrase is words already reduced to letters and digits, space separated, that must occur in this
 * order; `all` needs every part, `any` at least one. Each store binds or quotes every phrase, so a
 * question's text is only ever searched as words.
 */
export type MatchExpression = { phrase: string } | { all: readonly MatchExpression[] } | { any: readonly MatchExpression[] };

/** The fields of the source catalogue a search may look in. */
export type CatalogueField = 'title' | 'author' | 'publisher';

/**
 * Full-text retrieval: over usable facts, the catalogue of active sources, and the passages of
 * stored documents.
 */
export interface SearchStore {
  /** Whether a (stemmed) word occurs anywhere in the fact index. */
  hasTerm(stem: string): Promise<boolean>;
  /** How many indexed facts hold a (stemmed) word (for a word that occurs, as of up to a minute ago). */
  factsWithTerm(stem: string): Promise<number>;
  /** How many facts the base holds, whatever their status: the scale a word's share is read against. */
  indexedFacts(): Promise<number>;
  /** Every entity's kind (country, person, group, …) by name. */
  entityKinds(): Promise<Map<string, string>>;
  /** The best `limit` usable facts for an expression, best first. */
  match(expression: MatchExpression, limit: number): Promise<RankedHit[]>;
  /** The newest `limit` matching usable facts, unscored (fast for common words). */
  matchNewest(expression: MatchExpression, limit: number): Promise<RankedHit[]>;
  /** The best `limit` active sources for an expression over the given fields of the catalogue. */
  matchSources(fields: readonly CatalogueField[], expression: MatchExpression, limit: number): Promise<CatalogueHit[]>;
  /** Active sources whose (partial ISO) publication date sorts between `from` and `to`, newest first. */
  sourcesPublishedBetween(from: string, to: string, limit: number): Promise<CatalogueHit[]>;
  /** Every author line and publisher of an active source, as written. */
  catalogueNames(): Promise<CatalogueName[]>;
  /** Changes whenever a source is added, edited or changes status: lets callers cache `catalogueNames`. */
  catalogueVersion(): Promise<number>;
  /** Whether a (stemmed) word occurs in any title, author or publisher. */
  hasCatalogueTerm(stem: string): Promise<boolean>;
  /** Passages matching an expression, best first, of active sources (of one source when given). */
  passages(expression: MatchExpression, limit: number, sourceId?: number | null): Promise<FoundPassage[]>;
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
  list(reason: ReviewReason | null, limit: number, offset: number): Promise<ReviewItem[]>;
  /** How many items wait, of one reason or all. */
  count(reason: ReviewReason | null): Promise<number>;
  /** Stores a report and returns its row id; throws DuplicateReportError on a second report by the same person. */
  report(factId: number, reason: string, context: WriteContext): Promise<number>;
  /** One report by row id. */
  findReport(id: number): Promise<StoredReport | undefined>;
  /** Every report on a fact, oldest first, open or closed. */
  reportsOn(factId: number): Promise<StoredReport[]>;
  /** Dismisses the given open reports with one reason and one audit entry per report. */
  dismiss(ids: readonly number[], reason: string, context: WriteContext): Promise<void>;
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
  record(question: string, at: string): Promise<void>;
  /** One page of open or answered gaps, most asked first. */
  list(answered: boolean, limit: number, offset: number): Promise<Gap[]>;
  /** How many gaps are open or answered. */
  count(answered: boolean): Promise<number>;
  /** The `limit` most recently asked open gaps. */
  recentOpen(limit: number): Promise<string[]>;
  /** Marks gaps answered, each by the fact that answers it now. */
  markAnswered(answers: readonly { question: string; factId: number }[], at: string): Promise<void>;
  /** Empties the list, with an audit entry saying how many were removed. */
  clear(context: WriteContext): Promise<number>;
  /** Counts one question on the day of `at` (an ISO timestamp); never waits for another process's lock. */
  countAsked(at: string, answered: boolean): Promise<void>;
  /** The totals from `day` (YYYY-MM-DD) on. */
  askedSince(day: string): Promise<AskCounts>;
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
  read(): Promise<BaseStats>;
}

/** What health checks, metrics and upkeep need of the store itself. */
export interface HealthStore {
  /** Reads from the store, so a missing or damaged database fails here. */
  ping(): Promise<void>;
  /** How many facts there are of each status. */
  factCounts(): Promise<{ status: string; n: number }[]>;
  /** Where the store keeps its data (a file path, or '' when it has none), for watching it. */
  location(): Promise<string>;
  /** Folds the write-ahead log into the store; false when another connection kept it from finishing. */
  checkpoint(): Promise<boolean>;
  /** Lets the store refresh its query statistics (after a bulk load). */
  optimize(): Promise<void>;
  /** A consistent copy of the store at `path`. */
  backup(path: string): Promise<void>;
}

/** Whether an action was within its limit, and if not, how long until it would be. */
export type RateDecision = { granted: true } | { granted: false; retryAfterSeconds: number };

/**
 * Recent actions per person, shared by every process on the store: one person's limit holds
 * however many processes or shards answer them.
 */
export interface RateLimitStore {
  /**
   * Records one action under `key` at `atMs` (epoch milliseconds) when fewer than `limit` were
   * recorded in the `windowMs` before; otherwise records nothing and says how many seconds until
   * the oldest of them leaves the window. Atomic: concurrent takes never grant more than `limit`.
   * Actions older than their window are removed as it goes, so the store stays bounded.
   */
  take(key: string, limit: number, windowMs: number, atMs: number): Promise<RateDecision>;
}

/** One page of a listing: the page number and what runs to show it (an invocation as JSON text). */
export interface ListingPage {
  page: number;
  invocation: string;
}

/**
 * The pages of listings that page buttons turn, kept under a short key for a while, so a button
 * works whichever process receives the click, and after a restart.
 */
export interface ListingPageStore {
  /**
   * Keeps `pages` under `key` (adding to the pages it already has, replacing a page given again)
   * and moves the whole listing's expiry to `expiresAtMs`. Listings expired at `atMs` are removed
   * as it goes.
   */
  keep(key: string, pages: readonly ListingPage[], atMs: number, expiresAtMs: number): Promise<void>;
  /** What runs for one page of a listing, unless it is unknown or expired at `atMs`. */
  pageOf(key: string, page: number, atMs: number): Promise<string | undefined>;
}
