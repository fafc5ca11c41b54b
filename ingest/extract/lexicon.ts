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
  // The other sovereign states. Capitals that are common words, people's names or other places' names
  // are left out.
  c('Albania', [], ['Albanian', 'Albanians'], ['Tirana']),
  c('Algeria', [], ['Algerian', 'Algerians'], ['Algiers']),
  c('Andorra', [], ['Andorran', 'Andorrans'], []),
  c('Angola', [], ['Angolan', 'Angolans'], ['Luanda']),
  c('Antigua and Barbuda', [], ['Antiguan', 'Antiguans'], []),
  c('Bahamas', [], ['Bahamian', 'Bahamians'], []),
  c('Bahrain', [], ['Bahraini', 'Bahrainis'], ['Manama']),
  c('Bangladesh', [], ['Bangladeshi', 'Bangladeshis'], ['Dhaka']),
  c('Barbados', [], ['Barbadian', 'Barbadians'], []),
  c('Belize', [], ['Belizean', 'Belizeans'], []),
  c('Benin', [], ['Beninese'], ['Porto-Novo']),
  c('Bhutan', [], ['Bhutanese'], ['Thimphu']),
  c('Bolivia', [], ['Bolivian', 'Bolivians'], ['La Paz']),
  c('Bosnia and Herzegovina', ['Bosnia'], ['Bosnian', 'Bosnians'], ['Sarajevo']),
  c('Botswana', [], ['Botswanan', 'Batswana'], ['Gaborone']),
  c('Brunei', [], ['Bruneian', 'Bruneians'], ['Bandar Seri Begawan']),
  c('Bulgaria', [], ['Bulgarian', 'Bulgarians'], []),
  c('Burkina Faso', [], ['Burkinabe'], ['Ouagadougou']),
  c('Burundi', [], ['Burundian', 'Burundians'], ['Gitega']),
  c('Cambodia', [], ['Cambodian', 'Cambodians'], ['Phnom Penh']),
  c('Cameroon', [], ['Cameroonian', 'Cameroonians'], ['Yaounde', 'Yaoundé']),
  c('Cape Verde', ['Cabo Verde'], ['Cape Verdean', 'Cape Verdeans'], []),
  c('Central African Republic', [], [], ['Bangui']),
  c('Chile', [], ['Chilean', 'Chileans'], []),
  c('Comoros', [], ['Comorian', 'Comorians'], []),
  c('Republic of the Congo', ['Congo-Brazzaville'], [], ['Brazzaville']),
  c('Costa Rica', [], ['Costa Rican', 'Costa Ricans'], []),
  c('Ivory Coast', ["Cote d'Ivoire", "Côte d'Ivoire"], ['Ivorian', 'Ivorians'], ['Yamoussoukro', 'Abidjan']),
  c('Croatia', [], ['Croatian', 'Croatians', 'Croats'], ['Zagreb']),
  c('Cyprus', [], ['Cypriot', 'Cypriots'], ['Nicosia']),
  c('Djibouti', [], ['Djiboutian', 'Djiboutians'], []),
  c('Dominican Republic', [], ['Dominican', 'Dominicans'], ['Santo Domingo']),
  c('East Timor', ['Timor-Leste'], ['East Timorese', 'Timorese'], ['Dili']),
  c('Ecuador', [], ['Ecuadorian', 'Ecuadorians', 'Ecuadorean'], ['Quito']),
  c('El Salvador', [], ['Salvadoran', 'Salvadorans'], ['San Salvador']),
  c('Equatorial Guinea', [], ['Equatoguinean'], ['Malabo']),
  c('Eritrea', [], ['Eritrean', 'Eritreans'], ['Asmara']),
  c('Eswatini', ['Swaziland'], ['Swazi', 'Swazis'], ['Mbabane']),
  c('Fiji', [], ['Fijian', 'Fijians'], ['Suva']),
  c('Gabon', [], ['Gabonese'], ['Libreville']),
  c('Gambia', [], ['Gambian', 'Gambians'], ['Banjul']),
  c('Ghana', [], ['Ghanaian', 'Ghanaians'], ['Accra']),
  c('Grenada', [], ['Grenadian', 'Grenadians'], []),
  c('Guatemala', [], ['Guatemalan', 'Guatemalans'], ['Guatemala City']),
  c('Guinea', [], ['Guinean', 'Guineans'], ['Conakry']),
  c('Guinea-Bissau', [], [], ['Bissau']),
  c('Guyana', [], ['Guyanese'], []),
  c('Haiti', [], ['Haitian', 'Haitians'], ['Port-au-Prince']),
  c('Honduras', [], ['Honduran', 'Hondurans'], ['Tegucigalpa']),
  c('Iceland', [], ['Icelandic', 'Icelanders'], ['Reykjavik', 'Reykjavík']),
  c('Jamaica', [], ['Jamaican', 'Jamaicans'], []),
  c('Kiribati', [], [], ['Tarawa']),
  c('Kosovo', [], ['Kosovar', 'Kosovars'], ['Pristina']),
  c('Kuwait', [], ['Kuwaiti', 'Kuwaitis'], []),
  c('Kyrgyzstan', [], ['Kyrgyz'], ['Bishkek']),
  c('Laos', [], ['Lao', 'Laotian', 'Laotians'], ['Vientiane']),
  c('Lesotho', [], ['Basotho'], ['Maseru']),
  c('Liberia', [], ['Liberian', 'Liberians'], ['Monrovia']),
  c('Liechtenstein', [], [], ['Vaduz']),
  c('Luxembourg', [], ['Luxembourgish', 'Luxembourgers'], []),
  c('Madagascar', [], ['Malagasy'], ['Antananarivo']),
  c('Malawi', [], ['Malawian', 'Malawians'], ['Lilongwe']),
  c('Maldives', [], ['Maldivian', 'Maldivians'], []),
  c('Mali', [], ['Malian', 'Malians'], ['Bamako']),
  c('Malta', [], ['Maltese'], ['Valletta']),
  c('Marshall Islands', [], ['Marshallese'], ['Majuro']),
  c('Mauritania', [], ['Mauritanian', 'Mauritanians'], ['Nouakchott']),
  c('Mauritius', [], ['Mauritian', 'Mauritians'], ['Port Louis']),
  c('Micronesia', [], ['Micronesian', 'Micronesians'], ['Palikir']),
  c('Monaco', [], ['Monegasque'], []),
  c('Mongolia', [], ['Mongolian', 'Mongolians'], ['Ulaanbaatar', 'Ulan Bator']),
  c('Montenegro', [], ['Montenegrin', 'Montenegrins'], ['Podgorica']),
  c('Morocco', [], ['Moroccan', 'Moroccans'], ['Rabat']),
  c('Mozambique', [], ['Mozambican', 'Mozambicans'], ['Maputo']),
  c('Myanmar', ['Burma'], ['Burmese'], ['Naypyidaw', 'Naypyitaw']),
  c('Namibia', [], ['Namibian', 'Namibians'], ['Windhoek']),
  c('Nauru', [], ['Nauruan'], []),
  c('Nepal', [], ['Nepali', 'Nepalese'], ['Kathmandu']),
  c('Nicaragua', [], ['Nicaraguan', 'Nicaraguans'], ['Managua']),
  c('Niger', [], ['Nigerien', 'Nigeriens'], ['Niamey']),
  c('North Macedonia', ['Macedonia'], ['Macedonian', 'Macedonians'], ['Skopje']),
  c('Palau', [], ['Palauan'], ['Ngerulmud']),
  c('Panama', [], ['Panamanian', 'Panamanians'], ['Panama City']),
  c('Papua New Guinea', [], ['Papua New Guinean'], ['Port Moresby']),
  c('Paraguay', [], ['Paraguayan', 'Paraguayans'], ['Asuncion', 'Asunción']),
  c('Peru', [], ['Peruvian', 'Peruvians'], []),
  c('Saint Kitts and Nevis', [], [], ['Basseterre']),
  c('Saint Lucia', [], ['Saint Lucian'], ['Castries']),
  c('Saint Vincent and the Grenadines', [], [], ['Kingstown']),
  c('Samoa', [], ['Samoan', 'Samoans'], ['Apia']),
  c('San Marino', [], ['Sammarinese'], []),
  c('Sao Tome and Principe', ['São Tomé and Príncipe'], [], []),
  c('Senegal', [], ['Senegalese'], ['Dakar']),
  c('Seychelles', [], ['Seychellois'], []),
  c('Sierra Leone', [], ['Sierra Leonean', 'Sierra Leoneans'], ['Freetown']),
  c('Slovenia', [], ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes'], ['Ljubljana']),
  c('Solomon Islands', [], [], ['Honiara']),
  c('Somalia', [], ['Somali', 'Somalis'], ['Mogadishu']),
  c('South Sudan', [], ['South Sudanese'], ['Juba']),
  c('Sri Lanka', [], ['Sri Lankan', 'Sri Lankans'], ['Colombo']),
  c('Suriname', [], ['Surinamese'], ['Paramaribo']),
  c('Tajikistan', [], ['Tajik', 'Tajiks'], ['Dushanbe']),
  c('Tanzania', [], ['Tanzanian', 'Tanzanians'], ['Dodoma']),
  c('Togo', [], ['Togolese'], ['Lome', 'Lomé']),
  c('Tonga', [], ['Tongan', 'Tongans'], ["Nuku'alofa"]),
  c('Trinidad and Tobago', [], ['Trinidadian', 'Trinidadians'], ['Port of Spain']),
  c('Tunisia', [], ['Tunisian', 'Tunisians'], ['Tunis']),
  c('Turkmenistan', [], ['Turkmen'], ['Ashgabat']),
  c('Tuvalu', [], ['Tuvaluan'], ['Funafuti']),
  c('Uganda', [], ['Ugandan', 'Ugandans'], ['Kampala']),
  c('Uruguay', [], ['Uruguayan', 'Uruguayans'], ['Montevideo']),
  c('Uzbekistan', [], ['Uzbek', 'Uzbeks'], ['Tashkent']),
  c('Vanuatu', [], [], ['Port Vila']),
  c('Vatican City', ['Holy See', 'Vatican'], [], []),
  c('Zambia', [], ['Zambian', 'Zambians'], ['Lusaka']),
  c('Zimbabwe', [], ['Zimbabwean', 'Zimbabweans'], ['Harare']),
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

/**
 * Cities that news uses for an international body seated there ("Brussels rejected the offer" for the
 * EU) when the article names that body; otherwise they stand for their country's government.
 */
export const BODY_SEATS = new Map<string, { body: string; cues: string[] }>([
  ['Brussels', { body: 'European Union', cues: ['European Union', 'EU', 'E.U.', 'European Commission'] }],
]);

/** Words that end the name of an organisation ("Ministry", "Council"). */
export const ORGANIZATION_HEADS = new Set(
  words(
    'Ministry Council Commission Bank Fund Agency Union Organization Organisation Party Army Forces Committee Department Parliament Congress Senate Court Corporation Corp Inc Company Group Institute Association Federation Confederation Guild Cooperative Alliance Front Movement Authority Bureau Cabinet Assembly Duma Rada Service Administration Co Ltd Plc plc LLC LLP AG SA NV GmbH Holdings Motors Airlines Airways Exchange Industries Partners Securities Technologies Systems Club Society League Foundation Trust Board United Investments Capital',
  ),
);

/** Last words of an office before "of" and its body's name ("Chief Executive Officer of Acme Group"). */
export const OFFICE_HOLDER_WORDS = new Set(
  words('Officer Chairman Chairwoman Chair Director President Executive Founder Head Partner CEO'),
);

/** Legal forms at the end of a company's name, which the name goes without ("Acme Corp" is "Acme"). */
export const LEGAL_FORMS = new Set(
  words('Inc Incorporated Corp Ltd Limited Co Plc PLC plc LLC LLP AG SA NV GmbH BV SpA'),
);

/** Abbreviations the language model does not know, so it ends a sentence at their full stop ("Acme Bros. said"). */
export const SENTENCE_ABBREVIATIONS = new Set(
  words(
    'Bros Plc PLC Bhd Cos Mfg Intl Assn Dept Govt Corpn Maj Adm Cmdr Supt Insp Rev Blvd Hwy Wis SpA AG GmbH NV SA AB BV',
  ),
);

/** Words that begin many organisations' names, so never stand alone for one ("National", "General"). */
export const GENERIC_NAME_WORDS = new Set(
  words(
    'International National General United Federal Central Royal Global World Standard Commercial Continental New Northern Southern Eastern Western First Union Bank Group',
  ),
);

/** Small words inside a name an acronym spells from its capitals ("Council for Fisheries and Ports"). */
export const ACRONYM_CONNECTORS = new Set(words('of on and for the in de la'));

/** Prepositions that join two sides ("talks with Acme", "between Acme and Norway"), so name no bystander. */
export const PARTNER_PREPOSITIONS = new Set(words('with between against'));

/** Nouns for a body named by whom it gathers ("the pilots' union", "the employers' federation"). */
export const BODY_HEADS = new Set(
  words('union federation association council guild confederation group club'),
);

/** Nouns for the people around a person that stand for the body they share ("Ms Holm's colleagues"). */
export const COLLEAGUE_NOUNS = new Set(words('colleagues party'));

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
      ['alliance', 'alliance'],
      ['federation', 'federation'],
      ['confederation', 'confederation'],
      ['guild', 'guild'],
      ['cooperative', 'cooperative co-operative'],
      ['carrier', 'airlines airways air'],
      ['airline', 'airlines airways air'],
      ['insurer', 'insurance assurance'],
      ['lender', 'bank'],
      ['steelmaker', 'steel steelworks'],
      ['carmaker', 'motors automotive auto cars'],
      ['automaker', 'motors automotive auto cars'],
      ['planemaker', 'aerospace aircraft aviation'],
      ['drugmaker', 'pharmaceuticals pharma'],
      ['chipmaker', 'semiconductors semiconductor'],
      ['refiner', 'refining petroleum oil'],
      ['brewer', 'breweries brewing'],
      ['retailer', 'retail stores'],
      ['conglomerate', 'group holdings industries'],
    ] as const
  ).map(([noun, heads]) => [noun, new Set(words(heads))]),
);

