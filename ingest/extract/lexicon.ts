// General knowledge the extractor relies on: countries with their names, demonyms and capitals,
// titles, organisations, and the words news uses for meetings, proposals and stances. Nothing here is
// specific to one article; every entry is a fact about the world or about English news style.

/** Splits a space-separated word list; keeps long lists of words readable. */
export function words(list: string): string[] {
  return list.split(' ');
}

export interface CountryEntry {
  name: string;
  /** Other names, abbreviations and ways of writing it. */
  aliases: string[];
  /** Adjective forms ("Ukrainian") and plural people forms ("Ukrainians"). */
  demonyms: string[];
  /** Seat of government, which news uses to stand for the government ("Kyiv said"). */
  capitals: string[];
}

const c = (name: string, aliases: string[], demonyms: string[], capitals: string[]): CountryEntry => ({
  name,
  aliases,
  demonyms,
  capitals,
});

export const COUNTRIES: CountryEntry[] = [
  c(
    'United States',
    ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    ['American', 'Americans', 'US', 'U.S.'],
    ['Washington'],
  ),
  c('Ukraine', [], ['Ukrainian', 'Ukrainians'], ['Kyiv', 'Kiev']),
  c('Russia', ['Russian Federation'], ['Russian', 'Russians'], ['Moscow', 'Kremlin']),
  c('China', ["People's Republic of China", 'PRC'], ['Chinese'], ['Beijing']),
  c(
    'United Kingdom',
    ['UK', 'U.K.', 'Britain', 'Great Britain'],
    ['British', 'Briton', 'Britons'],
    ['London'],
  ),
  c('France', [], ['French'], ['Paris']),
  c('Germany', [], ['German', 'Germans'], ['Berlin']),
  c('Italy', [], ['Italian', 'Italians'], ['Rome']),
  c('Spain', [], ['Spanish', 'Spaniards'], ['Madrid']),
  c('Poland', [], ['Polish', 'Poles'], ['Warsaw']),
  c('Hungary', [], ['Hungarian', 'Hungarians'], ['Budapest']),
  c('Romania', [], ['Romanian', 'Romanians'], ['Bucharest']),
  c('Netherlands', ['Holland'], ['Dutch'], ['Amsterdam', 'The Hague']),
  c('Belgium', [], ['Belgian', 'Belgians'], ['Brussels']),
  c('Switzerland', [], ['Swiss'], ['Bern']),
  c('Austria', [], ['Austrian', 'Austrians'], ['Vienna']),
  c('Sweden', [], ['Swedish', 'Swedes'], ['Stockholm']),
  c('Norway', [], ['Norwegian', 'Norwegians'], ['Oslo']),
  c('Finland', [], ['Finnish', 'Finns'], ['Helsinki']),
  c('Denmark', [], ['Danish', 'Danes'], ['Copenhagen']),
  c('Estonia', [], ['Estonian', 'Estonians'], ['Tallinn']),
  c('Latvia', [], ['Latvian', 'Latvians'], ['Riga']),
  c('Lithuania', [], ['Lithuanian', 'Lithuanians'], ['Vilnius']),
  c('Belarus', [], ['Belarusian', 'Belarusians'], ['Minsk']),
  c('Moldova', [], ['Moldovan', 'Moldovans'], ['Chisinau']),
  c('Georgia', [], ['Georgian', 'Georgians'], ['Tbilisi']),
  c('Armenia', [], ['Armenian', 'Armenians'], ['Yerevan']),
  c('Azerbaijan', [], ['Azerbaijani', 'Azerbaijanis'], ['Baku']),
  c('Turkey', ['Türkiye', 'Turkiye'], ['Turkish', 'Turks'], ['Ankara']),
  c('Greece', [], ['Greek', 'Greeks'], ['Athens']),
  c('Serbia', [], ['Serbian', 'Serbs'], ['Belgrade']),
  c('Czech Republic', ['Czechia'], ['Czech', 'Czechs'], ['Prague']),
  c('Slovakia', [], ['Slovak', 'Slovaks'], ['Bratislava']),
  c('Portugal', [], ['Portuguese'], ['Lisbon']),
  c('Ireland', [], ['Irish'], ['Dublin']),
  c('Canada', [], ['Canadian', 'Canadians'], ['Ottawa']),
  c('Mexico', [], ['Mexican', 'Mexicans'], ['Mexico City']),
  c('Brazil', [], ['Brazilian', 'Brazilians'], ['Brasilia', 'Brasília']),
  c('Argentina', [], ['Argentine', 'Argentinian', 'Argentines'], ['Buenos Aires']),
  c('Venezuela', [], ['Venezuelan', 'Venezuelans'], ['Caracas']),
  c('Colombia', [], ['Colombian', 'Colombians'], ['Bogota', 'Bogotá']),
  c('Cuba', [], ['Cuban', 'Cubans'], ['Havana']),
  c('Japan', [], ['Japanese'], ['Tokyo']),
  c('South Korea', ['Republic of Korea'], ['South Korean', 'South Koreans'], ['Seoul']),
  c('North Korea', ['DPRK'], ['North Korean', 'North Koreans'], ['Pyongyang']),
  c('Taiwan', [], ['Taiwanese'], ['Taipei']),
  c('India', [], ['Indian', 'Indians'], ['New Delhi']),
  c('Pakistan', [], ['Pakistani', 'Pakistanis'], ['Islamabad']),
  c('Afghanistan', [], ['Afghan', 'Afghans'], ['Kabul']),
  c('Iran', [], ['Iranian', 'Iranians'], ['Tehran']),
  c('Iraq', [], ['Iraqi', 'Iraqis'], ['Baghdad']),
  c('Syria', [], ['Syrian', 'Syrians'], ['Damascus']),
  c('Israel', [], ['Israeli', 'Israelis'], ['Jerusalem']),
  c('Lebanon', [], ['Lebanese'], ['Beirut']),
  c('Jordan', [], ['Jordanian', 'Jordanians'], ['Amman']),
  c('Egypt', [], ['Egyptian', 'Egyptians'], ['Cairo']),
  c('Saudi Arabia', ['Saudi'], ['Saudi', 'Saudis'], ['Riyadh']),
  c('United Arab Emirates', ['UAE', 'Emirates'], ['Emirati', 'Emiratis'], ['Abu Dhabi']),
  c('Qatar', [], ['Qatari', 'Qataris'], ['Doha']),
  c('Oman', [], ['Omani', 'Omanis'], ['Muscat']),
  c('Yemen', [], ['Yemeni', 'Yemenis'], ['Sanaa']),
  c('Palestine', ['Palestinian territories'], ['Palestinian', 'Palestinians'], ['Ramallah']),
  c('Libya', [], ['Libyan', 'Libyans'], ['Tripoli']),
  c('Sudan', [], ['Sudanese'], ['Khartoum']),
  c('Ethiopia', [], ['Ethiopian', 'Ethiopians'], ['Addis Ababa']),
  c('Kenya', [], ['Kenyan', 'Kenyans'], ['Nairobi']),
  c('Nigeria', [], ['Nigerian', 'Nigerians'], ['Abuja']),
  c('South Africa', [], ['South African', 'South Africans'], ['Pretoria']),
  c('Democratic Republic of Congo', ['DR Congo', 'DRC', 'Congo'], ['Congolese'], ['Kinshasa']),
  c('Rwanda', [], ['Rwandan', 'Rwandans'], ['Kigali']),
  c('Australia', [], ['Australian', 'Australians'], ['Canberra']),
  c('New Zealand', [], ['New Zealander', 'New Zealanders'], ['Wellington']),
  c('Indonesia', [], ['Indonesian', 'Indonesians'], ['Jakarta']),
  c('Vietnam', ['Viet Nam'], ['Vietnamese'], ['Hanoi']),
  c('Thailand', [], ['Thai'], ['Bangkok']),
  c('Philippines', [], ['Philippine', 'Filipino', 'Filipinos'], ['Manila']),
  c('Malaysia', [], ['Malaysian', 'Malaysians'], ['Kuala Lumpur']),
  c('Singapore', [], ['Singaporean', 'Singaporeans'], []),
  c('Kazakhstan', [], ['Kazakh', 'Kazakhs'], ['Astana']),
];

