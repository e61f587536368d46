/**
 * Concepts: the mediation vocabulary of iseas-2021-6 (the third-party roles, Touval and
 * Zartman's three strategies, the options and recommendations the article makes, Vietnam's
 * interests, advantages and challenges, the ideas and terms of the debate) and the Cold War
 * precedent diplomat-2016 gives for mediation with North Korea.
 *
 * Caveats: `description` is our short paraphrase; the quote is the evidence. `order` is the
 * position in the article's own enumeration, where it has one.
 */
import type { Concept } from '../schema/concept';

export type { Concept } from '../schema/concept';
export type { Source } from '../schema/source';
export { CONCEPT_KINDS } from '../vocabulary/concepts';

const ROLES =
  'A ‘third-party’ reconciliatory role could potentially involve anything from providing good offices to taking on mediation, inquiry, conciliation, and arbitration responsibilities[35] before, during, and after a conflict.';
const APPROACHES =
  'As outlined by Touval and Zartman (1985), there are three general approaches: information strategies, formulation strategies, and manipulation strategies, depending on the level of involvement of the mediator.';
const OPTIONS =
  'With a moderate mediation role, Vietnam can consider several options such as good offices, shuttle diplomacy, facilitating negotiations, capacity building, and experience sharing with relevant parties.';
const INTERESTS = 'Vietnam’s national interests has three broad dimensions: security, economic development, and prestige.';
const SECURITY_CHALLENGES =
  'More importantly, upholding a rules-based international order is of great importance given Vietnam’s two main security challenges – territorial disputes in the South China Sea and water management issues in the Mekong.';