/**
 * Last words of company names that say what the company makes or does ("Castellan Steel", "Brenn
 * Shipping"). Some are surnames too ("Steel", "Mills"), so such a name is a company only when the article
 * also treats it as one ("it", "the company"); see ingest/extract/actors/people.ts.
 */
export const INDUSTRY_WORDS = new Set(
  words(
    'Steel Steelworks Mills Commodities Trading Energy Mining Mines Oil Gas Petroleum Refining Petrochemicals Shipping Shipyards Logistics Freight Foods Chemicals Pharmaceuticals Pharma Telecom Telecoms Communications Networks Metals Minerals Resources Textiles Electric Electronics Insurance Media Rail Railways Construction Engineering Aerospace Automotive Breweries Brewing Cement Paper Utilities Semiconductors Software Hotels Dairy Retail Stores Studios Fisheries',
  ),
);

/** Trade nouns that say a name right after them is a firm's ("brokerage Tallis Marsh said"). */
export const BUSINESS_DESCRIPTORS = new Set(
  words('brokerage broker bank carmaker automaker insurer lender retailer conglomerate consultancy'),
);

/** Words describing someone quoted for a view of the story, not a party to it ("analyst Ann Vo"). */
export const COMMENTATOR_WORDS = new Set(
  words(
    'analyst analysts economist economists strategist strategists journalist journalists commentator columnist brokerage broker equities',
  ),
);

