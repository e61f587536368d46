/**
 * Documents: the directives, resolutions, charters, agreements, chronicles and reports the
 * articles name.
 *
 * Articles: both. Caveats: a document's `date` is set only where the article dates the document
 * itself (Directive 25: 8 August 2018; the PKO resolution: November 2020; Resolution 1889:
 * 2009). The Geneva Accords are left undated: the article dates the negotiations (1954), not the
 * accords.
 */
import type { DocumentRecord } from '../schema/document';

export type { DocumentRecord } from '../schema/document';
export type { EventDate, PartialDate } from '../schema/date';
export type { Source } from '../schema/source';
export { DOCUMENT_KINDS } from '../vocabulary/documents';

/** Every document the articles name. */
export const documents: readonly DocumentRecord[] = [
  {
    id: 'directive-25-ct-tw',
    title: 'Directive No. 25 CT/TW',
    kind: 'directive',
    issuer: 'Secretariat of the Party Central Committee',
    date: { kind: 'point', date: { year: 2018, month: 8, day: 8 } },
    description: 'On enhancing the role of multilateral diplomacy: shift from “attending” to “actively participating” and “actively contributing”, and play a “leading or mediatory role”; the first time mediation diplomacy was institutionalised.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Directive No. 25 CT/TW of the Secretariat of the Party Central Committee (issued on 8 August 2018) on enhancing the role of multilateral diplomacy',
      },
      {
        article: 'iseas-2021-6',
        quote: 'It is remarkable that, for the first time, mediation diplomacy has been institutionalised.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'accelerating efforts to play a “leading or mediatory role in multilateral organizations and forums having strategic importance to the country”[14] in accordance with the specific capabilities and conditions of the country.[15]',
        footnote: 14,
      },
      {
        article: 'iseas-2021-6',
        quote: 'in accordance with the specific capabilities and conditions of the country.[15]',
        footnote: 15,
      },
    ],
    notes: ['The article also writes it "Directive 25-CT/TW" and "Directive 25".'],
  },
  {
    id: 'national-assembly-pko-resolution',
    title: 'National Assembly Resolution on Vietnam’s participation in UN PKO',
    kind: 'resolution',
    issuer: 'National Assembly',
    date: { kind: 'point', date: { year: 2020, month: 11 } },
    description: 'Laid a legal foundation for Vietnam’s further contribution to UN peacekeeping.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'the recent passage of the National Assembly Resolution on Vietnam’s participation in UN PKO in November 2020 has laid a legal foundation for its further contribution.',
      },
    ],
    notes: ['The article marks no footnote on this clause: footnote 5 marks the clause before it (“its contribution to UN peacekeeping operations,[5]”), and its source (Vietnam Times, 30 May 2020) predates the resolution.'],
  },
  {
    id: 'unsc-resolution-1889',
    title: 'UNSC Resolution 1889 (2009) on Women and Peace and Security',
    kind: 'resolution',
    issuer: 'UNSC',
    date: { kind: 'point', date: { year: 2009 } },
    description: 'Vietnam emphasised the role of women in post-conflict reconstruction as part of efforts to promote it.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It has also emphasised the role of women in post-conflict reconstruction, as a part of efforts to promote the UNSC Resolution 1889 (2009) on Women and Peace and Security.',
        footnote: 8,
      },
    ],
    notes: ['The number 1889 is the resolution’s name, not a count.'],
  },
  {
    id: 'un-charter',
    title: 'UN Charter',
    kind: 'charter',
    description: 'Subject of the open session on UN Charter compliance Vietnam initiated at the start of its UNSC term.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'One open session on UN Charter compliance, stressing the need to enhance dialogue, multilateralism, and peaceful tools provided by the UN for conflicts and disputes',
        footnote: 4,
      },
    ],
  },
  {
    id: 'complete-annals-of-dai-viet',
    title: 'The Complete Annals of Đại Việt',
    kind: 'chronicle',
    description: 'Records King Tran Nhan Tong’s stripping of a prince’s reward and burning of supposed proof of treason.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'According to The Complete Annals of Đại Việt,King Tran Nhan Tong stripped the reward of a prince who continued to hunt for Yuan troops after the king had ordered a ceasefire.',
        footnote: 22,
      },
      {
        article: 'iseas-2021-6',
        quote: 'To alleviate his mandarins’ fear of any post-war political retribution, the king also had any supposed proof of treason burnt.',
        footnote: 22,
      },
    ],
    notes: ['Footnote 22 cites it as Ngô Sĩ Liên, Đại Việt Sử Ký Toàn Thư (1993 translation of the 1697 edition).', 'Footnote 22 is printed after the second passage; the first, which names the Annals and opens the same account, is cited with it.'],
  },
  {
    id: 'encyclopaedic-dictionary-of-vietnam',
    title: 'Encyclopaedic Dictionary of Vietnam',
    kind: 'dictionary',
    description: 'Defines reconciliation/mediation (“hoa giai”) as solving disputes peacefully with the assistance of a third party.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'According to the Encyclopaedic Dictionary of Vietnam, “Reconciliation/Mediation means peacefully solving disputes by arrangements and negotiation with the assistance of a third party”.',
        footnote: 18,
      },
    ],
  },
  {
    id: 'geneva-accords',
    title: 'Geneve Accords',
    kind: 'accords',
    issuer: 'the great powers',
    description: 'A legal commitment from the great powers to respect the independence, sovereignty, unity and territorial integrity of Vietnam (with Cambodia and Laos); China and the Soviet Union made concessions on the demarcation line for their own interests.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The Geneve Accords was a legal commitment from the great powers to respect the independence and sovereignty, unity and territorial integrity of Vietnam (together with Cambodia and Laos).',
        footnote: 38,
      },
      {
        article: 'iseas-2021-6',
        quote: 'However, Vietnam could not ultilise the military advantages it had gained on the ground to leverage a better settlement as China and the Soviet Union made concessions on the Vietnamese demarcation line for their own interests.',
        footnote: 38,
      },
    ],
    notes: ['Spelled "Geneve" in footnote 38, kept as printed.'],
  },
  {
    id: 'moody-report',
    title: 'Moody report',
    kind: 'report',
    issuer: 'Moody',
    description: 'If tensions on the Korean Peninsula escalate to conflict, Vietnam and Japan would be the most badly hit after the parties directly involved.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'According to a Moody report, if tensions on the Korean Peninsula continue to escalate and lead to conflict, other than the parties directly involved (North Korea, South Korea, and the United States), Vietnam and Japan would be the most badly hit.',
        footnote: 34,
      },
    ],
  },
  {
    id: 'us-statement-on-un-sanctions',
    title: 'Official statement of the United States government praising Vietnam’s support for UN sanctions against North Korea',
    kind: 'statement',
    issuer: 'the United States government',
    date: { kind: 'point', date: { year: 2016, month: 5, day: 23 } },
    description: 'Praised Vietnam’s resolute support for the implementation of UN sanctions against North Korea.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'On May 23, 2016, the United States government released an official statement praising Vietnam’s resolute support for the implementation of United Nations (UN) sanctions against North Korea.',
      },
    ],
  },
  {
    id: 'un-sanctions-against-north-korea',
    title: 'United Nations (UN) sanctions against North Korea',
    kind: 'sanctions',
    issuer: 'United Nations',
    description: 'In accordance with them Vietnam banned 12 North Korean nationals from entering in July 2016.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'In accordance with UN sanctions, the Vietnamese government banned 12 North Korean nationals from entering the country in July 2016.',
      },
    ],
  },
  {
    id: 'trans-pacific-partnership',
    title: 'Trans-Pacific Partnership (TPP) free trade agreement',
    kind: 'agreement',
    description: 'The Vietnamese Parliament decided not to swiftly ratify it, to the Obama administration’s frustration.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Hanoi will be able to assuage the Obama administration’s frustration at the Vietnamese Parliament’s decision not to swiftly ratify the Trans-Pacific Partnership (TPP) free trade agreement.',
      },
    ],
  },
];
