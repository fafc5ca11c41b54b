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
    'Ministry Council Commission Bank Fund Agency Union Organization Organisation Party Army Forces Committee Department Parliament Congress Senate Court Corporation Corp Inc Company Group Institute Association Federation Alliance Front Movement Authority Bureau Cabinet Assembly Duma Rada Service Administration',
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
  'critics opponents supporters protesters protestors analysts investors lawmakers activists allies partners hardliners skeptics sceptics veterans residents unions businesses farmers workers',
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

/** Stance verbs in their inflected forms; multi-word entries use spaces. */
export const STANCE_VERBS = new Map<string, StanceVerb>([
  ...sv(
    'oppose',
    'transitive',
    'reject rejects rejected rejecting rebuff rebuffs rebuffed rebuffing spurn spurns spurned spurning denounce denounces denounced denouncing criticize criticizes criticized criticizing criticise criticises criticised criticising condemn condemns condemned condemning oppose opposes opposed opposing dismiss dismisses dismissed dismissing slam slams slammed slamming blast blasts blasted blasting attack attacks attacked attacking accuse accuses accused accusing hector hectors hectored hectoring berate berates berated berating blame blames blamed blaming scold scolds scolded scolding veto vetoes vetoed vetoing block blocks blocked blocking challenge challenges challenged challenging disparage disparaged chastise chastised rebuke rebukes rebuked rebuking derail derailed derails derailing',
  ),
  ...sv(
    'oppose',
    'transitive',
    'balked_at balks_at walked_away_from ruled_out rules_out objected_to objects_to pushed_back_on pushed_back_against railed_against lashed_out_at hit_out_at took_aim_at fired_back_at warned_against pulled_out_of',
  ),
  ...sv('oppose', 'intransitive', 'fired_back fires_back hit_back hits_back lashed_out retorted bristled'),
  ...sv(
    'support',
    'transitive',
    'welcome welcomes welcomed welcoming back backs backed backing support supports supported supporting endorse endorses endorsed endorsing praise praises praised praising hail hails hailed hailing embrace embraces embraced embracing accept accepts accepted accepting approve approves approved approving pursue pursues pursued pursuing champion champions championed favor favors favored favour favours favoured',
  ),
  ...sv(
    'support',
    'transitive',
    'pushed_for pushes_for push_for pushing_for argued_for argues_for lobbied_for pressed_for presses_for',
  ),
]);

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