/**
 * Lower-case words that may stand between "the" and a noun for an organisation named before, describing
 * it without naming it ("the rival group"); places come from the gazetteer, and any hyphenated compound
 * ("the loss-making carmaker") describes too.
 */
export const DESCRIBING_ADJECTIVES = new Set(
  words(
    'rival larger smaller bigger biggest largest smallest merged combined listed troubled struggling ailing embattled indebted privatised privatized',
  ),
);

/** Nouns that refer back to a company in a later sentence ("the company said", "the steelmaker"). */
export const COMPANY_REFERENCES = new Set(
  words(
    'company firm group steelmaker miner carrier producer maker operator refiner insurer lender conglomerate',
  ),
);

/** Nouns that, with "the" and no country, stand for the country the story is about ("the government"). */
export const GOVERNMENT_NOUNS = new Set(words('government administration cabinet'));

/** Party labels written before a politician's name ("Conservative Jane Doe"), not part of it. */
export const PARTY_ADJECTIVES = new Set(
  words('Conservative Liberal Labour Republican Democrat Democratic Green Socialist Tory'),
);

/** Role nouns that a person's name may follow in apposition ("her Danish counterpart, Tomas Varga"). */
export const ROLE_BEFORE_NAME = new Set(
  words(
    'counterpart envoy negotiator spokesman spokeswoman spokesperson ambassador adviser advisor mediator arbitrator',
  ),
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
  ['Chief Executive Officer', false],
  ['Chief Financial Officer', false],
  ['Managing Director', false],
  ['Commissioner', false],
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
  'officials official negotiators negotiator diplomats representatives delegation delegations government administration authorities leadership team side forces troops military army lawmakers ministry envoys leaders people public counterparts counterpart',
);

/** Plural nouns for groups that hold a stance ("critics of the deal", "opponents"). */
export const GROUP_NOUNS = words(
  'critics opponents supporters protesters protestors analysts investors lawmakers activists allies partners hardliners skeptics sceptics veterans residents unions businesses farmers workers bondholders shareholders creditors lenders holders fans players employees pilots nurses teachers doctors voters growers',
);

/** Endings that make a demonym of a country's name ("Valdoria" → "Valdorian", "Norland" → "Norlandic"). */
export const DEMONYM_SUFFIXES = words('ian an ean ese ish ic i ite');

/** Words that name a place by its kind beside its name ("the Tavel River", "Lake Orm"): never a state. */
export const GEOGRAPHIC_KIND_WORDS = new Set(
  words(
    'River Dam Lake Sea Ocean Bay Gulf Strait Canal Mount Mountain Mountains Hills Valley Basin Delta Island Islands Peninsula Desert Forest Park Reservoir Falls Coast Province Region District County State City Town Street Square Bridge Port Airport Harbour Harbor Plain Plains Glacier',
  ),
);

/** Kind words that come before a place's name ("Lake Orm", "Mount Tarn"). */
export const GEOGRAPHIC_LEADING_WORDS = new Set(words('Lake Mount Cape Isle Gulf Port Fort'));

/** Bodies only a state has, which make the name that owns them a country ("Norland's parliament"). */
export const STATE_BODY_NOUNS = new Set(
  words('government parliament cabinet legislature treasury embassy ministry army navy'),
);

/** Words of a state's offices in a title ("Foreign Minister", "Prime Minister"). */
export const STATE_OFFICE_WORDS = new Set(words('minister premier chancellor'));

/** Titles only one person holds at a time, which name her alone after "the" ("the Queen said"). */
export const SOVEREIGN_TITLES = new Set(words('King Queen Pope Emperor Empress'));

/** Words naming a party's wing after its name ("the Vela left"). */
export const FACTION_WORDS = new Set(words('left right'));

/** Kin nouns after a person's possessive that introduce relatives by given name ("Mr Vik's two sons, Ari and Bo"). */
export const KIN_NOUNS = new Set(
  words(
    'son sons daughter daughters brother brothers sister sisters wife husband nephew niece cousin cousins children',
  ),
);

/** A country's parts, before "of" and their name ("the state of Varnia"). */
export const REGION_WORDS = new Set(words('state province region canton county territory'));

/** Nouns for the people who speak for a region's government ("officials in the state of Varnia"). */
export const REGIONAL_OFFICIALS = new Set(words('officials authorities government administration leaders'));

/** Nouns for the person who heads a body, before "of" and its name ("the leader of the Vela Party"). */
export const HEAD_OF_NOUNS = new Set(words('leader head chairman chairwoman chief founder'));

/** A state's formal name before "of" ("the Republic of Norland", "the Kingdom of Tarsk"). */
export const STATE_FORM_WORDS = new Set(words('Republic Kingdom Principality Emirate Sultanate'));

/** Plurals naming a side by what its members do or hold, which act as a group ("exporters voted", "bondholders rejected"). */
export const PARTY_GROUP_HEADS = new Set(
  words(
    'producers consumers exporters importers employers owners bondholders creditors lenders shareholders stockholders members bidders',
  ),
);

/**
 * Commodity and trade news names one side two ways: "exporting countries" are the producers, "importers"
 * the consumers. Stems of the second word map to the first's.
 */
export const SAME_SIDE_STEMS = new Map([
  ['export', 'produc'],
  ['import', 'consum'],
]);