/** Regions and blocs that news treats as actors of their own. */
export const REGIONS: { name: string; aliases: string[]; adjectives: string[] }[] = [
  { name: 'Europe', aliases: [], adjectives: ['European', 'Europeans'] },
  { name: 'Asia', aliases: [], adjectives: ['Asian'] },
  { name: 'Africa', aliases: [], adjectives: ['African'] },
  { name: 'Middle East', aliases: [], adjectives: [] },
  { name: 'Latin America', aliases: [], adjectives: ['Latin American'] },
  { name: 'the West', aliases: [], adjectives: ['Western'] },
];

/** International organisations by their common names and abbreviations. */
export const ORGANIZATIONS: { name: string; aliases: string[] }[] = [
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['Security Council'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'OPEC', aliases: ['OPEC+'] },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', aliases: ['Group of 20', 'G-20'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'Red Cross', aliases: ['ICRC', 'International Committee of the Red Cross'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Taliban', aliases: [] },
  { name: 'European Commission', aliases: [] },
];

/** Words that end the name of an organisation ("Ministry", "Council"). */
export const ORGANIZATION_HEADS = new Set(
  words(
    'Ministry Council Commission Bank Fund Agency Union Organization Organisation Party Army Forces Committee Department Parliament Congress Senate Court Corporation Corp Inc Company Group Institute Association Federation Alliance Front Movement Authority Bureau Cabinet Assembly Duma Rada Service Administration Co Ltd Plc plc LLC AG SA NV GmbH Holdings Motors Airlines Airways Exchange Industries Partners Securities Technologies Systems Club Society League Foundation Trust Board United Investments Capital',
  ),
);