/** The mediation vocabulary of both articles. */
export const concepts: readonly Concept[] = [
  {
    id: 'hoa-giai',
    term: 'hoa giai',
    kind: 'term',
    description: 'Vietnamese for reconciliation or mediation; implies the involvement of a third party.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnamese leaders have repeatedly used the phrase “hoa giai” (translated as either reconciliation or mediation in English) in their public speeches,[16]',
        footnote: 16,
      },
      { article: 'iseas-2021-6', quote: '“Hoa giai” in the Vietnamese language implies the involvement of a third party.' },
    ],
  },
  {
    id: 'good-offices',
    term: 'good offices',
    kind: 'third-party-role',
    description: 'The lowest level of a third-party role.',
    order: 1,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      {
        article: 'iseas-2021-6',
        quote: 'Mediation itself also has a wide range of approaches, from the lowest level of good offices to actively inducing a certain solution to disputes.',
      },
    ],
  },
  { id: 'mediation', term: 'mediation', kind: 'third-party-role', description: 'A third-party responsibility beyond good offices.', order: 2, sources: [{ article: 'iseas-2021-6', quote: ROLES, footnote: 35 }] },
  { id: 'inquiry', term: 'inquiry', kind: 'third-party-role', description: 'A third-party responsibility.', order: 3, sources: [{ article: 'iseas-2021-6', quote: ROLES, footnote: 35 }] },
  {
    id: 'conciliation',
    term: 'conciliation',
    kind: 'third-party-role',
    description: 'A third-party responsibility demanding significant engagement, costs, capabilities and experience.',
    order: 4,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      {
        article: 'iseas-2021-6',
        quote: 'Many of these responsibilities, such as conciliation and arbitration, require a significant level of engagement and demand more political and financial costs and greater capabilities and experience.',
      },
    ],
  },
  {
    id: 'arbitration',
    term: 'arbitration',
    kind: 'third-party-role',
    description: 'A third-party responsibility demanding significant engagement, costs, capabilities and experience.',
    order: 5,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      {
        article: 'iseas-2021-6',
        quote: 'Many of these responsibilities, such as conciliation and arbitration, require a significant level of engagement and demand more political and financial costs and greater capabilities and experience.',
      },
    ],
  },
  {
    id: 'information-strategies',
    term: 'information strategies',
    kind: 'mediation-strategy',
    description: 'The mediator facilitates information, laying the groundwork for further progress; one of the two approaches the article recommends.',
    order: 1,
    sources: [
      { article: 'iseas-2021-6', quote: APPROACHES, footnote: 36 },
      {
        article: 'iseas-2021-6',
        quote: 'Information strategies: the mediator primarily serves as a facilitator of information, laying the groundwork for further substantive progress in the conflict resolution process.',
        footnote: 36,
      },
    ],
  },
  {
    id: 'formulation-strategies',
    term: 'formulation strategies',
    kind: 'mediation-strategy',
    description: 'The mediator facilitates actual negotiations by providing a meeting place and moderating discussions; one of the two approaches the article recommends.',
    order: 2,
    sources: [
      { article: 'iseas-2021-6', quote: APPROACHES, footnote: 36 },
      {
        article: 'iseas-2021-6',
        quote: 'Formulation strategies are those where a mediator serves as a facilitator for actual negotiations by providing a meeting place, and moderating discussions.',
        footnote: 36,
      },
    ],
  },
  {
    id: 'manipulation-strategies',
    term: 'manipulation strategies',
    kind: 'mediation-strategy',
    description: 'The mediator actively engages the parties and shapes the negotiations; Vietnam’s own experience discourages it.',
    order: 3,
    sources: [
      { article: 'iseas-2021-6', quote: APPROACHES, footnote: 36 },
      {
        article: 'iseas-2021-6',
        quote: 'Manipulative strategies: a mediator actively engages the parties and shapes the negotiations.',
        footnote: 36,
      },
    ],
    notes: ['The body says "manipulation strategies", footnote 36 "Manipulative strategies".'],
  },
  ...(
    [
      ['option-good-offices', 'good offices', 1],
      ['option-shuttle-diplomacy', 'shuttle diplomacy', 2],
      ['option-facilitating-negotiations', 'facilitating negotiations', 3],
      ['option-capacity-building', 'capacity building', 4],
      ['option-experience-sharing', 'experience sharing with relevant parties', 5],
    ] as const
  ).map(
    ([id, term, order]): Concept => ({
      id,
      term,
      kind: 'recommended-option',
      description: 'An option the article recommends Vietnam consider with a moderate mediation role.',
      order,
      sources: [{ article: 'iseas-2021-6', quote: OPTIONS }],
    }),
  ),
  {
    id: 'multilateral-and-bilateral-approaches',
    term: 'both multilateral and bilateral approaches',
    kind: 'recommendation',
    description: 'Directive 25 advocates a multilateral setting, but Vietnam will have to explore both, as mediation is long and high-profile posts are not permanent.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam will not always be able to hold high-profile posts at multilateral forums, it will have to explore both multilateral and bilateral approaches.',
      },
    ],
  },
  {
    id: 'narrower-focus',
    term: 'a modest mediation role',
    kind: 'recommendation',
    description: 'Firstly: start with a narrower focus, the first and second approaches (information and formulation strategies).',
    order: 1,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Firstly, it should start with a narrower focus – a modest mediation role or the first and second approaches listed above.',
      },
    ],
  },
  {
    id: 'operational-masterplan',
    term: 'an operational masterplan',
    kind: 'recommendation',
    description: 'Secondly: overcome the challenges with a masterplan for domestic consensus, institutions, resources and capacities.',
    order: 2,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'An operational masterplan needs to be designed to build domestic consensus and political will, lay the institutional foundations, mobilise financial and human resources, and build the necessary capacities',
      },
    ],
  },
  {
    id: 'boost-peace-reputation',
    term: 'boost its peace reputation',
    kind: 'recommendation',
    description: 'Thirdly: boost its peace reputation and offer an appropriate role in regional issues.',
    order: 3,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Thirdly, Vietnam should aim to boost its peace reputation and offer to undertake an appropriate role in regional issues.',
      },
    ],
  },
  {
    id: 'facilitator-for-korea',
    term: 'an effective facilitator for conversation',
    kind: 'recommendation',
    description: 'Vietnam is uniquely placed to facilitate conversation between the United States and the DPRK, with a non-hostile, neutral profile.',
    sources: [
      { article: 'iseas-2021-6', quote: 'However, Vietnam is uniquely placed to be an effective facilitator for conversation.' },
      { article: 'iseas-2021-6', quote: 'Vietnam has a non-hostile and neutral profile, with no geopolitical motives.' },
      {
        article: 'iseas-2021-6',
        quote: 'Moreover, as the DPRK has a relatively high level of trust in Vietnam, its leadership is comfortable learning from Vietnam’s experience in economic development and reform, as well as Hanoi’s ability to maintain good relationships with both the United States and China.[41]',
        footnote: 41,
      },
    ],
  },
  {
    id: 'humanitarian-assistance-and-exchanges',
    term: 'humanitarian assistance',
    kind: 'recommendation',
    description: 'Further promote humanitarian assistance to mitigate food shortages and natural disasters, and exchanges of students, academics and officials.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam should also further promote humanitarian assistance to mitigate food shortages and natural disasters,[44] and encourage the exchange of students, academics, and officials, especially on issues related to economic planning and transition.',
        footnote: 44,
      },
    ],
  },
  {
    id: 'myanmar-rakhine',
    term: 'repatriation of refugees in Myanmar’s Rakhine state',
    kind: 'recommendation',
    description: 'Support ASEAN, the UN and relevant parties in dialogue and in the safe and dignified repatriation of refugees.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Within the region, Vietnam should support ASEAN, the UN and relevant parties in promoting dialogue towards long-term solutions to conflicts and facilitating the safe and dignified repatriation of refugees in Myanmar’s Rakhine state.',
        footnote: 45,
      },
      {
        article: 'iseas-2021-6',
        quote: 'and share its experience in working with relevant partners on refugee repatriation,[46] rehabilitation, and reconciliation.',
        footnote: 46,
      },
    ],
  },
  {
    id: 'enhance-pko-participation',
    term: 'enhance its PKO participation',
    kind: 'recommendation',
    description: 'In quantity and quality, expanding PKO functions to policing and enhancing women’s representation.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Last but not least, Vietnam should further enhance its PKO participation in both quantity and quality, particularly expanding its PKO functions to include policing and enhancing women’s representation.',
        footnote: 47,
      },
    ],
  },
  {
    id: 'reason-newcomer',
    term: 'a ‘newly reborn kid on the block’',
    kind: 'reason-for-modest-role',
    description: 'Despite a long tradition of peace diplomacy, Vietnam is new to a professional field, in a competitive environment of more mediators.',
    order: 1,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Despite having a long tradition of peace diplomacy, Vietnam is still a ‘newly reborn kid on the block’ in a professional field that requires specialised expertise, experience, practical guidance, as well as considerable political, financial, and administrative support.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'the number of third-party facilitators and mediators (at local, national, regional, and international levels) has significantly increased in the last decade;[37]',
        footnote: 37,
      },
    ],
  },
  {
    id: 'reason-foreign-policy-principles',
    term: 'respect for sovereignty, self-determination, and non-interference',
    kind: 'reason-for-modest-role',
    description: 'The fundamental principles of Vietnamese foreign policy limit its engagement; the Geneva Conference experience discourages a manipulative approach.',
    order: 2,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The fundamental principles of Vietnamese foreign policy, including a respect for sovereignty, self-determination, and non-interference, will limit the extent of its engagement.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'during the Geneva Conference negotiations, its own interests were negatively affected by the calculations of bigger powers;[38]',
        footnote: 38,
      },
    ],
  },
  {
    id: 'reason-neutrality',
    term: 'neutrality',
    kind: 'reason-for-modest-role',
    description: 'Close relationships with all parties are an advantage but require Vietnam to firmly uphold its neutrality.',
    order: 3,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'While Vietnam’s close relationships with all parties, particularly the disputing parties, is an advantage; this also requires the country to firmly uphold its neutrality.',
      },
    ],
  },
  {
    id: 'challenge-competencies',
    term: 'the right set of competencies',
    kind: 'challenge',
    description: 'Individual and institutional competencies; institutional capacity matters more given the rotational diplomatic system.',
    order: 1,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Peace making and mediation in particular require the right set of competencies – both at the level of individuals and institutions.',
      },
    ],
  },
  {
    id: 'challenge-relationships',
    term: 'managing relationships with other actors',
    kind: 'challenge',
    description: 'With civil society, the academia and foreign actors.',
    order: 2,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: '(ii) Managing relationships with other actors including civil society, the academia, and foreign actors is also a challenge.',
      },
    ],
  },
  {
    id: 'challenge-economic-resources',
    term: 'economic resources',
    kind: 'challenge',
    description: 'Funding confidence-building, shuttle diplomacy or peace agreements, against Vietnam’s plan to streamline and downsize public spending.',
    order: 3,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'This could be a big challenge given Vietnam’s plan to streamline and downsize its public spending.[39]',
        footnote: 39,
      },
    ],
  },
  {
    id: 'interest-security',
    term: 'security',
    kind: 'national-interest',
    description: 'A peaceful and stable external environment; upholding a rules-based order.',
    order: 1,
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      {
        article: 'iseas-2021-6',
        quote: 'In terms ofsecurity,maintaining a peaceful and stable external environment is one of the most important goals of Vietnam’s foreign policy.[33]',
        footnote: 33,
      },
    ],
  },
  {
    id: 'interest-economic-development',
    term: 'economic development',
    kind: 'national-interest',
    description: 'Managing disputes protects Vietnam’s economy, exposed to a Korean conflict.',
    order: 2,
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      { article: 'iseas-2021-6', quote: 'Playing an active role in managing international disputes also serves Vietnam’s economicinterests.' },
    ],
  },
  {
    id: 'interest-prestige',
    term: 'prestige',
    kind: 'national-interest',
    description: 'A mediating role improves Vietnam’s image and reputation, with concrete benefits (tourism, business, soft power).',
    order: 3,
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      {
        article: 'iseas-2021-6',
        quote: 'Last but not least, a mediating role will improve Vietnam’s image and reputation, which in turn, will translate into many concrete benefits.',
      },
    ],
  },
  {
    id: 'south-china-sea-disputes',
    term: 'territorial disputes in the South China Sea',
    kind: 'security-challenge',
    description: 'One of Vietnam’s two main security challenges.',
    order: 1,
    sources: [{ article: 'iseas-2021-6', quote: SECURITY_CHALLENGES }],
  },
  {
    id: 'mekong-water-management',
    term: 'water management issues in the Mekong',
    kind: 'security-challenge',
    description: 'One of Vietnam’s two main security challenges.',
    order: 2,
    sources: [{ article: 'iseas-2021-6', quote: SECURITY_CHALLENGES }],
  },
  {
    id: 'advantage-cultural-historical-traditions',
    term: 'Vietnamese cultural and historical traditions',
    kind: 'advantage',
    description: 'Mediation resonates with a history of reconciling with former enemies after conflicts.',
    order: 1,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It could be argued that reconciliation diplomacy is not simply a new direction but harks back to Vietnam’s history of reconciling with former enemies after conflicts.',
      },
    ],
  },
  {
    id: 'advantage-international-prestige',
    term: 'improved international prestige',
    kind: 'advantage',
    description: 'A proactive foreign policy through an expanding diplomatic network.',
    order: 2,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s improved international prestige: Vietnam has been pursuing a proactive foreign policy through its expanding diplomatic network',
        footnote: 25,
      },
    ],
  },
  {
    id: 'advantage-organisational-capability',
    term: 'organisational capability and confidence in its diplomacy',
    kind: 'advantage',
    description: 'Experience from multilateral roles and from hosting big international events.',
    order: 3,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Organisational capability and confidence in its diplomacy: The experience gained from its roles at important multilateral institutions and from hosting big international events has boosted Vietnam’s confidence in its diplomacy.',
      },
    ],
  },
  {
    id: 'advantage-domestic-support',
    term: 'strong domestic support',
    kind: 'advantage',
    description: 'Gratitude for the international community’s support during wars, reconstruction and development.',
    order: 4,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Strong domestic support: Among the Vietnamese people, there is a strong sense of gratitude and desire to contribute to international peace, in acknowledgement of the international community’s support for Vietnam during its wars, post-war reconstruction, and modern development.[30]',
        footnote: 30,
      },
    ],
  },
  {
    id: 'reconciliation-diplomacy',
    term: '‘reconciliation diplomacy’ or ‘mediation diplomacy’',
    kind: 'idea',
    description: 'Discussed among intellectuals and the public after Vietnam hosted the second Trump-Kim Summit.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'These diplomatic efforts, particularly Vietnam’s hosting of the second Trump-Kim Summit in February 2019, have fuelled discussions among intellectuals and general public about a Vietnamese ‘reconciliation diplomacy’ or ‘mediation diplomacy’.',
      },
    ],
  },
  {
    id: 'middle-power-niche-diplomacy',
    term: '‘niche diplomacy’',
    kind: 'idea',
    description: 'Vietnam’s repositioning as a middle power and the need for a niche diplomacy.',
    order: 1,
    sources: [
      {
        article: 'iseas-2021-6',
        quote: '(i) Vietnam’s repositioning as a middle power, and the need to build a ‘niche diplomacy’ to contribute more effectively in global affairs;[10]',
        footnote: 10,
      },
    ],
  },
  {
    id: 'asias-helsinki',
    term: '‘Asia’s Helsinki’ or a ‘peace bridge’',
    kind: 'idea',
    description: 'Vietnam possibly becoming ‘Asia’s Helsinki’ or a ‘peace bridge’, in the discussions about a Vietnamese ‘reconciliation diplomacy’ or ‘mediation diplomacy’.',
    order: 2,
    sources: [
      { article: 'iseas-2021-6', quote: '(ii) Vietnam possibly becoming ‘Asia’s Helsinki’ or a ‘peace bridge’.[11]', footnote: 11 },
      {
        article: 'iseas-2021-6',
        quote: 'These diplomatic efforts, particularly Vietnam’s hosting of the second Trump-Kim Summit in February 2019, have fuelled discussions among intellectuals and general public about a Vietnamese ‘reconciliation diplomacy’ or ‘mediation diplomacy’.',
      },
    ],
  },
  {
    id: 'foreign-policy-goal',
    term: 'a friend and reliable partner of all countries',
    kind: 'policy-theme',
    description: 'Vietnam’s long-declared foreign policy goal.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam has long declared a foreign policy goal of “willing to become a friend and reliable partner of all countries in the world community, striving for peace, independence and development”.[13]',
        footnote: 13,
      },
    ],
  },
  {
    id: 'partnership-for-sustainable-peace',
    term: 'Partnership for Sustainable Peace',
    kind: 'policy-theme',
    description: 'The expressed theme of Vietnam’s non-permanent UNSC seat.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'the expressed theme for Vietnam’s non-permanent seat on the UNSC is “Partnership for Sustainable Peace”',
        footnote: 2,
      },
    ],
  },
  {
    id: 'cohesive-asean',
    term: 'cohesive ASEAN',
    kind: 'policy-theme',
    description: 'A priority of Vietnam’s ASEAN chairmanship: solidarity and unity among members.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'A priority for its ASEAN chairmanship also emphasises a “cohesive ASEAN” gained through fostering solidarity and unity among its members.[3]',
        footnote: 3,
      },
    ],
  },
  {
    id: 'fighting-and-negotiation',
    term: '“fighting and negotiation”',
    kind: 'precedent',
    description: 'The Vietnamese strategy in the Geneva and Paris processes, as a complete military victory was too costly.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'As a complete military victory was too costly, and even impossible, the then Vietnamese strategy was to combine “fighting and negotiation”.',
        footnote: 31,
      },
    ],
  },
  {
    id: 'cold-war-proxy-mediators',
    term: 'mediation via a proxy',
    kind: 'precedent',
    description: 'During the Cold War, Romania and Yugoslavia acted as mediators between the United States and North Korea.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'During the Cold War, Eastern European communist countries with close ties to Washington like Nicolae Ceausescu’s Romania and Josip Broz Tito’s Yugoslavia acted as mediators between United States and North Korea.',
      },
    ],
  },
  {
    id: 'vietnam-as-us-dprk-mediator',
    term: 'mediator between the United States and North Korea',
    kind: 'idea',
    description: 'Some commentators argue Hanoi could mediate; a successful role could bring more US military assistance.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s staunch opposition to North Korea’s nuclear tests has caused some commentators to argue that Hanoi could act as a mediator between the United States and North Korea.',
      },
    ],
  },
  {
    id: 'expectations-to-contribute',
    term: 'expectations to contribute more to international peace and security',
    kind: 'idea',
    description: 'Vietnam’s raised profile has brought expectations, from inside and outside, that it contribute more.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'With this new spotlight, however, has come expectations from inside and outside of Vietnam for the country to contribute more to international peace and security. [1]',
        footnote: 1,
      },
    ],
  },
  {
    id: 'shared-lessons-with-korean-partners',
    term: 'lessons on reunification, national reconciliation, and reforms',
    kind: 'contribution',
    description: 'Shared bilaterally with both of Vietnam’s Korean partners.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Bilaterally, it has shared lessons on reunification, national reconciliation, and reforms with both of its Korean partners.[9]',
        footnote: 9,
      },
    ],
  },
  {
    id: 'post-conflict-experience-sharing',
    term: 'experience in post-conflict reconstruction',
    kind: 'contribution',
    description: 'Shared at multilateral forums, such as through work with the GICHD on bombs, mines and unexploded ordinances.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The country has also been willing to share its experience in post-conflict reconstruction, national reconciliation, promoting integration, and sustainable development.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'such as through its work with the Geneva International Centre for Humanitarian Demining (GICHD), working on topics such as the handling of bombs, mines, and unexploded ordinances.[7]',
        footnote: 7,
      },
    ],
  },
  {
    id: 'women-in-post-conflict-reconstruction',
    term: 'the role of women in post-conflict reconstruction',
    kind: 'contribution',
    description: 'Emphasised by Vietnam as part of efforts to promote UNSC Resolution 1889 (2009).',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It has also emphasised the role of women in post-conflict reconstruction, as a part of efforts to promote the UNSC Resolution 1889 (2009) on Women and Peace and Security.[8]',
        footnote: 8,
      },
    ],
  },
  {
    id: 'women-peacekeepers-other-roles',
    term: 'roles beyond assigned duties',
    kind: 'contribution',
    description: 'Vietnam’s women peacekeepers teach children, share farming experience and encourage women’s and girls’ political participation.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Beyond their assigned duties, they actively take on other roles such as teaching children, sharing farming experience with the local people, and encouraging the participation of women and girls in political processes.[48]',
        footnote: 48,
      },
    ],
  },
  {
    id: 'concrete-actions-not-a-slogan',
    term: 'not just a slogan',
    kind: 'idea',
    description: 'A former deputy foreign minister: mediation diplomacy is not impossible for Vietnam, but needs concrete actions.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'However, what we need is not just a slogan, but we have to initiate concrete actions to implement the objective”.[12]',
        footnote: 12,
      },
    ],
    notes: ['The article does not name the former deputy foreign minister; footnote 12’s source title names Nguyen Phu Binh.'],
  },
  {
    id: 'gradually-promote-mediation',
    term: 'gradually promote the role of mediation',
    kind: 'policy-theme',
    description: 'Vietnamese leaders stated Vietnam should gradually promote mediation in regional and global issues.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'and stated that Vietnam should gradually promote the role of mediation in regional and global issues.[17]',
        footnote: 17,
      },
    ],
  },
  {
    id: 'traditional-friends',
    term: '“traditional friends”',
    kind: 'policy-theme',
    description: 'Ties Vietnam’s foreign policy emphasises; many are in disputes that might need support for reconciliation.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'One notable feature of Vietnam’s foreign policy is the emphasis on ties with “traditional friends”,[26] many of which are currently involved in disputes and conflicts that might require international support to promote reconciliation efforts.',
        footnote: 26,
      },
    ],
  },
  {
    id: 'development-model-inspiration',
    term: 'reform and ‘opening-up’',
    kind: 'advantage',
    description: 'Vietnam’s development model and reform experience could inspire others.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s economic development model as well as its experience with reform and ‘opening-up’ could be a source of inspiration for others.[27]',
        footnote: 27,
      },
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s economic growth model has also been cited as a potential model for DPRK modernization efforts, as Vietnam has expanded its economy without adopting as many Western economic characteristics as China.',
      },
    ],
  },
  {
    id: 'willing-to-mediate-us-dprk',
    term: 'willing to mediate peace between the United States and DPRK',
    kind: 'idea',
    description: 'Having counted on third-party mediators in 1954 and 1973, Vietnam is willing to mediate for the region and the world.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Today, Vietnam is thus willing to mediate peace between the United States and DPRK, for the region and the world.[32]',
        footnote: 32,
      },
    ],
  },
  {
    id: 'us-security-benefits',
    term: 'easier access to US fighter jets and submarines',
    kind: 'idea',
    description: 'What diplomat-2016 says Vietnam could gain by demonstrating its value to the United States as a security partner.',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'By demonstrating its value to the United States as a security partner, Vietnam can gain easier access to the US fighter jets and submarines to deter Chinese aggression.',
      },
    ],
  },
  {
    id: 'national-reconciliation-overseas-vietnamese',
    term: 'national reconciliation',
    kind: 'contribution',
    description: 'New political and legal frameworks for the return and participation of overseas Vietnamese, and outreach to overseas Vietnamese communities in the United States.',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam has also made significant efforts and achievements in national reconciliation, particularly with new political and legal frameworks that facilitate the return and participation of overseas Vietnamese in Vietnam’s political, economic, and social life.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'The government has also actively promoted outreach efforts targeted at overseas Vietnamese communities in the United States.',
      },
    ],
  },
  {
    id: 'credible-third-country',
    term: 'a credible third country',
    kind: 'recommendation',
    description: 'The United States and North Korea could approach a credible third country; Vietnam could facilitate an agreement on near-term objectives (reducing tensions, diffusing crises).',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'In this regard, they can consider the alternative of approaching a credible third country to explore ways to move forward without being seen as ceding ground unnecessarily.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'Given its comparative advantage, Vietnam could facilitate an agreement that meets both parties’ near-term objectives (i.e. reducing tensions and diffusing crises) that can lay the basis for a longer-term solution.',
      },
    ],
  },
];
