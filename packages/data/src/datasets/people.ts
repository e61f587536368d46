/**
 * People: everyone the articles name, with the role the article gives (in the article's words
 * where it gives one; where it gives none, what the article says the person did).
 *
 * Articles: both. Caveats: iseas-2021-6 says only "Trump" and "Kim"; these records keep the
 * surnames and are not linked to the full names diplomat-2016 uses. Authors of footnoted works
 * are in the bibliography, not here, unless the body names them (Touval and Zartman).
 */
import type { Person } from '../schema/person';

export type { Person } from '../schema/person';
export type { Source } from '../schema/source';

const MASTHEAD_1 = 'Editorial Chairman: Choi Shing Kwok';
const MASTHEAD_3 = 'Managing Editor: Ooi Kee Beng \u00a0 Editors: William Choong, Malcolm Cook, Lee Poh Onn, and Ng Kah Meng';

/** Everyone the articles name, with the role the article gives. */
export const people: readonly Person[] = [
  {
    id: 'hoang-oanh',
    name: 'Hoang Oanh',
    role: 'Author of iseas-2021-6; Deputy Director, Center for Regional Studies and Foreign Policy, Institute of Foreign Policy and Strategic Studies, Diplomatic Academy of Vietnam',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: '* Guest writer, Hoang Oanh, is Deputy Director, Center for Regional Studies and Foreign Policy, Institute of Foreign Policy and Strategic Studies, Diplomatic Academy of Vietnam.',
      },
      { article: 'iseas-2021-6', quote: 'ISEAS Perspective 2021/6 “Vietnam’s Role in Regional Peace and Mediation” by Hoang Oanh' },
    ],
  },
  {
    id: 'samuel-ramani',
    name: 'Samuel Ramani',
    role: 'Author of diplomat-2016; DPhil candidate in International Relations at St. Antony’s College, University of Oxford; journalist',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Samuel Ramani is a DPhil candidate in International Relations at St. Antony’s College, University of Oxford. He is also a journalist who writes regularly for the Washington Post and Huffington Post.',
      },
    ],
  },
  {
    id: 'nguyen-xuan-phuc',
    name: 'Nguyen Xuan Phuc',
    role: 'Vietnam’s Prime Minister',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s Prime Minister Nguyen Xuan Phuc takes part in the closing ceremony of the Association of Southeast Asian Nations (ASEAN) summit being held online in Hanoi on November 15, 2020.',
      },
    ],
  },
  {
    id: 'pham-binh-minh',
    name: 'Pham Binh Minh',
    role: 'Deputy Prime Minister and Minister of Foreign Affairs',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It signals, as Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh puts it, “an important milestone in foreign policy thinking”.',
        footnote: 19,
      },
    ],
  },
  {
    id: 'nguyen-trai',
    name: 'Nguyen Trai',
    role: 'A master strategist in the 15th century',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'A master strategist in the 15th century, Nguyen Trai, declared after a military victory that the country would facilitate the return of prisoners of war (Chinese troops)',
        footnote: 20,
      },
    ],
  },
  {
    id: 'tran-nhan-tong',
    name: 'Tran Nhan Tong',
    role: 'King; seen as a symbol of Vietnam’s reconciliatory spirit',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'King Tran Nhan Tong (1258-1308) has also been seen as a symbol of Vietnam’s reconciliatory spirit.',
        footnote: 21,
      },
    ],
  },
  {
    id: 'nguyen-cao-ky',
    name: 'Nguyen Cao Ky',
    role: 'Former prime minister of the South Vietnamese administration',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The return of Mr Nguyen Cao Ky, former prime minister of the South Vietnamese administration that fought against the Vietnam Communist Party in the North, in 2004',
        footnote: 24,
      },
    ],
  },
  {
    id: 'trump',
    name: 'Trump',
    role: 'Party to the second Trump-Kim Summit (Hanoi)',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The second Trump-Kim Summit held in February 2019 was a political and logistical success, praised by both Trump himself and DPRK officials.',
        footnote: 28,
      },
    ],
    notes: ['The article gives the surname only.'],
  },
  {
    id: 'kim',
    name: 'Kim',
    role: 'Party to the second Trump-Kim Summit; travelled to Vietnam by train; his 2019 visit was an “official friendship visit”',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s efforts in facilitating a safe long journey by train for Kim also demonstrates Vietnam’s commitment, diligence, and ability to deliver a key event at very short notice.',
        footnote: 29,
      },
    ],
    notes: ['The article gives the surname only; it is not linked here to a full name.'],
  },
  {
    id: 'kim-myong-gil',
    name: 'Kim Myong Gil',
    role: 'North Korea’s chief negotiator',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'North Korea’s chief negotiator Kim Myong Gil, for instance, once criticised Sweden for acting like a “backseat driver” when mediating nuclear negotiations.',
        footnote: 40,
      },
    ],
  },
  {
    id: 'touval',
    name: 'Touval',
    role: 'Co-author (with Zartman, 1985) of the three general approaches to mediation',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'As outlined by Touval and Zartman (1985), there are three general approaches: information strategies, formulation strategies, and manipulation strategies, depending on the level of involvement of the mediator.',
        footnote: 36,
      },
    ],
    notes: ['Footnote 36 gives the full names: Saadia Touval and William Zartman.'],
  },
  {
    id: 'zartman',
    name: 'Zartman',
    role: 'Co-author (with Touval, 1985) of the three general approaches to mediation',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'As outlined by Touval and Zartman (1985), there are three general approaches: information strategies, formulation strategies, and manipulation strategies, depending on the level of involvement of the mediator.',
        footnote: 36,
      },
    ],
  },
  {
    id: 'nhac-nguyen',
    name: 'Nhac Nguyen',
    role: 'Photographer of the article’s head photo (AFP)',
    sources: [{ article: 'iseas-2021-6', quote: 'Photo: Nhac Nguyen, AFP.' }],
  },
  {
    id: 'choi-shing-kwok',
    name: 'Choi Shing Kwok',
    role: 'Editorial Chairman, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_1 }],
  },
  {
    id: 'tan-chin-tiong',
    name: 'Tan Chin Tiong',
    role: 'Editorial Advisor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: 'Editorial Advisor: Tan Chin Tiong' }],
  },
  {
    id: 'ooi-kee-beng',
    name: 'Ooi Kee Beng',
    role: 'Managing Editor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_3 }],
  },
  {
    id: 'william-choong',
    name: 'William Choong',
    role: 'Editor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_3 }],
  },
  {
    id: 'malcolm-cook',
    name: 'Malcolm Cook',
    role: 'Editor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_3 }],
  },
  {
    id: 'lee-poh-onn',
    name: 'Lee Poh Onn',
    role: 'Editor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_3 }],
  },
  {
    id: 'ng-kah-meng',
    name: 'Ng Kah Meng',
    role: 'Editor, ISEAS Perspective',
    sources: [{ article: 'iseas-2021-6', quote: MASTHEAD_3 }],
  },
  {
    id: 'kim-il-sung',
    name: 'Kim Il-sung',
    role: 'Vehemently opposed North Vietnam’s peace overtures toward the United States (the article gives no title)',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Kim Il-sung vehemently opposed North Vietnam’s peace overtures toward the United States, because he believed that keeping the U.S. mired in Vietnam would increase the geopolitical influence of the Communist bloc in the Asia-Pacific.',
      },
    ],
  },
  {
    id: 'kim-jong-un',
    name: 'Kim Jong-un',
    role: 'Has rebuffed direct diplomatic engagement with the United States; has a favorable view of Vietnam’s communist government (the article gives no title)',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Even though Kim Jong-un has rebuffed the idea of direct diplomatic engagement with the United States, there are historical precedents for North Korean diplomacy with the United States via a proxy.',
      },
      {
        article: 'diplomat-2016',
        quote: 'North Korea could be receptive to Vietnamese mediation efforts, as Kim Jong-un has a favorable view of Vietnam’s communist government.',
      },
    ],
  },
  {
    id: 'kim-dae-jung',
    name: 'Kim Dae-jung',
    role: 'South Korean President',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'South Korean President Kim Dae-jung’s 2001 apology for the ROK’s deployment of 300,000 troops on South Vietnam’s behalf during the Vietnam War',
      },
    ],
  },
  {
    id: 'pak-yong-sik',
    name: 'Pak Yong-Sik',
    role: 'DPRK Defense Minister',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'a cordial November 2015 meeting between DPRK Defense Minister Pak Yong-Sik and Vietnam’s President Tran Dai Quang',
      },
    ],
  },
  {
    id: 'tran-dai-quang',
    name: 'Tran Dai Quang',
    role: 'Vietnam’s President',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'a cordial November 2015 meeting between DPRK Defense Minister Pak Yong-Sik and Vietnam’s President Tran Dai Quang',
      },
    ],
  },
  {
    id: 'nicolae-ceausescu',
    name: 'Nicolae Ceausescu',
    role: 'His Romania acted as a mediator between the United States and North Korea during the Cold War',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'During the Cold War, Eastern European communist countries with close ties to Washington like Nicolae Ceausescu’s Romania and Josip Broz Tito’s Yugoslavia acted as mediators between United States and North Korea.',
      },
    ],
  },
  {
    id: 'josip-broz-tito',
    name: 'Josip Broz Tito',
    role: 'His Yugoslavia acted as a mediator between the United States and North Korea during the Cold War',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'During the Cold War, Eastern European communist countries with close ties to Washington like Nicolae Ceausescu’s Romania and Josip Broz Tito’s Yugoslavia acted as mediators between United States and North Korea.',
      },
    ],
  },
];