/** Legal forms at the end of a company's name, which the name goes without ("Acme Corp" is "Acme"). */
export const LEGAL_FORMS = new Set(
  words('Inc Incorporated Corp Ltd Limited Co Plc PLC plc LLC AG SA NV GmbH BV SpA'),
);

/** Words that begin many organisations' names, so never stand alone for one ("National", "General"). */
export const GENERIC_NAME_WORDS = new Set(
  words(
    'International National General United Federal Central Royal Global World Standard Commercial Continental New Northern Southern Eastern Western First Union Bank Group',
  ),
);

/** Small words inside a name an acronym spells from its capitals ("Agreement on Tariffs and Trade"). */
export const ACRONYM_CONNECTORS = new Set(words('of on and for the in de la'));

/** Prepositions that join two sides ("talks with Acme", "between Acme and Norway"), so name no bystander. */
export const PARTNER_PREPOSITIONS = new Set(words('with between against'));

/** Nouns for a body named by whom it gathers ("the pilots' union", "the employers' federation"). */
export const BODY_HEADS = new Set(words('union federation association council guild confederation'));

/** Plural names of parties and movements: "the Free Democrats" is an organisation, not a person. */
export const ORGANIZATION_PLURALS = new Set(
  words('democrats republicans conservatives liberals socialists greens nationalists unionists'),
);

/** Nouns right after a name that only an organisation takes ("Northwind shareholders", "Northwind's board"). */
export const ORGANIZATION_CONTEXT_NOUNS = new Set(
  words(
    'shareholders stake shares bosses board directors management executives employees staff workers subsidiary unit spokesman spokeswoman spokesperson chairman headquarters',
  ),
);

/**
 * Common nouns that refer back to a named organisation ("the union", "the company"), each with the
 * name words that organisations of that kind carry.
 */
export const ORGANIZATION_NOUNS = new Map<string, Set<string>>(
  (
    [
      ['union', 'union association federation guild congress workers'],
      ['company', 'company corp corporation inc co plc ltd group holdings motors industries'],
      ['firm', 'company corp corporation inc co plc ltd group holdings partners'],
      ['group', 'group holdings'],
      ['bank', 'bank'],
      ['exchange', 'exchange bourse'],
      ['bourse', 'exchange bourse'],
      ['league', 'league'],
      ['club', 'club united city fc'],
      ['party', 'party democrats republicans conservatives liberals socialists greens'],
      ['association', 'association'],
      ['federation', 'federation'],
      ['carrier', 'airlines airways air'],
      ['airline', 'airlines airways air'],
      ['insurer', 'insurance assurance'],
      ['lender', 'bank'],
    ] as const
  ).map(([noun, heads]) => [noun, new Set(words(heads))]),
);

/** Nouns that, with "the" and no country, stand for the country the story is about ("the government"). */
export const GOVERNMENT_NOUNS = new Set(words('government administration cabinet'));

