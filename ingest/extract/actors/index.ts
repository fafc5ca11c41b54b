// Finds who the article is about: people (by name, surname, title or description), countries (by name,
// capital, or the officials who speak for them), organisations and groups; and resolves every mention
// to one actor. Also records places and named events, which meetings use. Each pass is its own module.
import type { Doc } from '../document';
import { actingGroups } from './acting-groups';
import { inferAffiliations } from './affiliations';
import { articleCountries } from './article-countries';
import { colleaguesOfPeople } from './colleagues';
import { commentators } from './commentators';
import { contractedOrganisations } from './contractions';
import { partyWings } from './factions';
import { namedFamilies } from './families';
import { gazetteerNames } from './countries';
import { Gazetteer } from './gazetteer';
import { communities, groupsTakingSides, otherParties, personCollectives } from './groups';
import {
  acronyms,
  employers,
  organisationsBeforeNouns,
  organisationsByHead,
  partyLabels,
  partyPlurals,
  shortForms,
  unnamedBodies,
} from './organisations';
import { namedInPassing } from './in-passing';
import { namedMemberBodies } from './member-bodies';
import { lonePeople, speakingLoneNames } from './lone-names';
import { introducedOrganisations, labelledSpeakers, loneSurnames, peopleByName } from './people';
import { placesAndEvents } from './places';
import { describedPeople, governmentReferences, organisationReferences, untitledLeaders } from './references';
import { regionalAuthorities } from './regions';
import { headsOfBodies } from './heads-of';
import { Registry } from './registry';
import { namedRelatives } from './relatives';
import { sovereigns } from './sovereigns';
import type { ActorIndex, Mention } from './types';

export { nameKey } from './types';
export type { ActorDraft, ActorIndex, EventMention, Mention, MentionVia, PlaceMention } from './types';

/** Registers actors and mentions; see the module comment. Each pass adds what its kind of name shows. */
export function findActors(doc: Doc): ActorIndex {
  // The article's own countries join the static gazetteer first: every pass below reads them.
  const reg = new Registry(doc, new Gazetteer(articleCountries(doc)));
  // Order matters: each pass skips the tokens an earlier one took, and references need their referents.
  const bySurname = peopleByName(doc, reg); // "Foreign Minister Aiko Sato", "Ingrid Lund-Haraldsen said"
  labelledSpeakers(doc, reg, bySurname); // "Marek:" heading an interview's answers
  loneSurnames(doc, reg, bySurname); // "Sato" once "Aiko Sato" is known
  lonePeople(doc, reg, bySurname); // "Vik, the trade minister, said", "Vik said ... He added"
  namedRelatives(doc, reg); // "Mr Vik's two sons, Ari and Bo"
  organisationsByHead(doc, reg); // "Harbour Workers Union", "Russia's Foreign Ministry"
  introducedOrganisations(doc, reg); // "KB Borsk, the investment bank,"
  partyWings(doc, reg); // "the Tory right"
  gazetteerNames(doc, reg); // countries, capitals, known organisations and regions, "Ukrainian officials"
  placesAndEvents(doc, reg); // "in Lyon", "Munich Security Conference"
  inferAffiliations(doc, reg.gazetteer, reg.actors, reg.mentions); // each person's country, from the text around them
  personCollectives(doc, reg); // "the Trump administration" for the country
  describedPeople(doc, reg); // "the Ukrainian leader"
  untitledLeaders(doc, reg); // "the president"
  sovereigns(doc, reg); // "the Queen"
  organisationsBeforeNouns(doc, reg); // "the Vela party"
  acronyms(doc, reg); // "(HWU)", "WXYZ rejected"
  employers(doc, reg); // "Acme chairman Li Wei"
  speakingLoneNames(doc, reg); // "Corvex said", "Corvex, which runs the port"
  shortForms(doc, reg); // "Harlow" after "Harlow Freight Corp"
  regionalAuthorities(doc, reg); // "officials in the state of Varnia"
  governmentReferences(doc, reg); // "the government"
  partyPlurals(doc, reg); // "the Conservatives"
  partyLabels(doc, reg); // "Labour gained ground"
  namedMemberBodies(doc, reg); // "the pilots' union, Skyway Crews"
  unnamedBodies(doc, reg); // "the pilots' union"
  organisationReferences(doc, reg); // "the union", "the company"
  colleaguesOfPeople(doc, reg); // "Ms Holm's colleagues" for her party
  actingGroups(doc, reg); // "exporters voted", "talks between lenders and the ministry"
  groupsTakingSides(doc, reg); // "critics of the draft deal"
  communities(doc, reg); // "the international community"
  otherParties(doc, reg); // "all other parties"
  namedFamilies(doc, reg); // "the Halden family, which controls the bank"
  headsOfBodies(doc, reg); // "the leader of the Vela Party, Ivo Marr"
  commentators(doc, reg); // "analyst Ann Vo": kept only if a relation uses them
  namedInPassing(doc, reg); // "owned by Acme": kept only if a relation uses it
  contractedOrganisations(reg); // "Bexley Utd" for "Bexley United"
  const { actors, mentions, places, events } = reg;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsFrom = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsFrom.get(m.from);
    if (list) list.push(m);
    else mentionsFrom.set(m.from, [m]);
  }
  return { actors, mentions, mentionsFrom, places, events };
}