/** Plurals that name a side only with a modifier ("lending nations", "member states", "buyer delegates"). */
export const MODIFIED_GROUP_HEADS = new Set(
  words('countries states nations delegates negotiators governments'),
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

/** Prepositions after which a name, however often it recurs, says where something is ("envoys from Norland"). */
export const PLACE_PREPOSITIONS = new Set(words('in from into inside within across throughout near'));

/** Nouns a country's name modifies as a place ("Norland territory", "Norland airspace"). */
export const PLACE_NOUNS = new Set(words('territory soil airspace waters border borders'));

/** Speech verbs: "X said", "X told", used to attribute quotations and to spot subjects. */
export const SPEECH_VERBS = words(
  'said says told tells added adds stated states wrote writes declared declares announced announces noted notes insisted insists argued argues warned warns claimed claims posted tweeted remarked explained explains',
);

/** Lemmas of speech verbs, for attributing a clause or a quotation to its speaker. */
export const SPEECH_LEMMAS = words(
  'say tell add state write declare announce note insist argue warn claim post tweet remark explain counter reiterate',
);

/** Pronouns by which a speaker stands for themself or their side inside a quotation. */
export const FIRST_PERSON = new Set(words('we i'));

/** Reporting verbs whose complement is what the speaker said ("X said the offer was unfair"). */
export const REPORTING_LEMMAS = new Set(
  words(
    'say tell add insist argue warn claim note explain acknowledge admit stress reiterate confirm state write',
  ),
);

/** Head nouns of a source that news leaves unnamed ("a person familiar with", "two officials said"). */
export const ANONYMOUS_SOURCE_NOUNS = new Set(
  words(
    'person people source official diplomat aide insider executive negotiator banker adviser advisor member employee lawyer analyst participant',
  ),
);

/** Of those, the heads that stay unnamed even after "the" ("the person said", "the sources added"). */
export const GENERIC_SOURCE_NOUNS = new Set(words('person people source'));

/** Determiners and quantifiers that open an indefinite description ("another person", "two officials"). */
export const INDEFINITE_OPENERS = new Set(
  words('a an another one two three four five several some many other both multiple various'),
);

/** Words that make a description of a source an unnamed one whatever its determiner. */
export const ANONYMITY_MARKERS = new Set(
  words('familiar knowledge close anonymity briefed involved identified named privy'),
);

/** Words between a speech verb and its subject that change neither ("has also said", "had earlier told"). */
export const SPEECH_VERB_FILLERS = new Set(
  words('has have had also earlier later previously separately then again would will did does do'),
);

/** Quotation marks: each opening mark with the marks that close it. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['”']],
  ['"', ['"']],
  ['‘', ['’', "'"]],
  ['«', ['»']],
]);

/** The kind of a proposal: `offer` is one side's terms, `deal` the agreement sought. */
export type ProposalKind = 'offer' | 'deal';

/**
 * Head nouns of a proposal, by kind. A Map, so that a word such as "constructor" or "toString" in an
 * article finds nothing (an object's prototype would answer for them).
 */
export const PROPOSAL_HEAD_KINDS: ReadonlyMap<string, ProposalKind> = new Map([
  ...words(
    'offer offers proposal proposals draft plan plans demand demands initiative package counterproposal counteroffer strategy blueprint roadmap ultimatum bid bids counterbid approach programme program extension sweetener sweeteners',
  ).map((w): [string, ProposalKind] => [w, 'offer']),
  ...words(
    'coalition deal deals agreement agreements accord accords pact treaty framework ceasefire truce settlement arrangement memorandum compromise mechanism rebate consensus',
  ).map((w): [string, ProposalKind] => [w, 'deal']),
]);

/** People a proposal noun may describe ("a junior coalition partner", "deal negotiators"): no proposal. */
export const PROPOSAL_PEOPLE_NOUNS = new Set(
  words('partner partners member members leader leaders negotiator negotiators signatory signatories'),
);

/**
 * Deal nouns that any deal goes by ("the deal", "the agreement"); other deal nouns named again with
 * "the" ("the rebate", "the ceasefire") mean the deal that noun named before.
 */
export const GENERAL_DEAL_HEADS = new Set(
  words(
    'deal deals agreement agreements accord accords pact treaty framework settlement arrangement compromise',
  ),
);

/** Nouns of a deal a side pursues, which point back at that side's proposal ("X's acquisition of Y"). */
export const PROPOSAL_ACT_NOUNS = new Set(words('acquisition takeover purchase merger buyout'));

/** Verbs (a lemma, then words as written) whose object is a proposal of the subject's own. */
export const PROPOSING_VERBS = new Set([
  'put forward',
  'bid',
  'seek',
  'propose',
  'offer',
  'suggest',
  'float',
  'submit',
  'table',
  'call for',
  'demand',
  'urge',
  'agree to',
  'unveil',
  'outline',
  'sketch out',
  'lay out',
  'set out',
]);

/** Forms of "be" before a participle: "was tabled" is a passive, not the subject's proposal. */
export const BE_FORMS = new Set(words('is are was were be been being'));

/** Tags a proposing verb's object can start with ("proposed a truce", "offered $5", "proposed carving up"). */
export const OBJECT_START_TAGS = new Set(words('NOUN PROPN ADJ NUM DET VERB SYM'));

/** Nouns of an effort whose agent ("an attempt by X to ...") makes the proposal the effort brings. */
export const EFFORT_NOUNS = new Set(words('attempt effort move push initiative drive'));

/** Proposing verbs whose that-clause is what they propose ("proposed that each side take half"). */
export const THAT_CLAUSE_PROPOSING_LEMMAS = new Set(words('propose demand recommend'));

/** Adverbs a proposing verb may take before its object ("proposed yesterday that ...", "offers instead a cut"). */
export const INTERPOSED_ADVERBS = new Set(
  words('yesterday today earlier recently again instead also formally now'),
);

/** "last spring", "next week": a word that points at a stretch of time, and the stretches it takes. */
export const TIME_DEICTICS = new Set(words('last next this'));
export const TIME_SPANS = new Set(words('week weekend month year spring summer autumn fall winter'));

/** Words of readiness before "to" ("willing to", "prepared to"): a trade the subject would make is its offer. */
export const READINESS_WORDS = new Set(words('willing ready prepared open'));

/** Adjectives between a subject and a verb after "to" ("the two sides were able to settle"). */
export const ABILITY_WORDS = new Set(words('able unable willing ready prepared eager keen'));

/** Determiners of an effort that is no particular one: "veto any bid to", "resist all attempts to". */
export const GENERIC_DETERMINERS = new Set(words('any all every'));

/** Verbs that curtail what they act on: "any move to cut the levy", "all attempts to scrap it". */
export const CURTAILING_LEMMAS = new Set(
  words('reduce cut scrap end abolish curb trim slash axe weaken dilute remove eliminate limit undermine'),
);

/** Nouns naming what a proposal is for: "the purpose of the offer is to block the merger". */
export const PURPOSE_NOUNS = new Set(words('purpose aim goal intent intention object objective'));

/** Nouns of an effort whose maker holds the stance its infinitive names ("X's bid to block the deal"). */
export const STANCE_EFFORT_NOUNS = new Set([...EFFORT_NOUNS, ...words('bid campaign')]);

/** Verbs of wanting before "to" ("hoped to secure"), which make the object of an obtaining verb a demand. */
export const DESIRE_LEMMAS = new Set(words('hope want seek aim try push press insist expect'));

/** Verbs of wanting a thing done ("want the levy to be capped at 2%"), which make it a demand. */
export const WANTING_LEMMAS = new Set(words('want'));

/** Verbs of obtaining whose object, after a verb of wanting, is what a side demands ("to secure guarantees"). */
export const OBTAINING_LEMMAS = new Set(words('secure obtain win get extract'));

/** Objects of "seek" that ask for help or a hearing, not for terms ("sought support", "seeks talks"). */
export const SOUGHT_NON_TERMS = new Set(
  words(
    'support help backing advice clarification asylum refuge shelter comment comments information approval permission talks meeting meetings election re-election reelection office protection treatment shares votes',
  ),
);

/** Verbs after "agreed to" or "proposed to" that make a meeting to come, not a proposal ("agreed to meet"). */
/** Verbs that take up talks again ("resume talks"): the talks are those held before. */
export const RESUMING_LEMMAS = new Set(words('resume reopen restart revive'));

export const MEETING_TO_COME_VERBS = new Set(words('hold meet resume start begin continue convene host'));

/** Tags between a subject and its verb ("it would not bid", "the union has also sought"). */
export const AUXILIARY_TAGS = new Set(words('AUX ADV PART'));

/** Words before a plural that make it the two sides of the story ("both sides", "the two countries"). */
export const PAIR_WORDS = new Set(words('both two'));

/** Lemmas of making or shaping a proposal, whose agent ("presented by X") is its author. */
export const PROPOSING_LEMMAS = new Set(
  words(
    'propose offer present table make submit draft negotiate launch put unveil broker craft announce suggest prepare outline initiate write float',
  ),
);

/**
 * Verbs whose passive agent put a proposal nobody else is said to make on the table ("sweeteners
 * discussed by X with Y"): weaker than PROPOSING_LEMMAS, so read only for a proposal with no proposer.
 */
export const DISCUSSING_LEMMAS = new Set(words('discuss raise broach moot'));

/** Modifiers that mark a proposal as one side's first or draft version. */
export const OFFER_MARKERS = new Set(
  words('initial draft first original opening earlier latest new revised proposed'),
);

/**
 * Modifiers of an offer that replaces one the same side made before ("a sweetened bid", "its improved
 * offer"): a proposal of its own, not a later mention of the first.
 */
export const REVISED_MARKERS = new Set(
  words('raised improved sweetened increased higher revised enhanced better fresh second'),
);

/** Modifiers of an offer that a later one replaced ("its initial offer", "the original bid"). */
export const ORIGINAL_MARKERS = new Set(words('initial original first opening earlier previous'));

/** Lemmas of raising an offer one made before ("raised its bid to $5", "sweetened its offer"). */
export const RAISING_LEMMAS = new Set(words('raise increase improve sweeten lift boost up hike revise'));

/** Proposal heads that are also verbs: without a determiner, "plans to meet" is a verb. */
export const VERBAL_HEADS = new Set(words('plan offer bid demand draft'));

/** Participles joined to a name that make the body after them that person's ("the Vance-led Acme"). */
export const LED_BY_LEMMAS = new Set(words('lead back control'));

/** Modifiers that make a deal one side's version, read as its offer ("a draft accord", "the proposed deal"). */
export const DRAFT_MARKERS = new Set(words('draft proposed'));

export type StanceKind = 'transitive' | 'intransitive';
export interface StanceVerb {
  polarity: 'support' | 'oppose';
  kind: StanceKind;
  /** A stance only when refused or negated ("refused to work with X"); working with X says nothing. */
  negatedOnly?: boolean;
  /** Leaves talks: "pulled out of the talks" opposes the deal the talks were about. */
  leavesTalks?: boolean;
  /** A stance only toward a proposal ("form a coalition", "join the pact"); "form a team" says nothing. */
  proposalOnly?: boolean;
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
    'reject rebuff spurn snub denounce criticize criticise condemn oppose dismiss slam blast attack accuse hector berate blame scold veto block challenge disparage chastise rebuke derail resist contest scupper torpedo refuse decline repudiate fight disrupt thwart sabotage obstruct',
  ),
  ...sv(
    'oppose',
    'transitive',
    'interfere_with balk_at rule_out turn_down throw_out vote_down shoot_down speak_out_against come_out_against campaign_against protest_against voice_*_opposition_to express_*_opposition_to object_to push_back_on push_back_against rail_against lash_out_at hit_out_at take_aim_at fire_back_at warn_against vote_against lay_the_blame_on put_the_blame_on pin_the_blame_on',
  ),
  ...words(
    'pull_out_of walk_away_from walk_out_of withdraw_from break_off boycott back_away_from back_out_of',
  ).map((w): [string, StanceVerb] => [
    w.replace(/_/g, ' '),
    { polarity: 'oppose', kind: 'transitive', leavesTalks: true },
  ]),
  ...sv('oppose', 'intransitive', 'fire_back hit_back lash_out retort bristle'),
  ...words('work_with cooperate_with negotiate_with deal_with sit_down_with talk_to govern_with concede').map(
    (w): [string, StanceVerb] => [
      w.replace(/_/g, ' '),
      { polarity: 'support', kind: 'transitive', negatedOnly: true },
    ],
  ),
  ...words('form join recommend').map((w): [string, StanceVerb] => [
    w,
    { polarity: 'support', kind: 'transitive', proposalOnly: true },
  ]),
  ...sv(
    'support',
    'transitive',
    'welcome back support endorse praise hail embrace accept approve pursue champion favor favour ratify applaud commend laud defend',
  ),
  ...sv(
    'support',
    'transitive',
    'agree_to consent_to accede_to push_for argue_for lobby_for press_for vote_for vote_in_favour_of vote_in_favor_of sign_up_to side_with throw_*_weight_behind throw_*_support_behind put_*_weight_behind give_*_blessing_to lend_*_backing_to lend_*_support_to give_*_backing_to give_*_support_to voice_*_support_for express_*_support_for come_out_in_favour_of come_out_in_favor_of',
  ),
]);