/** Party labels written before a politician's name ("Conservative Jane Doe"), not part of it. */
export const PARTY_ADJECTIVES = new Set(
  words('Conservative Liberal Labour Republican Democrat Democratic Green Socialist Tory'),
);

/** Honorifics used with a first name alone: "Sir Alan" after "Sir Alan Brookes". */
export const FIRST_NAME_HONORIFICS = new Set(words('sir dame'));

/** Acronyms of things and titles, never of an actor. */
export const NOT_ACTOR_ACRONYMS = new Set(
  words(
    'CEO CFO COO GDP GMT EST PM AM TV OK VAT IPO FTA CBA MP MPs MEP QC PhD USD EUR GBP BST UTC ID AI IT PR HQ NFL CEOs ET PT LP VIP DNA HIV EV',
  ),
);

/** Words that end the name of an event ("Munich Security Conference"); such names are meetings. */
export const EVENT_HEADS = new Set([
  'Conference',
  'Summit',
  'Forum',
  'Talks',
  'Meeting',
  'Dialogue',
  'Congress',
]);

/** Names that are places or outlets, never actors ("White House" is a building; "Television" an outlet). */
export const NON_ACTOR_HEADS = new Set(
  words(
    'House Office Palace Street Square Building Hall Airport Hotel Center Centre Television TV News Times Post Journal Radio Press Social Network Channel Online Daily Magazine Review Gazette Tribune Telegraph Herald Wire',
  ),
);

/** News agencies and outlets: sources of a story, not parties to it. */
export const MEDIA = new Set([
  'Bloomberg',
  'Reuters',
  'AP',
  'AFP',
  'Associated Press',
  'Agence France-Presse',
  'BBC',
  'CNN',
  'Fox',
  'CNBC',
  'NBC',
  'CBS',
  'ABC',
  'Axios',
  'Politico',
  'Xinhua',
  'TASS',
  'RIA',
  'Interfax',
  'Ukrinform',
  'Agencies',
  'Al Jazeera',
  'Kyodo',
  'Yonhap',
  'NHK',
  'Nikkei',
  'Guardian',
  'ESPN',
  'Sky',
  'ITV',
  'NPR',
  'WSJ',
  'FT',
  'Dow Jones',
]);

/**
 * Titles and roles, longest first when matched. `leader` marks heads of state or government, which
 * descriptions such as "the Ukrainian leader" refer to.
 */
export interface TitleEntry {
  words: string;
  leader: boolean;
}
const titleWords: [string, boolean][] = [
  ['President', true],
  ['Vice President', false],
  ['Prime Minister', true],
  ['Premier', true],
  ['Vice Premier', false],
  ['Deputy Prime Minister', false],
  ['Chancellor', true],
  ['King', true],
  ['Queen', true],
  ['Crown Prince', true],
  ['Prince', false],
  ['Emir', true],
  ['Sheikh', false],
  ['Sultan', true],
  ['Supreme Leader', true],
  ['Leader', true],
  ['Head of State', true],
  ['Chairman', false],
  ['Chair', false],
  ['General Secretary', true],
  ['Secretary-General', false],
  ['Secretary General', false],
  ['Secretary of State', false],
  ['Treasury Secretary', false],
  ['Secretary of the Treasury', false],
  ['Defense Secretary', false],
  ['Defence Secretary', false],
  ['Secretary of Defense', false],
  ['Commerce Secretary', false],
  ['Energy Secretary', false],
  ['Home Secretary', false],
  ['Foreign Secretary', false],
  ['Secretary', false],
  ['Foreign Minister', false],
  ['Defence Minister', false],
  ['Defense Minister', false],
  ['Finance Minister', false],
  ['Economy Minister', false],
  ['Trade Minister', false],
  ['Energy Minister', false],
  ['Interior Minister', false],
  ['Minister', false],
  ['Deputy Minister', false],
  ['Ambassador', false],
  ['Envoy', false],
  ['Special Envoy', false],
  ['Special Representative', false],
  ['Trade Representative', false],
  ['National Security Adviser', false],
  ['National Security Advisor', false],
  ['Adviser', false],
  ['Advisor', false],
  ['Spokesman', false],
  ['Spokeswoman', false],
  ['Spokesperson', false],
  ['Governor', false],
  ['Mayor', false],
  ['Senator', false],
  ['Sen.', false],
  ['Rep.', false],
  ['Representative', false],
  ['Speaker', false],
  ['Chief of Staff', false],
  ['Commander', false],
  ['General', false],
  ['Gen.', false],
  ['Admiral', false],
  ['Director', false],
  ['Chief Executive', false],
  ['CEO', false],
  ['Pope', true],
  ['Mr.', false],
  ['Mrs.', false],
  ['Ms.', false],
  ['Mr', false],
  ['Mrs', false],
  ['Ms', false],
  ['Dr.', false],
  ['Lord', false],
  ['boss', false],
  ['Sir', false],
  ['Dame', false],
  ['Lady', false],
  ['Negotiator', false],
  ['Chief Negotiator', false],
  ['Lawmaker', false],
  ['Official', false],
];
export const TITLES: TitleEntry[] = titleWords
  .map(([words, leader]) => ({ words, leader }))
  .sort((a, b) => b.words.length - a.words.length);

