import { toStem } from '../tokens';

/**
 * Briefing vocabulary WordNet does not join the way analysts use it. Each group is a kind of thing
 * a briefing reports; words in a kind stand for one another and for nothing else (an airstrike is
 * not a border clash). An umbrella group's words ("attack", "violence") reach every kind under it.
 * Looked up by Porter stem, so any inflection of a listed word finds its group.
 */
export interface DomainGroup {
  name: string;
  words: readonly string[];
  /** Names of the kinds an umbrella word also stands for. */
  covers?: readonly string[];
}

export const DOMAIN_GROUPS: readonly DomainGroup[] = [
  {
    name: 'attack',
    words: ['attack', 'assault', 'hit', 'strike', 'struck', 'target', 'targeting'],
    covers: ['airstrike', 'bombing', 'drone', 'clash', 'incursion', 'shooting'],
  },
  // Violence is reported as attacks and as the dead and wounded they leave: "violence in Khyber
  // Pakhtunkhwa in 2025" is answered by the province's fatalities.
  {
    name: 'violence',
    words: ['violence', 'violent', 'bloodshed', 'unrest'],
    covers: ['attack', 'airstrike', 'bombing', 'drone', 'clash', 'incursion', 'shooting', 'casualties', 'injured'],
  },
  // Strikes from the air, and what carries them out: "Pakistani jets hit …".
  { name: 'airstrike', words: ['airstrike', 'air strike', 'air raid', 'aerial bombardment', 'bombing raid', 'jet', 'warplane', 'air force'] },
  { name: 'bombing', words: ['bombing', 'bomb', 'bombed', 'blast', 'explosion', 'suicide bomber', 'blow up', 'blown up', 'blew up'], covers: ['airstrike'] },
  { name: 'drone', words: ['drone', 'uav', 'unmanned aerial vehicle'] },
  { name: 'clash', words: ['clash', 'firefight', 'skirmish', 'gunfight', 'gun battle', 'gunbattle', 'shootout', 'exchange of fire'] },
  {
    name: 'incursion',
    words: ['incursion', 'infiltration', 'infiltrate', 'infiltrator', 'raid', 'crossing', 'crossed', 'cross', 'slip across', 'sneak across'],
  },
  { name: 'shooting', words: ['shooting', 'gunmen', 'gunman', 'gunfire', 'fired', 'shot', 'armed men', 'armed militants'] },
  {
    name: 'casualties',
    words: ['killed', 'kill', 'killing', 'dead', 'death', 'died', 'die', 'fatalities', 'fatality', 'lives', 'casualties', 'victim', 'toll', 'slain', 'deadly'],
  },
  { name: 'injured', words: ['wounded', 'wounding', 'injured', 'injuries', 'injury', 'hurt'] },
  // A border crossing is a point on the border; "crossing" shares its stem with "crossed", so the
  // word stands for an incursion as well.
  { name: 'border', words: ['border', 'frontier', 'boundary', 'cross-border', 'crossing', 'border crossing', 'checkpoint'] },
  {
    name: 'militancy',
    words: [
      'terrorism',
      'terror',
      'terrorist',
      'militancy',
      'militant',
      'extremism',
      'extremist',
      'radicalism',
      'radical',
      'jihadist',
      'jihadi',
      'insurgent',
      'fighter',
    ],
  },
  // An armed organisation under the names analysts give one: "militant outfits", "a Uyghur-led network".
  { name: 'armed group', words: ['group', 'outfit', 'network', 'faction', 'organisation', 'organization'] },
  { name: 'madrassa', words: ['madrassa', 'seminary', 'religious school', 'religious seminary'] },
  // Schools report how many are enrolled: an enrolment figure is the number of students.
  { name: 'students', words: ['students', 'pupils', 'enrolment', 'enrollment', 'enrolled', 'learners'] },
  { name: 'closure', words: ['closed', 'closure', 'shut', 'sealed', 'close'] },
  { name: 'denial', words: ['deny', 'denial', 'reject'] },
  // Putting a claim forward, as one party says of another: "who claims TTP leaders roam free" is
  // answered by whoever alleges it.
  { name: 'assertion', words: ['claim', 'allege', 'allegation', 'assert', 'insist', 'contend'] },
  { name: 'absence', words: ['absence', 'lack', 'dearth'] },
  { name: 'harbouring', words: ['harbor', 'harbour', 'shelter', 'shield', 'protect', 'tolerate', 'haven', 'safe haven', 'host'] },
  // A business under any of the words for one: "which company's staff", "a Chinese firm".
  { name: 'company', words: ['company', 'firm', 'corporation', 'enterprise', 'contractor'] },
  // Governments keeping up relations with another, however analysts put it.
  { name: 'engagement', words: ['engage', 'engagement', 'deal with', 'do business', 'doing business', 'work with'] },
  { name: 'workers', words: ['workers', 'employees', 'staff', 'labourers', 'laborers', 'personnel', 'crew'] },
  { name: 'forces', words: ['guards', 'troops', 'soldiers', 'forces'] },
  {
    name: 'increase',
    words: [
      'increase',
      'rise',
      'rising',
      'hike',
      'grew',
      'growth',
      'escalation',
      'escalate',
      'surge',
      'strengthening',
      'multiplying',
      'double',
      'triple',
      'up',
      'go up',
      'uptick',
      'spike',
    ],
  },
  // Forces leaving a country, as the 2021 US withdrawal is called.
  { name: 'withdrawal', words: ['withdrawal', 'withdraw', 'withdrew', 'pullout', 'pull out', 'pulled out', 'drawdown', 'exit', 'departure'] },
  { name: 'statement', words: ['statement', 'declaration', 'communique'] },
  // How a government speaks in public, as opposed to one statement it issued.
  { name: 'public speech', words: ['talk', 'speak', 'rhetoric', 'remarks', 'public statements', 'publicly'] },
  // How a country or its officials see something.
  { name: 'perception', words: ['view', 'viewed', 'perception', 'perceive', 'perceived', 'regard', 'regarded', 'treat as', 'picture', 'image'] },
  // What a government or group holds on a matter, however a question names it.
  { name: 'stance', words: ['stance', 'position', 'posture', 'attitude', 'tone'] },
  // Where militants operate from: a base under any of its names.
  { name: 'base', words: ['base', 'rear base', 'staging ground', 'staging area', 'launchpad', 'launching pad', 'sanctuary', 'hideout', 'hub'] },
  { name: 'leadership', words: ['founder', 'founded', 'set up', 'chair', 'head', 'head up', 'leader', 'lead', 'commander', 'director', 'run'] },
  { name: 'promise', words: ['promise', 'pledge', 'assurance', 'guarantee', 'vow'] },
  { name: 'concern', words: ['concern', 'worry', 'worries', 'fear', 'threat'] },
  // What may harm a country, under any of the words for it.
  { name: 'danger', words: ['threat', 'threaten', 'danger', 'dangerous', 'risk', 'menace', 'peril', 'hazard'] },
  // Asked whether a place is safe, a statement that it is insecure answers: one scale, either end.
  { name: 'security', words: ['safe', 'safety', 'secure', 'security', 'insecure', 'insecurity', 'unsafe'] },
  { name: 'funding', words: ['money', 'cash', 'funds', 'funding', 'financing', 'payments'] },
  // Money or aid passed to someone, however it is handed over.
  { name: 'provision', words: ['provide', 'give', 'hand', 'hand over', 'supply', 'send', 'transfer', 'channel', 'funnel'] },
  // Keeping militants, or the threat they pose, in check or within bounds, under any of the names for it.
  {
    name: 'restraint',
    words: ['restrain', 'restraint', 'rein in', 'curb', 'hold back', 'keep in check', 'in check', 'contain', 'control', 'leash', 'confine'],
  },
  // Who suffers most from something, as analysts put it.
  {
    name: 'brunt',
    words: [
      'brunt',
      'borne the brunt',
      'bear the brunt',
      'bears the brunt',
      'suffer',
      'hardest hit',
      'hit hardest',
      'heaviest hit',
      'worst hit',
      'worst affected',
      'worst of',
    ],
  },
  // A matter of right and wrong rather than of safety, as analysts put it. Phrases only: "issue"
  // alone shares its stem with "issued", and "values" alone is said of much else.
  {
    name: 'moral matter',
    words: ['moral problem', 'moral issue', 'ethics issue', 'ethical issue', 'ethical problem', 'values issue', 'problem of values', 'matter of values'],
  },
  // What a paper or an author finally holds, as analysts ask for it.
  { name: 'conclusion', words: ['conclusion', 'conclude', 'bottom line', 'takeaway', 'upshot', 'verdict'] },
  // What a paper or a policy sets out to do.
  { name: 'aim', words: ['aim', 'purpose', 'goal', 'objective', 'sets out', 'set out', 'seeks', 'intent'] },
  // Two developments said to come together.
  { name: 'coincidence', words: ['coincide', 'coincided', 'in tandem', 'at the same time', 'came with', 'accompanied'] },
  // A stance that hardens or softens, as analysts put it.
  { name: 'hardening', words: ['harden', 'hardened', 'hardening', 'tougher', 'toughen', 'tough', 'stricter', 'sterner', 'firmer', 'hardline'] },
  // The Taliban's return of 2021, however it is called.
  {
    name: 'takeover',
    words: [
      'takeover',
      'take over',
      'took over',
      'seized power',
      'retake',
      'retook',
      'take back',
      'took back',
      'return to power',
      'returned to power',
      'recapture',
    ],
  },
  // Those who speak for a government.
  { name: 'officials', words: ['officials', 'official', 'policymakers', 'policymaker', 'policy makers', 'authorities'] },
  // An attack put down to a place or a party.
  { name: 'attribution', words: ['traced', 'trace', 'tied', 'pinned', 'attributed', 'blamed', 'connected'] },
  // The area around a country: "Afghanistan's neighbourhood" is its region.
  { name: 'surroundings', words: ['neighbourhood', 'neighborhood', 'region', 'regional'] },
  // The countries around one: "the countries next door" are its neighbours.
  { name: 'neighbours', words: ['neighbour', 'neighbor', 'neighbouring', 'neighboring', 'next door'] },
  // Leaving a problem alone, as a government or "the world" may.
  { name: 'neglect', words: ['ignore', 'neglect', 'disregard', 'overlook', 'look away', 'turn away', 'turn a blind eye', 'sideline'] },
  // How much notice the press and the world gave an event.
  { name: 'publicity', words: ['coverage', 'attention', 'publicity', 'headlines', 'spotlight', 'media attention'] },
  // Twitter is now X; statements name the platform as it is called today.
  { name: 'social media', words: ['twitter', 'tweet', 'x', 'handle', 'social media'] },
  { name: 'doctorate', words: ['phd', 'doctoral', 'doctorate', 'doctoral candidate', 'phd student'] },
];