/** Adjectives that carry a stance toward what follows, after "be": "were highly critical of X". */
export const STANCE_ADJECTIVES = new Map<string, StanceVerb>([
  ...sv(
    'oppose',
    'transitive',
    'critical_of hostile_to sceptical_of skeptical_of dismissive_of unhappy_with dissatisfied_with',
  ),
  ...sv('support', 'transitive', 'supportive_of happy_with satisfied_with'),
]);

/**
 * Phrases that carry a stance only after "be" or "remain" ("was against the plan", "is in favour of it",
 * "remains open to the offer"): elsewhere "against" and "open" say nothing of a side.
 */
export const COPULAR_STANCES = new Map<string, StanceVerb>([
  ...sv('oppose', 'transitive', 'against set_against'),
  ...sv('support', 'transitive', 'in_favour_of in_favor_of open_to receptive_to'),
]);

/** Particles a phrasal stance verb may leave after its object: "turned the offer down", "ruled it out". */
export const SPLIT_PARTICLES = new Set(words('down out off'));

/**
 * Words just before a stance verb that hold it back: "stopped short of backing", "has yet to accept"
 * take no side yet.
 */
export const HEDGES_BEFORE = new Set(['short of', 'yet to']);

/** Modals of duty before a passive: "the offer should be rejected", "it has to be accepted". */
export const DUTY_MODALS = new Set(words('should must ought has have needs need'));

/** Words that make a clause a question or a condition ("whether X would back it"), not a stance taken. */
export const HYPOTHETICAL_MARKERS = new Set(words('whether if unless'));

/** Verbs that judge their object by an adjective after it: "called the plan unrealistic", "deems it fair". */
export const EVALUATIVE_VERBS = new Set(
  words('call deem consider find regard view describe brand label judge term'),
);

/** Particles that make an evaluative verb another verb: "call for", "call on", "find out". */
export const EVALUATIVE_BLOCKERS = new Set(words('for on off up out in upon'));

/** Verbs that join a subject to an adjective that judges it: "the offer was inadequate". */
export const COPULAS = new Set(words('be seem appear remain look sound'));

/**
 * Nouns that name a proposal without saying which, after "the" or "this": "spoke out against the move",
 * "opposition to this idea" point back at the proposal last named.
 */
export const ANAPHORIC_PROPOSAL_NOUNS = new Set(
  words('move idea step plan plans proposal proposals scheme initiative measure offer bid deal'),
);

/** Determiners by which such a noun points back: "the move", "this idea", "that plan". */
export const POINTING_DETERMINERS = new Set(words('the this that these such'));

/** Pronouns that point back at the proposal last named: "called it fair", "it is unrealistic". */
export const PRONOUN_OBJECTS = new Set(words('it this them'));

/** Adjectives (and a few nouns: "was an insult") that judge a proposal or an actor, by the side they take. */
export const EVALUATIONS = new Map<string, 'support' | 'oppose'>([
  ...words(
    'unacceptable impossible unthinkable derisory paltry opportunistic unwelcome bad insult mistake disgrace travesty unreasonable unrealistic inadequate insufficient unfair unjust absurd ridiculous farcical outrageous insulting disappointing meaningless unworkable untenable irresponsible counterproductive misguided flawed excessive bothersome regrettable deplorable disgraceful shameful worthless laughable unjustified unjustifiable unwarranted indefensible invalid illegal unlawful unconstitutional worst disastrous contrary',
  ).map((w): [string, 'oppose'] => [w, 'oppose']),
  ...words(
    'valid acceptable reasonable fair attractive good visionary constructive positive beneficial sensible realistic workable balanced generous helpful encouraging',
  ).map((w): [string, 'support'] => [w, 'support']),
]);

/**
 * Verbs of harm or benefit that judge the proposal they follow in reported speech: "X said the plan would
 * hurt farmers", "the deal will benefit both sides, X said".
 */