/** Head nouns of a description that stands for a leader ("the Ukrainian leader", "the US president"). */
export const LEADER_NOUNS = [
  'leader',
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'head of state',
];

/** Other role nouns usable in a description ("the Chinese vice premier", "the US envoy"). */
export const ROLE_NOUNS = [
  'vice president',
  'vice premier',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'treasury secretary',
  'secretary of state',
  'envoy',
  'special envoy',
  'ambassador',
  'negotiator',
  'chief negotiator',
  'trade representative',
  'spokesman',
  'spokeswoman',
  'spokesperson',
];

/** "Ukrainian officials", "the US administration": collective nouns that stand for a country's side. */
export const COLLECTIVE_NOUNS = words(
  'officials official negotiators negotiator diplomats representatives delegation delegations government administration authorities leadership team side forces troops military army lawmakers ministry envoys leaders people public',
);

/** Plural nouns for groups that hold a stance ("critics of the deal", "opponents"). */
export const GROUP_NOUNS = words(
  'critics opponents supporters protesters protestors analysts investors lawmakers activists allies partners hardliners skeptics sceptics veterans residents unions businesses farmers workers bondholders shareholders creditors lenders holders fans players employees pilots nurses teachers doctors voters growers',
);

/** Capitalised words that begin sentences or name times, never actors. */
export const NOT_NAMES = new Set(
  words(
    'The A An This That These Those It Its He She They We I You His Her Their Our My Your But And Or So Yet Still However While When After Before Since As If In On At For From By With Without To Of Two Three Four Five One Some Most Many Much Few All Both Each Every No Not Also Meanwhile Then There Here What Who Which Why How Where Reacting Signing Related According Despite Although Though Under Over Among During Later Earlier Last Next First Second Other Another Such More Less Even Only Just Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Title Date Source URL License Photo Read Watch Mr',
  ),
);

/** Prepositions that make a following place name a location, not an acting government. */
export const LOCATIVE_PREPOSITIONS = new Set(
  words('in to at from near into outside via through across around toward towards'),
);

/** Speech verbs: "X said", "X told", used to attribute quotations and to spot subjects. */
export const SPEECH_VERBS = words(
  'said says told tells added adds stated states wrote writes declared declares announced announces noted notes insisted insists argued argues warned warns claimed claims posted tweeted remarked explained explains',
);

/** Head nouns of a proposal; `offer` heads are one side's terms, `deal` heads the agreement sought. */
export const PROPOSAL_HEADS: Record<string, 'offer' | 'deal'> = {
  offer: 'offer',
  offers: 'offer',
  proposal: 'offer',
  proposals: 'offer',
  draft: 'offer',
  plan: 'offer',
  plans: 'offer',
  demand: 'offer',
  demands: 'offer',
  initiative: 'offer',
  package: 'offer',
  counterproposal: 'offer',
  counteroffer: 'offer',
  strategy: 'offer',
  blueprint: 'offer',
  roadmap: 'offer',
  ultimatum: 'offer',
  bid: 'offer',
  bids: 'offer',
  counterbid: 'offer',
  approach: 'offer',
  programme: 'offer',
  program: 'offer',
  extension: 'offer',
  coalition: 'deal',
  deal: 'deal',
  deals: 'deal',
  agreement: 'deal',
  agreements: 'deal',
  accord: 'deal',
  accords: 'deal',
  pact: 'deal',
  treaty: 'deal',
  framework: 'deal',
  ceasefire: 'deal',
  truce: 'deal',
  settlement: 'deal',
  arrangement: 'deal',
  memorandum: 'deal',
  compromise: 'deal',
  mechanism: 'deal',
};

