/**
 * Timeline: every dated event of both articles, from King Tran Nhan Tong (1258-1308) to the
 * plans "by the end of 2020".
 *
 * Articles: iseas-2021-6 (Hoang Oanh, ISEAS Perspective 2021/6) and diplomat-2016 (Samuel
 * Ramani, The Diplomat). Each date keeps the article's precision: a bare year stays a year,
 * "the early 1960s" is a decade with the qualifier `early`, "the 15th century" is a century.
 * Caveats: diplomat-2016 gives no year for "early June" and dates the lifting of the arms embargo
 * only by "coincided with" the May 23, 2016 statement; both carry a note saying the year is read
 * from the passage's context.
 * Topics: each event lists every thread the articles tell it as part of, its main topic first.
 * `korea` gathers Vietnam's dealings with the two Koreas and the US–DPRK talks: the whole arc of
 * diplomat-2016 (1960s to July 2016, its Cold War episodes included) and iseas-2021-6's aid to
 * the DPRK and the 2018–2019 summits. A topic the quotes do not make plain carries a note.
 */
import type { TimelineEvent } from '../schema/timeline-event';

export type { TimelineEvent, TimelineTopic, TimelineTopics } from '../schema/timeline-event';
export type { EventDate, PartialDate, PointDate, SpanDate } from '../schema/date';
export type { Quantity, Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { TIMELINE_TOPICS } from '../vocabulary/timeline';
export { datePrecision } from '../date-precision';
export type { DatePrecision } from '../date-precision';

/** Every dated event of both articles, in chronological order. */
export const timelineEvents: readonly TimelineEvent[] = [
  {
    id: 'king-tran-nhan-tong',
    title: 'King Tran Nhan Tong (1258-1308), a symbol of Vietnam’s reconciliatory spirit',
    date: { kind: 'span', start: { year: 1258 }, end: { year: 1308 } },
    actors: ['King Tran Nhan Tong'],
    topics: ['history', 'reconciliation'],
    personIds: ['tran-nhan-tong'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'King Tran Nhan Tong (1258-1308) has also been seen as a symbol of Vietnam’s reconciliatory spirit.',
        footnote: 21,
      },
    ],
    notes: ['The article prints the span in brackets after the name without saying whether it is the life or the reign.'],
  },
  {
    id: 'tran-nhan-tong-ceasefire',
    title: 'King Tran Nhan Tong strips the reward of a prince who hunted Yuan troops after a ceasefire',
    date: { kind: 'span', start: { year: 1258 }, end: { year: 1308 } },
    actors: ['King Tran Nhan Tong'],
    topics: ['history', 'reconciliation'],
    personIds: ['tran-nhan-tong'],
    documentIds: ['complete-annals-of-dai-viet'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'According to The Complete Annals of Đại Việt,King Tran Nhan Tong stripped the reward of a prince who continued to hunt for Yuan troops after the king had ordered a ceasefire.',
        footnote: 22,
      },
      {
        article: 'iseas-2021-6',
        quote: 'King Tran Nhan Tong (1258-1308) has also been seen as a symbol of Vietnam’s reconciliatory spirit.',
        footnote: 21,
      },
    ],
    notes: ['The article gives no date for the episode; it is placed within the span the article gives for the king.', 'Footnote 22 (Ngô Sĩ Liên’s Đại Việt Sử Ký Toàn Thư, the Annals) is printed after the next sentence, which ends the account of the Annals that this sentence opens.'],
  },
  {
    id: 'nguyen-trai-prisoners',
    title: 'Nguyen Trai declares the return of prisoners of war (Chinese troops) after a military victory',
    date: { kind: 'point', date: { year: 1400, precision: 'century' } },
    actors: ['Nguyen Trai'],
    topics: ['history', 'reconciliation'],
    personIds: ['nguyen-trai'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'A master strategist in the 15th century, Nguyen Trai, declared after a military victory that the country would facilitate the return of prisoners of war (Chinese troops) to “repair the bilateral friendship [and] end war forever”.',
        footnote: 20,
      },
      {
        article: 'iseas-2021-6',
        quote: 'It could be argued that reconciliation diplomacy is not simply a new direction but harks back to Vietnam’s history of reconciling with former enemies after conflicts.',
      },
    ],
    notes: ['"the 15th century" is stored as year 1400 with precision century.'],
  },
  {
    id: 'geneva-negotiations-1954',
    title: 'Geneva negotiations, with international third-party mediators',
    date: { kind: 'point', date: { year: 1954 } },
    actors: ['Vietnam'],
    topics: ['history'],
    documentIds: ['geneva-accords'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam, during its past wars, had counted on the support of international third-party mediators in the Geneva and Paris negotiations in 1954 and 1973 respectively.',
        footnote: 31,
      },
    ],
  },
  {
    id: 'dprk-relations-early-1960s',
    title: 'Vietnam maintains a diplomatic relationship with North Korea since the early 1960s',
    date: { kind: 'point', date: { year: 1960, precision: 'decade' }, qualifier: 'early' },
    actors: ['Vietnam', 'North Korea'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Even though Vietnam has maintained a diplomatic relationship with North Korea since the early 1960s, the Hanoi-Pyongyang partnership has frequently been strained by policy disagreements and economic disputes.',
      },
    ],
    notes: ['The article says "since the early 1960s": stored as the decade 1960 with the qualifier early; the relationship runs from then on.'],
  },
  {
    id: 'peace-negotiations-1968',
    title: 'North Vietnam decides to enter peace negotiations with the United States, opposed by Kim Il-sung',
    date: { kind: 'point', date: { year: 1968 } },
    actors: ['North Vietnam', 'United States', 'Kim Il-sung'],
    topics: ['history', 'korea'],
    personIds: ['kim-il-sung'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'These tensions began to surface during the latter stages of the Vietnam War, particularly in 1968, when North Vietnam decided to enter peace negotiations with the United States.',
      },
      {
        article: 'diplomat-2016',
        quote: 'Kim Il-sung vehemently opposed North Vietnam’s peace overtures toward the United States',
      },
    ],
  },
  {
    id: 'external-mediation-1970s',
    title: 'External mediation helps contain North Korean belligerence after the Nixon administration announces troop cuts in South Korea',
    date: { kind: 'point', date: { year: 1970, precision: 'decade' } },
    actors: ['Nixon administration', 'North Korea', 'United States'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'External mediation helped contain North Korean belligerence during the 1970s, after the Nixon administration announced its decision to cut back America’s troop presence in South Korea.',
      },
    ],
    notes: ['United States: the article writes “America’s troop presence” here and names the United States in the sentences before.'],
  },
  {
    id: 'paris-negotiations-1973',
    title: 'Paris negotiations, with international third-party mediators',
    date: { kind: 'point', date: { year: 1973 } },
    actors: ['Vietnam'],
    topics: ['history'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam, during its past wars, had counted on the support of international third-party mediators in the Geneva and Paris negotiations in 1954 and 1973 respectively.',
        footnote: 31,
      },
    ],
  },
  {
    id: 'reunification-1976',
    title: 'Vietnam’s 1976 reunification under communist rule',
    date: { kind: 'point', date: { year: 1976 } },
    actors: ['Vietnam'],
    topics: ['history', 'korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korean officials view Vietnam’s 1976 reunification under communist rule in defiance of American preferences as a profound show of strength.',
      },
    ],
  },
  {
    id: 'cambodia-invasion-1978',
    title: 'Vietnam’s invasion of Cambodia, virulently opposed by North Korea',
    date: { kind: 'point', date: { year: 1978, month: 12 } },
    actors: ['Vietnam', 'North Korea', 'Cambodia'],
    topics: ['history', 'korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'These tensions set the stage for North Korea’s virulent opposition to Vietnam’s invasion of Cambodia in December 1978.',
      },
    ],
  },
  {
    id: 'south-korea-relations-1992',
    title: 'Hanoi establishes diplomatic relations with South Korea',
    date: { kind: 'point', date: { year: 1992 } },
    actors: ['Hanoi', 'South Korea'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Hanoi established diplomatic relations with South Korea in 1992.',
      },
    ],
  },
  {
    id: 'rice-aid-1995',
    title: 'Vietnam offers the DPRK 100 tonnes of rice aid',
    date: { kind: 'point', date: { year: 1995 } },
    actors: ['Vietnam', 'DPRK'],
    topics: ['aid', 'korea'],
    quantity: { label: 'rice', value: 100, unit: 'tonnes' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam offered the DPRK 100 tonnes of rice aid in 1995 and another 13,000 tonnes in 1997.',
        footnote: 44,
      },
    ],
  },
  {
    id: 'unpaid-rice-1996',
    title: 'North Korea fails to pay Vietnam for 20,000 tons of rice worth $18 million',
    date: { kind: 'point', date: { year: 1996 } },
    actors: ['North Korea', 'Vietnam'],
    topics: ['aid', 'korea'],
    quantity: { label: 'rice not paid for', value: 20000, unit: 'tons' },
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korea’s failure to pay Vietnam for 20,000 tons of rice worth $18 million at the height of the famine in 1996 confirmed Pyongyang’s unreliability as an economic partner.',
      },
    ],
    notes: ['Topic aid: the article tells of rice North Korea failed to pay for, not of aid; it is filed with the rice aid to the DPRK of iseas-2021-6 (footnote 44) because both concern rice from Vietnam for North Korea.'],
  },
  {
    id: 'rice-aid-1997',
    title: 'Vietnam offers the DPRK another 13,000 tonnes of rice',
    date: { kind: 'point', date: { year: 1997 } },
    actors: ['Vietnam', 'DPRK'],
    topics: ['aid', 'korea'],
    quantity: { label: 'rice', value: 13000, unit: 'tonnes' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam offered the DPRK 100 tonnes of rice aid in 1995 and another 13,000 tonnes in 1997.',
        footnote: 44,
      },
    ],
  },
  {
    id: 'aid-2000-2012',
    title: 'Vietnam supports the DPRK with rice, material rubber and emergency aid',
    date: { kind: 'span', start: { year: 2000 }, end: { year: 2012 } },
    actors: ['Vietnam', 'DPRK'],
    topics: ['aid', 'korea'],
    quantity: { label: 'rice', value: 22700, unit: 'tonnes' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'From 2000 to 2012, it supported the DPRK with 22,700 tonnes of rice, 5 tonnes of material rubber, and US$50,000 in emergency aid.',
        footnote: 44,
      },
    ],
    notes: ['The rubber (5 tonnes) and emergency aid (US$50,000) of the same span are in the aid dataset.', 'Vietnam: the passage says “it”, the Vietnam of the footnote’s sentence before.'],
  },
  {
    id: 'kim-dae-jung-apology-2001',
    title: 'South Korean President Kim Dae-jung apologises for the ROK’s deployment of 300,000 troops in the Vietnam War',
    date: { kind: 'point', date: { year: 2001 } },
    actors: ['Kim Dae-jung', 'South Korea'],
    topics: ['reconciliation', 'korea'],
    quantity: { label: 'ROK troops deployed on South Vietnam’s behalf', value: 300000, unit: 'troops' },
    personIds: ['kim-dae-jung'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'South Korean President Kim Dae-jung’s 2001 apology for the ROK’s deployment of 300,000 troops on South Vietnam’s behalf during the Vietnam War',
      },
    ],
  },
  {
    id: 'nguyen-cao-ky-return-2004',
    title: 'Return of Mr Nguyen Cao Ky, former prime minister of the South Vietnamese administration',
    date: { kind: 'point', date: { year: 2004 } },
    actors: ['Nguyen Cao Ky'],
    topics: ['reconciliation'],
    personIds: ['nguyen-cao-ky'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The return of Mr Nguyen Cao Ky, former prime minister of the South Vietnamese administration that fought against the Vietnam Communist Party in the North, in 2004, during which he expressed support for national conciliation, was a symbolic success in the process.',
        footnote: 24,
      },
    ],
  },
  {
    id: 'nuclear-test-2006',
    title: 'Vietnam emphasises support for a nuclear-free Korean peninsula after the 2006 nuclear test',
    date: { kind: 'point', date: { year: 2006 } },
    actors: ['Vietnam', 'North Korea'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam emphasized its support for a nuclear-free Korean peninsula after the 2006 nuclear test.',
      },
    ],
    notes: ['North Korea: the passage names no state for “the 2006 nuclear test”; it follows Hanoi’s “opposition to North Korean belligerence”, and the article speaks of “North Korea’s nuclear tests”.'],
  },
  {
    id: 'cheonan-2010',
    title: 'Vietnam expresses solidarity with South Korea after the North Korean navy sinks the ROK corvette Cheonan',
    date: { kind: 'point', date: { year: 2010, month: 3 } },
    actors: ['Vietnam', 'South Korea', 'North Korean navy'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government also expressed solidarity with South Korea after the North Korean navy sunk the ROK\u00a0corvette\u00a0Cheonan\u00a0in March 2010.',
      },
    ],
  },
  {
    id: 'pko-deployment-since-2014',
    title: 'Vietnam starts its UN peacekeeping deployment',
    date: { kind: 'point', date: { year: 2014 }, qualifier: 'since' },
    actors: ['Vietnam'],
    topics: ['peacekeeping'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Although Vietnam is relatively new to peacekeeping and has only started its deployment since 2014,\u00a0 it has significantly stepped up its efforts.',
        footnote: 5,
      },
    ],
  },
  {
    id: 'pak-yong-sik-tran-dai-quang-2015',
    title: 'Cordial meeting between DPRK Defense Minister Pak Yong-Sik and Vietnam’s President Tran Dai Quang',
    date: { kind: 'point', date: { year: 2015, month: 11 } },
    actors: ['Pak Yong-Sik', 'Tran Dai Quang'],
    topics: ['korea'],
    personIds: ['pak-yong-sik', 'tran-dai-quang'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The North Korean state media’s extensive coverage of a cordial November 2015 meeting between DPRK Defense Minister Pak Yong-Sik and Vietnam’s President Tran Dai Quang demonstrates the symbolic significance of Pyongyang’s relationship with Vietnam.',
      },
    ],
  },
  {
    id: 'us-statement-2016-05-23',
    title: 'US government statement praises Vietnam’s support for UN sanctions against North Korea',
    date: { kind: 'point', date: { year: 2016, month: 5, day: 23 } },
    actors: ['United States government', 'Vietnam'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'On May 23, 2016, the United States government released an official statement praising Vietnam’s resolute support for the implementation of United Nations (UN) sanctions against North Korea.',
      },
    ],
  },
  {
    id: 'us-arms-embargo-lifted-2016',
    title: 'Washington decides to lift its long-standing arms embargo on Vietnam',
    date: { kind: 'point', date: { year: 2016 } },
    actors: ['Washington', 'Vietnam'],
    topics: ['policy', 'korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s criticisms of DPRK aggression coincided with Washington’s decision to lift its long-standing arms embargo on Vietnam and U.S. military pledges to bolster Vietnam’s maritime security capabilities against China.',
      },
      {
        article: 'diplomat-2016',
        quote: 'On May 23, 2016, the United States government released an official statement praising Vietnam’s resolute support for the implementation of United Nations (UN) sanctions against North Korea.',
      },
    ],
    notes: ['The article dates the decision only as coinciding with the criticisms praised on May 23, 2016; only the year is stored.', 'Topic korea: the article tells the decision as coinciding with Vietnam’s criticisms of DPRK aggression, in its opening on Vietnam’s support for sanctions against North Korea.'],
  },
  {
    id: 'dprk-officials-visit-early-june-2016',
    title: 'Senior North Korean officials visit Vietnam to strengthen the Hanoi-Pyongyang relationship',
    date: { kind: 'point', date: { year: 2016, month: 6 }, qualifier: 'early' },
    actors: ['senior North Korean officials', 'Vietnam'],
    topics: ['korea'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Even though senior North Korean officials visited Vietnam in early June to strengthen the Hanoi-Pyongyang relationship, Vietnam’s opposition to the North Korean government’s aggressive conduct has not wavered.',
      },
      {
        article: 'diplomat-2016',
        quote: 'the Vietnamese government banned 12 North Korean nationals from entering the country in July 2016.',
      },
    ],
    notes: ['The article gives "early June" without a year; 2016 is read from the next sentence (July 2016) and the article’s date.'],
  },
  {
    id: 'north-korean-nationals-banned-2016-07',
    title: 'Vietnam bans 12 North Korean nationals from entering, in accordance with UN sanctions',
    date: { kind: 'point', date: { year: 2016, month: 7 } },
    actors: ['Vietnamese government'],
    topics: ['korea'],
    quantity: { label: 'North Korean nationals banned', value: 12, unit: 'persons' },
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'In accordance with UN sanctions, the Vietnamese government banned 12 North Korean nationals from entering the country in July 2016.',
      },
    ],
  },
  {
    id: 'flood-relief-2016',
    title: 'Vietnam offers US$70,000 in flood relief to the DPRK',
    date: { kind: 'point', date: { year: 2016 } },
    actors: ['Vietnam', 'DPRK'],
    topics: ['aid', 'korea'],
    quantity: { label: 'flood relief', value: 70000, unit: 'usd' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It offered US$70,000 in flood relief to the North Asian nation in 2016.',
        footnote: 44,
      },
    ],
    notes: ['Vietnam and the DPRK: the passage says “It” and “the North Asian nation”, the Vietnam and the DPRK of the footnote’s two sentences before.'],
  },
  {
    id: 'pko-field-hospitals-since-2018',
    title: 'Vietnam sends whole PKO unit forces with two Level-2 field hospitals to South Sudan',
    date: { kind: 'point', date: { year: 2018 }, qualifier: 'since' },
    actors: ['Vietnam'],
    topics: ['peacekeeping'],
    quantity: { label: 'Level-2 field hospitals', value: 2, unit: 'field-hospitals' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Since 2018, Vietnam has sent whole PKO unit forces with two Level-2 field hospitals to South Sudan, and is ready to deploy the third one by the end of 2020.',
        footnote: 5,
      },
    ],
  },
  {
    id: 'singapore-summit-2018',
    title: 'Leaders’ meeting in Singapore, given two months’ advance notice',
    date: { kind: 'point', date: { year: 2018, month: 6 } },
    actors: [],
    topics: ['korea'],
    quantity: { label: 'advance notice', value: 2, unit: 'months' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam only had a two-week preparation period,\u00a0 much shorter than the two-month advance notice given for the leaders’ meeting in Singapore in June 2018.',
        footnote: 29,
      },
    ],
    notes: ['The article calls it only “the leaders’ meeting in Singapore” and names no leader, so no actor is listed.', 'Topic korea: footnote 29 compares it with the two-week preparation Vietnam had for the second Trump-Kim Summit in Hanoi, the “key event” of the sentence the footnote marks.'],
  },
  {
    id: 'directive-25-issued',
    title: 'Directive No. 25 CT/TW on enhancing the role of multilateral diplomacy is issued',
    date: { kind: 'point', date: { year: 2018, month: 8, day: 8 } },
    actors: ['Secretariat of the Party Central Committee'],
    topics: ['policy', 'multilateral'],
    documentIds: ['directive-25-ct-tw'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Directive No. 25 CT/TW of the Secretariat of the Party Central Committee (issued on 8 August 2018) on enhancing the role of multilateral diplomacy',
      },
    ],
  },
  {
    id: 'hanoi-summit-2019',
    title: 'Vietnam hosts the second Trump-Kim Summit in Hanoi, after a two-week preparation period',
    date: { kind: 'point', date: { year: 2019, month: 2 } },
    actors: ['Trump', 'Kim', 'Vietnam'],
    topics: ['korea'],
    quantity: { label: 'preparation period', value: 2, unit: 'weeks' },
    personIds: ['trump', 'kim'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The second Trump-Kim Summit held in February 2019 was a political and logistical success, praised by both Trump himself and DPRK officials.',
        footnote: 28,
      },
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam only had a two-week preparation period,\u00a0 much shorter than the two-month advance notice given for the leaders’ meeting in Singapore in June 2018.',
        footnote: 29,
      },
    ],
  },
  {
    id: 'dprk-delegation-field-trips-2019',
    title: 'A separate DPRK delegation makes field trips to Vietnam’s industrial parks and factories',
    date: { kind: 'point', date: { year: 2019, month: 2 } },
    actors: ['DPRK delegation'],
    topics: ['korea'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'While the Trump-Kim meeting was underway in Hanoi, a separate DPRK delegation made field trips to Vietnam’s industrial parks and factories.',
        footnote: 43,
      },
      {
        article: 'iseas-2021-6',
        quote: 'The second Trump-Kim Summit held in February 2019 was a political and logistical success, praised by both Trump himself and DPRK officials.',
        footnote: 28,
      },
    ],
    notes: ['Dated by the summit it accompanied (February 2019).'],
  },
  {
    id: 'kim-official-friendship-visit-2019',
    title: 'Kim’s 2019 visit to Vietnam is designated an “official friendship visit”',
    date: { kind: 'point', date: { year: 2019 } },
    actors: ['Kim'],
    topics: ['korea'],
    personIds: ['kim'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'In fact, Kim’s 2019 visit to Vietnam was designated as an “official friendship visit”, a term that connotes an even higher status than Kim’s previous visits to China.',
        footnote: 42,
      },
    ],
  },
  {
    id: 'pko-personnel-up-to-january-2020',
    title: 'Vietnam has sent 43 officers and 126 military doctors and medical personnel to South Sudan',
    date: { kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' },
    actors: ['Vietnam'],
    topics: ['peacekeeping'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Up to January 2020, it had sent 43 officers and 126 military doctors and medical personnel to South Sudan.',
        footnote: 5,
      },
    ],
    notes: ['The two counts are in the pko dataset.', 'Vietnam: the passage says “it”, the Vietnam of the footnote’s sentence before.'],
  },
  {
    id: 'asean-chairmanship-2020',
    title: 'Vietnam takes on the 2020 ASEAN chairmanship',
    date: { kind: 'point', date: { year: 2020 } },
    actors: ['Vietnam', 'ASEAN'],
    topics: ['multilateral'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam institutionalised in official documents a ‘reconciliation/mediation role’ for its diplomacy even before taking on the 2020 ASEAN chairmanship and the country’s non-permanent seat on the United Nations Security Council.',
      },
    ],
  },
  {
    id: 'unsc-term-2020-2021',
    title: 'Vietnam’s 2020-2021 term as a non-permanent member of the UN Security Council, started with two initiatives',
    date: { kind: 'span', start: { year: 2020 }, end: { year: 2021 } },
    actors: ['Vietnam', 'UNSC'],
    topics: ['multilateral'],
    quantity: { label: 'initiatives the term started with', value: 2, unit: 'initiatives' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam started its 2020-2021 UNSC term with two initiatives that exemplify the themes',
        footnote: 4,
      },
    ],
  },
  {
    id: 'pko-female-officers-up-to-october-2020',
    title: 'Vietnam has sent 23/166 female officers (13.8%) for UN PKO missions in South Sudan',
    date: { kind: 'point', date: { year: 2020, month: 10 }, qualifier: 'up-to' },
    actors: ['Vietnam'],
    topics: ['peacekeeping'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Up till Oct 2020, Vietnam has sent 23/166 female officers (13.8%) for UN PKO missions in South Sudan',
        footnote: 47,
      },
    ],
    notes: ['The figures and the UN averages are in the pko dataset.'],
  },
  {
    id: 'pko-resolution-november-2020',
    title: 'National Assembly passes the Resolution on Vietnam’s participation in UN PKO',
    date: { kind: 'point', date: { year: 2020, month: 11 } },
    actors: ['National Assembly'],
    topics: ['peacekeeping', 'policy'],
    documentIds: ['national-assembly-pko-resolution'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'the recent passage of the National Assembly Resolution on Vietnam’s participation in UN PKO in November 2020 has laid a legal foundation for its further contribution.',
      },
    ],
    notes: ['The article marks no footnote on this clause: footnote 5 marks the clause before it (“its contribution to UN peacekeeping operations,[5]”), and its source (Vietnam Times, 30 May 2020) predates the resolution.', 'Topic policy: a National Assembly resolution, which the article says “has laid a legal foundation” for Vietnam’s further contribution.'],
  },
  {
    id: 'asean-summit-online-2020-11-15',
    title: 'Prime Minister Nguyen Xuan Phuc at the closing ceremony of the ASEAN summit held online in Hanoi',
    date: { kind: 'point', date: { year: 2020, month: 11, day: 15 } },
    actors: ['Nguyen Xuan Phuc', 'ASEAN'],
    topics: ['multilateral'],
    personIds: ['nguyen-xuan-phuc'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s Prime Minister Nguyen Xuan Phuc takes part in the closing ceremony of the Association of Southeast Asian Nations (ASEAN) summit being held online in Hanoi on November 15, 2020.',
      },
    ],
    notes: ['From the photo caption at the head of the article.'],
  },
  {
    id: 'pko-third-field-hospital-by-end-2020',
    title: 'Vietnam ready to deploy a third Level-2 field hospital',
    date: { kind: 'point', date: { year: 2020 }, qualifier: 'by-end-of' },
    actors: ['Vietnam'],
    topics: ['peacekeeping'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Since 2018, Vietnam has sent whole PKO unit forces with two Level-2 field hospitals to South Sudan, and is ready to deploy the third one by the end of 2020.',
        footnote: 5,
      },
    ],
  },
];