export const CONSEQUENCE_LEMMAS = new Map<string, 'support' | 'oppose'>([
  ...words(
    'hurt harm damage undermine cripple devastate ruin weaken jeopardize jeopardise endanger penalize penalise disadvantage undervalue',
  ).map((w): [string, 'oppose'] => [w, 'oppose']),
  ...words('benefit strengthen').map((w): [string, 'support'] => [w, 'support']),
]);

/** Objects of "put" that make it a harm: "would put farmers at a disadvantage", "puts jobs at risk". */
export const HARM_PUT_OBJECTS = new Set(words('disadvantage risk'));

/** Verbs of wishing what becomes of someone or something: "wants the levy to end", "called for X to resign". */
export const WISH_LEMMAS = new Set(words('want call urge demand press'));

/** Particles between a verb of wishing and what it names: "called for X to resign", "pressed for it to end". */
export const WISH_PARTICLES = new Set(words('for on'));

/** Ends a wish can name, by lemma (or lemma and particle), with the kind of target they end. */
export const WISH_ENDINGS = new Map<string, 'actor' | 'proposal'>([
  ...words('resign quit step_down stand_down').map((w): [string, 'actor'] => [w.replace('_', ' '), 'actor']),
  ...words(
    'end stop drop scrap withdraw abandon lift shelve cancel halt repeal come_to_an_end phase_out',
  ).map((w): [string, 'proposal'] => [w.replace(/_/g, ' '), 'proposal']),
]);

/** Outcomes a wish can name that carry a proposal through: "wants the plan to be approved". */
export const WISH_OUTCOMES = new Set(words('approve adopt accept pass implement ratify proceed succeed'));

/** Adverbs that find any measure wanting: "the offer was too low", "the bid is far too small". */
export const EXCESS_WORDS = new Set(words('too'));

/** Objects by which coordinated subjects point at each other: "A and B blamed each other". */
export const RECIPROCALS = new Set(['each other', 'one another', 'the other']);

/** Possessive pronouns, the "*" of a stance phrase ("lend their backing to"). */
export const POSSESSIVE_PRONOUNS = new Set(words('my your his her its our their'));

/** Words that open a clause whose object is the proposal before them ("the offer, which X rejected"). */
export const GAP_RELATIVES = new Set(words('which that something'));

/** Relative pronouns that stand for a thing named just before ("a bid which was rejected by X"). */
export const RELATIVE_THINGS = new Set(words('which that'));

/** The words that make a verb passive before it ("was rejected by", "has been welcomed by"). */
export const PASSIVE_AUXILIARIES = new Set(words('be get'));

/** Auxiliaries of the perfect before a passive's "been": "the offer has been rejected". */
export const PERFECT_AUXILIARIES = new Set(words('has have had'));

/**
 * Plural nouns that name a group by the side it takes: "critics say the plan ...", "supporters argue ...".
 * As the subject of a verb of saying or believing, the group (or the members named in its aside) holds
 * that side toward the proposal the clause is about.
 */
export const SIDE_GROUP_NOUNS = new Map<string, 'support' | 'oppose'>([
  ...words('critics opponents detractors sceptics skeptics').map((w): [string, 'oppose'] => [w, 'oppose']),
  ...words('supporters proponents backers advocates').map((w): [string, 'support'] => [w, 'support']),
]);

/** Verbs by which a side group voices a view: "critics believe", "opponents fear", "supporters argue". */
export const OPINION_LEMMAS = new Set([
  ...SPEECH_LEMMAS,
  ...words('believe think fear worry contend maintain complain predict suggest'),
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

/**
 * Stance nouns whose "of" names their holder: "the opposition of the unions (to the plan)", "with the
 * backing of the board". ("the rejection of the plan" names its target, so it is not here; "in support
 * of" is left out where it is read.)
 */
export const OF_HOLDER_STANCES = new Map<string, 'support' | 'oppose'>([
  ...words('opposition resistance hostility objection objections').map((w): [string, 'oppose'] => [
    w,
    'oppose',
  ]),
  ...words('backing support').map((w): [string, 'support'] => [w, 'support']),
]);

/**
 * Stance nouns with the preposition that names their target, after their holder's possessive ("the
 * union's opposition to the plan", "its support for Ruiz"), by the side they take.
 */
export const NOMINAL_STANCES = new Map<string, { preposition: string; polarity: 'support' | 'oppose' }[]>(
  [
    ...words(
      'opposition_to objection_to objections_to resistance_to hostility_to hostility_toward rejection_of criticism_of criticisms_of condemnation_of disapproval_of concern_about concern_over concerns_about concerns_over reservations_about reservations_over',
    ).map((w) => [w, 'oppose'] as const),
    ...words(
      'support_for support_to backing_for backing_to endorsement_of approval_of acceptance_of praise_for enthusiasm_for',
    ).map((w) => [w, 'support'] as const),
  ].reduce((map, [phrase, polarity]) => {
    const [noun = '', preposition = ''] = phrase.split('_');
    map.set(noun, [...(map.get(noun) ?? []), { preposition, polarity }]);
    return map;
  }, new Map<string, { preposition: string; polarity: 'support' | 'oppose' }[]>()),
);

/** Prepositions that name the target of a stance noun after it or its holder ("opposition from X to Y"). */
export const STANCE_NOUN_TARGETS = new Set(words('to for over against'));

/** Verbs that voice a stance noun as their subject's own: "voiced opposition to", "expressed support for". */
export const VOICING_LEMMAS = new Set(
  words('voice express signal declare pledge reiterate repeat restate register state offer lend give raise'),
);

/** Verbs that give up or overcome a stance named by a noun ("dropped its objection to"): no stance then. */
export const STANCE_DROPPING_LEMMAS = new Set(words('drop withdraw abandon lift overcome end lose shed'));

/** Verbs and nouns that introduce a meeting. */
export const MEETING_VERBS = new Set(
  words(
    'meet meets met meeting visit visits visited visiting host hosts hosted hosting discuss discusses discussed discussing negotiate negotiates negotiated negotiating spoke speaks talked talks talking call called phoned welcomed received',
  ),
);
/** Lemmas of bringing sides together: "under the mediation of X", "hosted by X", "brokered by X". */
export const MEDIATION_LEMMAS = new Set(words('mediation mediate host broker facilitate sponsor'));

/** Meetings that bargain over a deal: leaving them opposes the deal ("pulled out of the talks"). */
export const NEGOTIATION_NOUNS = new Set(words('talks negotiations discussions'));

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
    'meet meets met discuss discusses discussed discussing negotiate negotiates negotiated negotiating spoke speak speaks talked hosted hosts host visited visits called phoned summoned summons summon',
  ),
);

/** Nouns that name a meeting ("talks", "summit", "call"). */
export const NOUN_TRIGGERS = new Set(
  words(
    'meeting meetings talks summit call negotiations conversation sit-down visit consultations discussions conference',
  ),
);

/** Words before "conference" or "call" that make it a briefing for reporters, not a meeting of sides. */
export const BRIEFING_MODIFIERS = new Set(words('news press earnings'));

/** Words right after "called" that make it another verb ("called for", "called on X to", "called off"). */
export const NOT_A_CALL = new Set(words('for on off upon it them this that him her'));

/** Call verbs, whose direct object is the other side ("phoned Ruiz"), unless a complement follows it. */
export const CALL_VERBS = new Set(words('called phoned call calls phone phones'));

/**
 * Lemmas of what people do in news ("met", "will meet", "proposed", "rejected" beside stance lemmas), which
 * make an untitled two- or three-word name beside them a person: the subject of any, the object of a
 * meeting verb ("met Ann Vo").
 */
