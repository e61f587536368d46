/**
 * Organisations: the named international organisations, state and party bodies, institutes,
 * media, facilities and initiatives of both articles.
 *
 * Articles: both. Caveats: the Economic Advisory Group's numbers (four overseas Vietnamese
 * intellectuals out of 15 members) are "current" as of the article; no other date is given.
 */
import type { Organisation } from '../schema/organisation';

export type { Organisation } from '../schema/organisation';
export type { Quantity, Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { ORGANISATION_KINDS } from '../vocabulary/organisations';

const AUTHOR = '* Guest writer, Hoang Oanh, is Deputy Director, Center for Regional Studies and Foreign Policy, Institute of Foreign Policy and Strategic Studies, Diplomatic Academy of Vietnam.';
const UNSC_BRIDGE =
  'and one meeting to ‘bridge’ the UN and ASEAN, aimed at increasing understanding between the two bodies and promoting ASEAN’s contribution to UN initiatives, especially peacekeeping.';

/** Every named organisation, body, facility and initiative. */
export const organisations: readonly Organisation[] = [
  {
    id: 'asean',
    name: 'Association of Southeast Asian Nations',
    abbreviation: 'ASEAN',
    kind: 'international-organisation',
    description: 'Vietnam took on its chairmanship in 2020; its summit was held online in Hanoi on November 15, 2020.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s Prime Minister Nguyen Xuan Phuc takes part in the closing ceremony of the Association of Southeast Asian Nations (ASEAN) summit being held online in Hanoi on November 15, 2020.',
      },
    ],
  },
  {
    id: 'unsc',
    name: 'United Nations Security Council',
    abbreviation: 'UNSC',
    kind: 'international-organisation',
    description: 'Vietnam holds a non-permanent seat for its 2020-2021 term.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam institutionalised in official documents a ‘reconciliation/mediation role’ for its diplomacy even before taking on the 2020 ASEAN chairmanship and the country’s non-permanent seat on the United Nations Security Council.',
      },
    ],
  },
  {
    id: 'united-nations',
    name: 'United Nations',
    abbreviation: 'UN',
    kind: 'international-organisation',
    description: 'Its peacekeeping operations (PKO) and sanctions against North Korea figure in both articles.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s resolute support for the implementation of United Nations (UN) sanctions against North Korea.',
      },
    ],
  },
  {
    id: 'gichd',
    name: 'Geneva International Centre for Humanitarian Demining',
    abbreviation: 'GICHD',
    kind: 'international-organisation',
    description: 'Vietnam has shared its experience on post-conflict issues (bombs, mines, unexploded ordinances) through its work with it.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'such as through its work with the Geneva International Centre for Humanitarian Demining (GICHD), working on topics such as the handling of bombs, mines, and unexploded ordinances.',
        footnote: 7,
      },
    ],
  },
  {
    id: 'national-assembly',
    name: 'National Assembly',
    kind: 'state-body',
    description: 'Passed the Resolution on Vietnam’s participation in UN PKO in November 2020.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'the recent passage of the National Assembly Resolution on Vietnam’s participation in UN PKO in November 2020 has laid a legal foundation for its further contribution.',
      },
    ],
    notes: ['The article marks no footnote on this clause: footnote 5 marks the clause before it (“its contribution to UN peacekeeping operations,[5]”), and its source (Vietnam Times, 30 May 2020) predates the resolution.'],
  },
  {
    id: 'party-central-committee-secretariat',
    name: 'Secretariat of the Party Central Committee',
    kind: 'party-body',
    description: 'Issued Directive No. 25 CT/TW on 8 August 2018.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Directive No. 25 CT/TW of the Secretariat of the Party Central Committee (issued on 8 August 2018) on enhancing the role of multilateral diplomacy',
      },
    ],
  },
  {
    id: 'vietnam-communist-party',
    name: 'Vietnam Communist Party',
    kind: 'party-body',
    description: 'In the North; fought against the South Vietnamese administration.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The return of Mr Nguyen Cao Ky, former prime minister of the South Vietnamese administration that fought against the Vietnam Communist Party in the North, in 2004',
        footnote: 24,
      },
    ],
  },
  {
    id: 'economic-advisory-group',
    name: 'Economic Advisory Group of the prime minister',
    kind: 'advisory-body',
    description: 'Four of its 15 members are overseas Vietnamese intellectuals.',
    quantities: [
      { label: 'members', value: 15, unit: 'members' },
      { label: 'overseas Vietnamese intellectuals among the members', value: 4, unit: 'members' },
    ],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Notably, four out of the 15 members of the current prime minister’s Economic Advisory Group are overseas Vietnamese intellectuals.',
        footnote: 23,
      },
    ],
  },
  {
    id: 'un-peacekeeping-training-centre',
    name: 'Vietnam’s UN peacekeeping training centre',
    kind: 'facility',
    description: 'Vietnam is eager to upgrade it into a regional facility for the Asia Pacific.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam is also eager to upgrade its UN peacekeeping training centre into a regional facility for the Asia Pacific.',
        footnote: 6,
      },
    ],
  },
  {
    id: 'unsc-open-session-un-charter',
    name: 'Open session on UN Charter compliance',
    kind: 'initiative',
    description: 'One of the two initiatives Vietnam started its UNSC term with: dialogue, multilateralism and the UN’s peaceful tools for conflicts and disputes.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'One open session on UN Charter compliance, stressing the need to enhance dialogue, multilateralism, and peaceful tools provided by the UN for conflicts and disputes',
        footnote: 4,
      },
    ],
  },
  {
    id: 'un-asean-bridge-meeting',
    name: 'Meeting to ‘bridge’ the UN and ASEAN',
    kind: 'initiative',
    description: 'The second initiative of Vietnam’s UNSC term: understanding between the two bodies, ASEAN’s contribution to UN initiatives, especially peacekeeping.',
    sources: [{ article: 'iseas-2021-6', quote: UNSC_BRIDGE, footnote: 4 }],
  },
  {
    id: 'unsc-information-briefing-on-asean',
    name: 'Information briefing on ASEAN at the UNSC',
    kind: 'initiative',
    description: 'Took place at the UNSC for the first time, at the initiative of Vietnam.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'For the first time, at the initiative of Vietnam, an information briefing on ASEAN took place at the UNSC.',
        footnote: 4,
      },
    ],
  },
  {
    id: 'tran-nhan-tong-reconciliation-award',
    name: 'Reconciliation award named after King Tran Nhan Tong',
    kind: 'initiative',
    description: 'An initiative the article notes in footnote 21; the cited 2012 VietnamNet title says it was to be launched in the US.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'There has been an initiative on a reconciliation award named after the King. See more at: “Tran Nhan Tong Reconciliation Award to be launched in the US” (2012).',
        footnote: 21,
      },
    ],
  },
  {
    id: 'diplomatic-academy-of-vietnam',
    name: 'Diplomatic Academy of Vietnam',
    kind: 'research-institute',
    description: 'Home of the Institute of Foreign Policy and Strategic Studies, where the author of iseas-2021-6 works.',
    sources: [{ article: 'iseas-2021-6', quote: AUTHOR }],
  },
  {
    id: 'institute-of-foreign-policy-and-strategic-studies',
    name: 'Institute of Foreign Policy and Strategic Studies',
    kind: 'research-institute',
    description: 'Of the Diplomatic Academy of Vietnam.',
    sources: [{ article: 'iseas-2021-6', quote: AUTHOR }],
  },
  {
    id: 'center-for-regional-studies-and-foreign-policy',
    name: 'Center for Regional Studies and Foreign Policy',
    kind: 'research-institute',
    description: 'The author of iseas-2021-6 is its Deputy Director.',
    sources: [{ article: 'iseas-2021-6', quote: AUTHOR }],
  },
  {
    id: 'iseas-yusof-ishak-institute',
    name: 'ISEAS – Yusof Ishak Institute',
    abbreviation: 'ISEAS',
    kind: 'research-institute',
    description: 'Publishes ISEAS Perspective electronically, from Singapore.',
    sources: [{ article: 'iseas-2021-6', quote: 'ISEAS Perspective is published electronically by: ISEAS – Yusof Ishak Institute' }],
  },
  {
    id: 'lowy-institute',
    name: 'Lowy Institute',
    kind: 'research-institute',
    description: 'Its Global Diplomacy Index 2019 ranks Vietnam’s diplomatic network 38th in the world and 10th in Asia.',
    sources: [{ article: 'iseas-2021-6', quote: 'Lowy Institute Global Diplomacy Index 2019, at', footnote: 25 }],
  },
  {
    id: 'nixon-administration',
    name: 'Nixon administration',
    kind: 'state-body',
    description: 'Announced its decision to cut back America’s troop presence in South Korea.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'External mediation helped contain North Korean belligerence during the 1970s, after the Nixon administration announced its decision to cut back America’s troop presence in South Korea.',
      },
    ],
  },
  {
    id: 'obama-administration',
    name: 'Obama administration',
    kind: 'state-body',
    description: 'Frustrated at the Vietnamese Parliament’s decision not to swiftly ratify the TPP.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Hanoi will be able to assuage the Obama administration’s frustration at the Vietnamese Parliament’s decision not to swiftly ratify the Trans-Pacific Partnership (TPP) free trade agreement.',
      },
    ],
  },
  {
    id: 'vietnamese-parliament',
    name: 'Vietnamese Parliament',
    kind: 'state-body',
    description: 'Decided not to swiftly ratify the Trans-Pacific Partnership.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Hanoi will be able to assuage the Obama administration’s frustration at the Vietnamese Parliament’s decision not to swiftly ratify the Trans-Pacific Partnership (TPP) free trade agreement.',
      },
    ],
  },
  {
    id: 'vietnam-airlines',
    name: 'Vietnam Airlines',
    kind: 'company',
    description: 'Has cracked down on North Korean travel to Hanoi.',
    sources: [{ article: 'diplomat-2016', quote: 'Vietnam Airlines has also cracked down on North Korean travel to Hanoi.' }],
  },
  {
    id: 'st-antonys-college-oxford',
    name: 'St. Antony’s College, University of Oxford',
    kind: 'research-institute',
    description: 'Where the author of diplomat-2016 is a DPhil candidate in International Relations.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Samuel Ramani is a DPhil candidate in International Relations at St. Antony’s College, University of Oxford.',
      },
    ],
  },
  {
    id: 'washington-post',
    name: 'Washington Post',
    kind: 'media',
    description: 'The author of diplomat-2016 writes regularly for it.',
    sources: [{ article: 'diplomat-2016', quote: 'He is also a journalist who writes regularly for the Washington Post and Huffington Post.' }],
  },
  {
    id: 'huffington-post',
    name: 'Huffington Post',
    kind: 'media',
    description: 'The author of diplomat-2016 writes regularly for it.',
    sources: [{ article: 'diplomat-2016', quote: 'He is also a journalist who writes regularly for the Washington Post and Huffington Post.' }],
  },
];