const stemsOf = (words: string): string => words.split(' ').map(toStem).join(' ');
const byStem = new Map<string, DomainGroup[]>();
const byName = new Map(DOMAIN_GROUPS.map((group) => [group.name, group]));
for (const group of DOMAIN_GROUPS) {
  for (const word of group.words) byStem.set(stemsOf(word), [...(byStem.get(stemsOf(word)) ?? []), group]);
}

/** The domain groups a word or phrase belongs to, by its stems ("religious schools" → madrassa). */
export function groupsOf(word: string): readonly DomainGroup[] {
  return byStem.get(stemsOf(word)) ?? [];
}

/** Whether a word or phrase belongs to the named group ("outfits" to "armed group"). */
export function isInGroup(word: string, name: string): boolean {
  return groupsOf(word).some((group) => group.name === name);
}

/** Whether two words of a question form one of the groups' phrases ("religious schools", "armed men"). */
export function isDomainPhrase(first: string, second: string): boolean {
  return byStem.has(`${toStem(first)} ${toStem(second)}`);
}

/** Every word that stands for this one in a briefing: its kind's words, and for an umbrella word every kind's. */
export function domainEquivalents(word: string): string[] {
  const words = new Set<string>();
  for (const group of groupsOf(word)) {
    for (const member of group.words) words.add(member);
    for (const kind of group.covers ?? []) for (const member of byName.get(kind)?.words ?? []) words.add(member);
  }
  words.delete(word);
  return [...words];
}