export const ACTING_NAME_LEMMAS = new Set(words('meet host phone propose offer table suggest unveil'));

/** Words between a name and its verb that keep it the subject ("Ann Vo will meet", "Ann Vo has also met"). */
export const NAME_VERB_FILLERS = new Set(
  words('will would has had have also later then is was could may might'),
);

/** Verbs whose direct object is the other side of the meeting ("met Ruiz", "hosted the minister"). */
export const OBJECT_MEETING_VERBS = new Set(
  words('meet meets met hosted hosts host called phoned summoned summons summon'),
);

/**
 * Plural nouns for sides not named ("talks with rival bidders", "met lenders' advisers"): the named side
 * met someone, so the meeting stands with one known participant.
 */
export const UNNAMED_PARTY_LEMMAS = new Set(
  words(
    'buyer bidder suitor investor creditor bondholder lender shareholder company firm bank union producer exporter importer consumer partner party',
  ),
);

/** Nouns for a side's team at talks, whose leader takes part ("a delegation led by X"). */
export const DELEGATION_NOUNS = new Set(words('delegation delegations team mission negotiators'));

/** Verbs that name a delegation's leader ("led by", "headed by"). */
export const LEADING_VERBS = new Set(words('led headed'));

/** Nouns of a part of talks ("a new round of talks"): the talks' subject is that of the sentence. */
export const ROUND_NOUNS = new Set(words('round rounds series session sessions day days'));

/** Words that place a meeting in a sequence ("their first meeting", "the final talks"): two places, two meetings. */
export const MEETING_ORDINALS = new Map<string, string>([
  ...words('first second third fourth fifth sixth').map((w): [string, string] => [w, w]),
  ...words('final last').map((w): [string, string] => [w, 'last']),
  // "previous talks in 2019": an earlier round than the one the story is about.
  ...words('previous prior').map((w): [string, string] => [w, 'previous']),
]);

/** Nouns for the parties to talks already named ("the two sides", "both parties"). */
export const SIDE_NOUNS = new Set(words('sides parties countries governments companies nations'));

/**
 * Plural nouns for the people of both sides that, after "the" or "both", refer back to those of the
 * latest meeting ("the ministers agreed to meet again", "both leaders will meet in May").
 */
export const SIDE_PEOPLE_NOUNS = new Set(
  words(
    'ministers leaders negotiators delegations envoys presidents premiers chancellors delegates men women',
  ),
);

/** Bodies of an organisation that meet on their own ("the board met", "the council will meet"). */
export const BODY_NOUNS = new Set(words('board boards council committee cabinet directors'));

/** Lemmas that say talks took place and failed ("talks collapsed", "the breakdown of talks"). */
export const FAILED_LEMMAS = new Set(words('collapse fail failure breakdown deadlock impasse'));

/** Phrases after a meeting noun that say it failed ("talks broke down", "ended without agreement"). */
export const FAILED_CUES = [
  'broke down',
  'break down',
  'breaks down',
  'without agreement',
  'without an agreement',
  'without a deal',
  'with no deal',
  'with no agreement',
];

/** Words after a meeting noun that make it still to come ("talks are scheduled", "a summit set for"). */
export const PLANNED_AFTER = new Set(words('will planned scheduled expected due set slated'));

/** Words that end the predicate of a meeting noun: what follows belongs to another clause. */
export const PREDICATE_ENDS = new Set(
  words('after because when that which who since as while before until although though but'),
);

/** Words that make a meeting only proposed ("may meet", "sought talks"). */
export const PROPOSED_CUES = new Set(
  words(
    'may might could would pushed push pushing sought seek seeks seeking wants wanted proposed proposes suggested requested asked urged offered possible potential hopes hoped proposal offer invitation',
  ),
);

/** Words that make a meeting planned ("will meet", "talks scheduled"). */
export const PLANNED_CUES = new Set(
  words(
    'will plans planned scheduled expected set upcoming due next before further shall later agreed agree',
  ),
);

/** Words that mark a meeting as cancelled. */
export const CANCELLED_CUES = [
  'cancelled',
  'canceled',
  'postponed',
  'scrapped',
  'called off',
  'abandoned',
  'put off',
];

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

/** Currency words after a number that make it an amount ("52 dlrs", "3 billion euros"). */
export const CURRENCY_WORDS = new Set(
  words(
    'dlr dlrs dollar dollars euro euros pound pounds stg sterling yen yuan marks francs rupees roubles rubles',
  ),
);

/** Scale words between a number and its currency ("4.3 billion dlrs", "800 mln marks"). */
export const AMOUNT_SCALES = new Set(words('thousand million billion trillion mln bln bn m'));

/** Part-of-speech tags of function words, which never say what a proposal is about ("no", "its", "own"). */
export const FUNCTION_TAGS = new Set(words('DET PRON ADP CCONJ SCONJ PART AUX PUNCT'));

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

/** Modifiers of a deal already in force ("the current agreement"): an agreement, no longer a proposal. */
export const IN_FORCE_MARKERS = new Set(words('current existing present'));

/** Participles that, right after a deal noun, say it was arrived at ("with a consensus reached"). */
export const CONCLUDED_PARTICIPLES = new Set(words('reached struck sealed agreed clinched concluded'));

/** Lemmas of verbs whose subjects are parties to the deal they govern ("signed", "forged", "struck"). */
export const PURSUIT_LEMMAS = new Set(
  words(
    'finalize finalise sign reach negotiate pursue conclude strike seal complete clinch secure ink agree seek extend renew implement forge form broker hammer',
  ),
);

/**
 * Nouns that, after "the", "this" or "that", name again a proposal named before: "the move" and "the
 * step" any proposal, the others one whose own words hold them ("the cut" after "a 20% cut in quotas").
 */
export const REFERRING_NOUNS = new Set(
  words('move step idea scheme split cut rise increase hike reduction freeze'),
);

/** Referring nouns that fit any proposal, whatever its words. */
export const GENERIC_REFERRING_NOUNS = new Set(words('move step idea scheme'));

/** Lemmas of assenting to something nobody is said to have offered ("both sides agreed to an extension"). */
export const ASSENT_LEMMAS = new Set(words('agree approve'));

/** Tags that may stand between a verb and the proposal it governs ("offering the firm a bid", "called for a truce"). */
export const GOVERNED_GAP_TAGS = new Set(words('ADV AUX PART ADP PROPN'));

/** Lemmas that govern a proposal through "for" ("called for a truce", "pressed for a deal"). */
export const CALL_FOR_LEMMAS = new Set(words('call push press urge appeal argue lobby campaign'));

/** Lemmas of verbs whose subject makes the offer they govern ("announced an offer", "launched a bid"). */
export const MAKING_LEMMAS = new Set(
  words(
    'make submit table present put launch announce unveil float propose offer mount lodge file tender counter',
  ),
);

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

/** Possessives that stand for an organisation or country: "its board", "their leadership". */
export const ORGANISATION_POSSESSIVES = new Set(words('its their'));

/** An organisation's own bodies, by lemma: "its board rejected" is the organisation rejecting. */
export const GOVERNING_BODIES = new Set(
  words('board directors management leadership executive executives committee council cabinet government'),
);

/** Personal pronouns that stand for a person. */
export const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);

/** Pronouns that stand for a person as a verb's object ("refused to support him"). */
export const PERSONAL_OBJECTS = new Set(['him', 'her']);

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
  'reluctant',
  'loath',
  'hesitant',
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

// Small closed-class word lists of the clause, meeting and proposal readers.

/** Words that open a new clause after a comma, so the name before it ends its own clause. */
export const CLAUSE_OPENERS = new Set(
  words('but and as while saying according which although though because'),
);