/** Verbs (a lemma, then words as written) whose object is a proposal of the subject's own. */
export const PROPOSING_VERBS = new Set([
  'put forward',
  'propose',
  'offer',
  'suggest',
  'float',
  'submit',
  'table',
  'call for',
  'demand',
  'agree to',
  'unveil',
  'outline',
  'sketch out',
  'lay out',
  'set out',
]);

/** Lemmas of making or shaping a proposal, whose agent ("presented by X") is its author. */
export const PROPOSING_LEMMAS = new Set(
  words(
    'propose offer present table make submit draft negotiate launch put unveil broker craft announce suggest prepare outline initiate write float',
  ),
);

/** Modifiers that mark a proposal as one side's first or draft version. */
export const OFFER_MARKERS = new Set(
  words('initial draft first original opening earlier latest new revised proposed'),
);

export type StanceKind = 'transitive' | 'intransitive';
export interface StanceVerb {
  polarity: 'support' | 'oppose';
  kind: StanceKind;
}
const sv = (polarity: 'support' | 'oppose', kind: StanceKind, words: string): [string, StanceVerb][] =>
  words.split(' ').map((w) => [w.replace(/_/g, ' '), { polarity, kind }]);

/**
 * Stance verbs by lemma ("rejects", "rejected", "rejecting" are all "reject"); in a phrase the first word
 * is a lemma and the rest are words as written ("balk at"); "*" stands for a possessive ("lend their
 * backing to"). British spellings are listed too, though the
 * language model already gives "criticised" the lemma "criticize".
 */
export const STANCE_VERBS = new Map<string, StanceVerb>([
  ...sv(
    'oppose',
    'transitive',
    'reject rebuff spurn snub denounce criticize criticise condemn oppose dismiss slam blast attack accuse hector berate blame scold veto block challenge disparage chastise rebuke derail resist contest scupper torpedo',
  ),
  ...sv(
    'oppose',
    'transitive',
    'balk_at walk_away_from rule_out turn_down throw_out vote_down shoot_down speak_out_against come_out_against campaign_against protest_against voice_*_opposition_to express_*_opposition_to object_to push_back_on push_back_against rail_against lash_out_at hit_out_at take_aim_at fire_back_at warn_against pull_out_of vote_against',
  ),
  ...sv('oppose', 'intransitive', 'fire_back hit_back lash_out retort bristle'),
  ...sv(
    'support',
    'transitive',
    'welcome back support endorse praise hail embrace accept approve pursue champion favor favour ratify',
  ),
  ...sv(
    'support',
    'transitive',
    'push_for argue_for lobby_for press_for vote_for sign_up_to side_with throw_*_weight_behind lend_*_backing_to lend_*_support_to give_*_backing_to give_*_support_to voice_*_support_for express_*_support_for come_out_in_favour_of come_out_in_favor_of',
  ),
]);

/** Possessive pronouns, the "*" of a stance phrase ("lend their backing to"). */
export const POSSESSIVE_PRONOUNS = new Set(words('my your his her its our their'));

/** The words that make a verb passive before it ("was rejected by", "has been welcomed by"). */
export const PASSIVE_AUXILIARIES = new Set(words('be get'));

/** Nouns that carry a stance "from" their holder: "outrage from NATO allies". */
export const STANCE_NOUNS = new Map<string, 'support' | 'oppose'>([
  ['outrage', 'oppose'],
  ['criticism', 'oppose'],
  ['condemnation', 'oppose'],
  ['anger', 'oppose'],
  ['protest', 'oppose'],
  ['protests', 'oppose'],
  ['backlash', 'oppose'],
  ['opposition', 'oppose'],
  ['objections', 'oppose'],
  ['praise', 'support'],
  ['support', 'support'],
  ['backing', 'support'],
]);

/** Verbs and nouns that introduce a meeting. */
export const MEETING_VERBS = new Set(
  words(
    'meet meets met meeting visit visits visited visiting host hosts hosted hosting discuss discusses discussed discussing negotiate negotiates negotiated negotiating spoke speaks talked talks talking call called phoned welcomed received',
  ),
);
/** Lemmas of bringing sides together: "under the mediation of X", "hosted by X", "brokered by X". */
export const MEDIATION_LEMMAS = new Set(words('mediation mediate host broker facilitate sponsor'));