/** Linking words passed over when walking back from a verb to its subject ("and then rejected"). */
export const SUBJECT_SKIP_BACK = new Set(words('and then apparently also thereby later again'));

/** Verbs whose object, not subject, does what follows ("urged X to reject"). */
export const PERSUADING_VERBS = new Set(
  words(
    'urged urges urging asked asks pressed presses told tells encouraged called calls push pushes pushed invited invites force forces forced persuade persuades persuaded',
  ),
);

/** Verbs of advising whose "that" clause names what the adviser stands for ("recommended that holders reject"). */
export const ADVISING_LEMMAS = new Set(words('recommend advise urge ask propose suggest'));

/** Auxiliaries and adverbs between a subject and its verb ("X will also reject"). */
export const AUXILIARY_WORDS = new Set(
  words('have has had will would also could should can may then jointly'),
);

/** Pronouns that can stand for both sides of the story. */
export const PLURAL_PRONOUNS = new Set(words('they we'));

/** Subject pronouns a clause may open with. */
export const SUBJECT_PRONOUNS = new Set(words('they we he she'));

/** Words between the names of a list of participants ("X and other senior officials"). */
export const NAME_LIST_FILLERS = new Set(words('and other several two three senior top'));

/** Verbs that list examples ("buyers include A and B"): a name listed after one is named in passing. */
export const EXAMPLE_LEMMAS = new Set(words('include'));

/** Words after a comma that join an actor to the subject before it ("A, alongside B, agreed"). */
export const ALONGSIDE_WORDS = new Set(words('alongside'));

/** Articles, definite or not ("the", "a", "an"). */
export const INDEFINITE_OR_DEFINITE = new Set(words('the a an'));

/** Determiners that open the noun phrase of an offer named before its verb ("a raise offered by X"). */
export const PHRASE_OPENERS = new Set(words('a an the its their'));

/** Words left out at the start of a stated demand ("wanted for the $5 billion"). */
export const DEMAND_LEAD_WORDS = new Set(words('for the a an'));

/** Words that end a stated demand ("$5 billion, which ..."). */
export const DEMAND_END_WORDS = new Set(words('which that but while and'));

/** Words that make a meeting a call. */
export const CALL_WORDS = new Set(words('call called phoned phone'));

/** Verbs of speaking that meet someone with "to" ("spoke to X"). */
export const SPEAKING_WORDS = new Set(words('spoke speak speaks talked'));

/** Verbs after "participants" or "delegations" that list who took part. */
export const PARTICIPANT_LIST_VERBS = new Set(words('included includes were was'));

/** Possessives that make a meeting one side’s own ("their talks"). */
export const OWNER_PRONOUNS = new Set(words('his her their its'));

/** Present forms of "meet", which may speak of a meeting to come. */
export const MEET_PRESENT = new Set(words('meets meet'));

/** Plural nouns that, after "both" or "two", name the two sides of the story ("both governments"). */
export const TWO_SIDE_NOUNS = new Set(
  words('sides countries parties nations governments companies firms groups banks clubs unions exchanges'),
);

/** Plurals after "both" or "the two" that mean the two countries of the story ("the two nations"). */
export const COUNTRY_PAIR_NOUNS = new Set(words('countries nations governments states'));

/** Plurals after "both" or "the two" that mean the two organisations of the story ("the two firms"). */
export const ORGANISATION_PAIR_NOUNS = new Set(
  words('companies firms groups banks clubs unions exchanges carriers airlines bourses'),
);

/** Beginnings of words that make a meeting talks ("negotiated", "negotiations", "discussed"). */
export const TALK_STEMS = /^(talks|talked|spoke|speak|speaks|discuss|negotiat|consultations|conversation)/;

/** A comma or conjunction that ends the walk back to the start of a meeting's clause. */
export const CLAUSE_JOINS = new Set(words(', and but after before while'));

/** A turn later in the sentence that takes back support ("backed the plan but then pulled out"). */
export const SUPPORT_REVERSAL =
  /\bbut (then )?(\w+ )?(demurred|backed out|reneged|refused|rejected|pulled out)/;

/** Phrases that join what one side gives to what it gets for it ("access in exchange for guarantees"). */
export const EXCHANGE_CONNECTORS = ['in exchange for', 'in return for', 'in exchange', 'in return'].map(
  words,
);

/** Lemmas of handing something over: their subject gives their object ("would cede", "would pay"). */
export const GIVING_LEMMAS = new Set(
  words(
    'give grant provide cede offer hand pay transfer surrender concede yield waive relinquish sell supply drop abandon forgo guarantee',
  ),
);

/** Lemmas of coming to have something, or asking for it: their subject gets their object. */
export const GETTING_LEMMAS = new Set(
  words('receive get gain obtain win secure acquire keep retain buy want demand seek involve'),
);

/** Particles after a giving verb that belong to it ("hand over", "give up"). */
export const GIVING_PARTICLES = new Set(words('over up back away'));

/** Nouns of a right to something: the side named before one gets it ("US access", "Acme's stake"). */
export const ENTITLEMENT_NOUNS = new Set(
  words('access right rights stake share shares seat seats say control membership guarantee guarantees'),
);

/** Prepositions after which an actor owns what the phrase names ("access to Norlandic ports", "income from X"). */
export const OWNER_PREPOSITIONS = new Set(words('to of from in'));

/** Prepositions after which an actor ending the phrase receives it ("guarantees for Norland", "aid to X"). */
export const RECIPIENT_PREPOSITIONS = new Set(words('for to'));

/** Modals and "to" before a verb of a proposal's content ("would pay", "agreed to cede"). */
export const HYPOTHETICAL_AUXILIARIES = new Set(words('would will could should might may shall to'));

/** Phrases that open a condition of a proposal ("provided that", "subject to"). */
export const CONDITION_MARKERS = [
  'on the condition that',
  'on condition that',
  'provided that',
  'providing that',
  'as long as',
  'so long as',
  'subject to',
  'contingent on',
  'contingent upon',
  'conditional on',
  'conditional upon',
  'only if',
  'if',
].map(words);

/** Words before "if" that make it no condition ("as if", "even if", "what if"). */
export const NOT_CONDITION_BEFORE_IF = new Set(words('as even what'));

/** Heads of a proposal that answers another ("a counteroffer", "changes to the offer"). */
export const COUNTER_HEADS = new Set(
  words(
    'counteroffer counteroffers counterproposal counterproposals counterbid counter-offer counter-proposal counter-bid alternative alternatives change changes amendment amendments revision revisions modification modifications',
  ),
);

/** Modifiers that make a proposal an answer to another ("an alternative plan", "a counter proposal"). */
export const COUNTER_MODIFIERS = new Set(words('alternative counter'));

/** Lemmas (or lemma and particle) of turning a proposal down, after which a side's own one answers it. */
export const REJECTING_LEMMAS = new Set([
  'reject',
  'rebuff',
  'spurn',
  'dismiss',
  'decline',
  'refuse',
  'turn down',
]);

/** Heads of a purchase offer, whose amount the target's owners would receive ("a $5 bid for Acme"). */
export const BID_HEADS = new Set(words('bid bids offer offers takeover tender counterbid buyout'));

/** Heads of a proposal made to a party who may turn it down: "an offer for Y", "a proposal to Y". */
export const ADDRESSED_PROPOSAL_HEADS = new Set([...BID_HEADS, ...words('proposal proposals approach')]);

/** Lemmas of buying, whose object is a bid's target ("an offer to buy Acme"). */
export const BUYING_LEMMAS = new Set(words('buy acquire purchase'));