export const MEETING_NOUNS = new Set([
  'meeting',
  'meetings',
  'talks',
  'summit',
  'visit',
  'call',
  'phone call',
  'negotiations',
  'conversation',
  'conference',
  'sit-down',
  'encounter',
  'session',
  'round',
  'consultations',
]);

// Word lists of the passes: meetings, proposals, deal parties, clause reading, stances, actors.

/** Verbs that report a meeting ("met", "talked", "hosted"). */
export const VERB_TRIGGERS = new Set(
  words(
    'meet meets met discuss discusses discussed discussing negotiate negotiates negotiated negotiating spoke speak speaks talked hosted hosts host visited visits called phoned',
  ),
);

/** Nouns that name a meeting ("talks", "summit", "call"). */
export const NOUN_TRIGGERS = new Set(
  words('meeting meetings talks summit call negotiations conversation sit-down visit consultations'),
);

/** Words that make a meeting only proposed ("may meet", "sought talks"). */
export const PROPOSED_CUES = new Set(
  words(
    'may might could would pushed push pushing sought seek seeks seeking wants wanted proposed proposes suggested requested asked urged offered possible potential hopes hoped',
  ),
);

/** Words that make a meeting planned ("will meet", "talks scheduled"). */
export const PLANNED_CUES = new Set(
  words(
    'will plans planned scheduled expected set upcoming due next before further shall later agreed agree',
  ),
);

/** Words that mark a meeting as cancelled. */
export const CANCELLED_CUES = ['cancelled', 'canceled', 'postponed', 'scrapped', 'called off', 'abandoned'];

/** Meeting verbs that need a partner or two subjects ("X spoke" alone is no meeting). */
export const NEEDS_PARTNER = new Set(
  words(
    'discuss discusses discussed discussing negotiate negotiates negotiated negotiating spoke speak speaks talked visited visits called phoned',
  ),
);

/** Verbs that add a participant to the latest meeting ("X also attended"). */
export const ATTEND_VERBS = new Set(['attended', 'attend', 'attends', 'joined', 'participated']);

/** Nouns that list a meeting's participants ("participants included X"). */
export const PARTICIPANT_NOUNS = new Set(['participants', 'delegation', 'delegations', 'attendees']);

/** Words before a meeting noun that point back at a meeting already named ("the talks"). */
export const REFERRING = new Set(words('the their these those this that its of'));

/** Determiners that open a proposal phrase ("the offer", "its plan"). */
export const DETERMINERS = new Set(words('a an the this that its their his her any another such no'));

/** Words that end the walk back from a proposal's head to its first modifier. */
export const STOP_MODIFIERS = new Set(
  words(
    'to of and or with for on in at by from need needs want wants sign signed signing reach reached make seek seeking have has had is was are were be been finalize pursue reject rejected would will could not',
  ),
);

/** Prepositions that open what a proposal is about ("a deal on tariffs"). */
export const COMPLEMENT_PREPS = new Set(['on', 'over', 'about', 'for', 'covering', 'regarding']);

/** Words that end a proposal's "on ..." complement. */
export const COMPLEMENT_STOPS = new Set(
  words(
    'would will could should is was are were has have had that which who as but because while before after during and',
  ),
);

/** Words that say nothing about a proposal's topic, left out when proposals are compared. */
export const TOPIC_STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'with',
  'its',
  'their',
  'strong',
  'completed',
  'final',
  'key',
  'major',
  'big',
  'new',
  'possible',
  'potential',
  'proposed',
  'so',
  'called',
  'billion',
  'million',
  'trillion',
  'worth',
  'immediate',
  'lasting',
  'permanent',
  'temporary',
  'comprehensive',
  'full',
  'partial',
  'broader',
  'wider',
  'interim',
  'potential',
  'other',
  'both',
  'sides',
  'us',
  'very',
  ...OFFER_MARKERS,
]);

/** Words after which a proposal's terms follow ("including", "would give"). */
export const TERM_TRIGGERS = new Set(
  words(
    'involved involving involves include includes included including securing secure give gives giving provide provides providing grant grants granting establish establishing guarantee guaranteeing requires required',
  ),
);

/** Words that end a term. */
export const TERM_STOP_WORDS = new Set(
  words('which that but while because although whereas who if unless as so when'),
);

/** Heads that name a specific kind of arrangement ("ceasefire", "treaty") are topics of their own. */
export const SPECIFIC_HEADS = new Set([
  'ceasefire',
  'truce',
  'treaty',
  'pact',
  'memorandum',
  'mechanism',
  'settlement',
]);

/** Verbs whose subjects are parties to a deal ("signed", "negotiated", "sealed"). */
export const PURSUIT_VERBS = new Set([
  'finalize',
  'finalise',
  'finalized',
  'finalising',
  'finalizing',
  'sign',
  'signed',
  'signing',
  'reach',
  'reached',
  'reaching',
  'negotiate',
  'negotiated',
  'negotiating',
  'pursue',
  'pursued',
  'pursuing',
  'conclude',
  'concluded',
  'strike',
  'struck',
  'seal',
  'sealed',
  'complete',
  'completed',
  'clinch',
  'clinched',
  'secure',
  'secured',
  'ink',
  'inked',
  'agree',
  'agreed',
  'seek',
  'seeking',
  'sought',
  'pursues',
  'signs',
  'reaches',
  'extend',
  'extended',
  'renew',
  'renewed',
  'implement',
  'implemented',
]);

/** Verbs whose amount object is a demand ("wanted $500 billion"). */
export const DEMAND_VERBS = new Set([
  'wanted',
  'wants',
  'demanded',
  'demands',
  'sought',
  'seeks',
  'asked',
  'insisted',
]);

/** Prepositions that keep a noun out of subject position. */
export const PREPOSITIONS = new Set(
  words(
    'with to from of for by against on about between at in over toward towards than into onto upon among including like via',
  ),
);

/** Relative pronouns that open a clause about the name before them. */
export const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'where', 'when']);

/** Personal pronouns that stand for a person. */
export const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);

/** Words before a stance verb that negate it ("not", "refused to"). */
export const NEGATIONS = new Set([
  'not',
  'never',
  "n't",
  'without',
  'no',
  'refused',
  'declined',
  'unwilling',
]);

/** Verbs after "we" in a quotation that express support ("we need", "we welcome"). */
export const QUOTED_SUPPORT = new Set(['need', 'want', 'support', 'welcome', 'back', 'favour', 'favor']);

/** Bodies of government: named with a country first, they speak for that country. */
export const GOVERNMENT_HEADS = new Set(
  words(
    'Ministry Government Cabinet Parliament Army Forces Duma Rada Congress Senate Administration Department Office Presidency Assembly',
  ),
);

/** Lower-case particles inside names: "Tamim bin Hamad", "Ursula von der Leyen". */
export const NAME_CONNECTORS = new Set(
  words('bin bint ibn al el de der van von da del della la le di du dos'),
);

// Word lists of the actor pass (ingest/extract/actors/).

/** Demonyms ending in "s" that still name the country, not its people ("US officials"). */
export const SINGULAR_DEMONYMS = new Set(['US', 'U.S.']);

/** Office words that make "<Capitalised> Secretary" a title ("Labor Secretary", "Energy Minister"). */
export const OFFICE_WORDS = new Set(words('secretary minister commissioner'));

/** Office words that make "<Office> of <Capitalised>" a title ("Secretary of Defense"). */
export const OFFICE_OF_WORDS = new Set(words('secretary minister'));

/** Articles that cannot own an office ("the Secretary" is no "Labor Secretary"). */
export const ARTICLES = new Set(words('the a'));

/** Modifiers between a country and its collective noun ("Ukrainian senior officials"). */
export const COLLECTIVE_MODIFIERS = new Set(
  words('senior top trade military foreign government administration defense defence security'),
);

/** Verbs of travel after which a capital is a place, not its government ("visited Kyiv"). */
export const TRAVEL_VERBS = new Set(words('visit visits visited visiting left leave leaves reached arrived'));

/** Collective nouns that, after a person's name, stand for that person's country ("the X administration"). */
export const PERSON_COLLECTIVES = new Set(words('administration government team officials aides camp side'));

/** Nouns that end the object of a group noun ("critics of the draft deal"). */
export const GROUP_OBJECT_HEADS = new Set(
  words('deal plan agreement proposal offer accord government policy war'),
);
