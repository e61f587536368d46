/**
 * Argument: what the two articles claim and conclude, as items linked into an argument map.
 * iseas-2021-6 argues that the time is ripe for Vietnam to play a limited mediation role: its key
 * findings, the claims that link its sections (why the confidence, why a modest role, what to do
 * first), Vietnam's assets, interests and challenges, the reasons for a modest role, the
 * recommendations, and the terms the argument uses (the third-party roles and Touval and
 * Zartman's three strategies, ranked on one spectrum of engagement). diplomat-2016 argues that
 * Vietnam's displeasure over North Korea's nuclear tests could lead to productive diplomacy: why
 * Pyongyang opposed Hanoi's choices, why North Korea could accept Vietnamese mediation, what
 * Vietnam would gain.
 *
 * Caveats: `description` is our short paraphrase; the quotes are the evidence. `stance`,
 * `supports` and `opposes` are our reading of the article's connectives ("thus", "because",
 * "There are three main reasons for this", "However"); a note says where a link is inferred from
 * the order of the text alone. `engagement` ranks roles and strategies in the order the article
 * gives them "from" the least "to" the most engaged; the article ranks only their ends, so the
 * middle roles keep the article's listing order. Each argument keeps to its own article: no link
 * crosses from one to the other.
 */
import type { ArgumentItem } from '../schema/argument-item';

export type { ArgumentItem } from '../schema/argument-item';
export type { RecordRef } from '../schema/record-ref';
export type { Source } from '../schema/source';
export type { Arena, ArgumentKind, Stance } from '../vocabulary/argument';
export { ARENAS, ARENA_MEANINGS, ARGUMENT_KINDS, ARGUMENT_KIND_MEANINGS, KIND_STANCES, SPECTRUM_KINDS, STANCES, STANCE_MEANINGS } from '../vocabulary/argument';

const ROLES =
  'A ‘third-party’ reconciliatory role could potentially involve anything from providing good offices to taking on mediation, inquiry, conciliation, and arbitration responsibilities[35] before, during, and after a conflict.';
const DEMANDING_ROLES =
  'Many of these responsibilities, such as conciliation and arbitration, require a significant level of engagement and demand more political and financial costs and greater capabilities and experience.';
const APPROACHES =
  'As outlined by Touval and Zartman (1985), there are three general approaches: information strategies, formulation strategies, and manipulation strategies, depending on the level of involvement of the mediator.[36]';
const RANGE_OF_APPROACHES =
  'Mediation itself also has a wide range of approaches, from the lowest level of good offices to actively inducing a certain solution to disputes.';
const OPTIONS =
  'With a moderate mediation role, Vietnam can consider several options such as good offices, shuttle diplomacy, facilitating negotiations, capacity building, and experience sharing with relevant parties.';
const INTERESTS = 'Vietnam’s national interests has three broad dimensions: security, economic development, and prestige.';
const SECURITY_CHALLENGES =
  'More importantly, upholding a rules-based international order is of great importance given Vietnam’s two main security challenges – territorial disputes in the South China Sea and water management issues in the Mekong.';
const MIDDLE_ROLES_NOTE =
  'The article ranks only the ends of the list (“from providing good offices to taking on … arbitration”, and conciliation and arbitration as the most demanding); mediation and inquiry keep the article’s listing order.';

/** What the two articles claim and conclude, linked into an argument map. */
export const argumentItems: readonly ArgumentItem[] = [
  // iseas-2021-6: the thesis and the key findings.
  {
    id: 'iseas-thesis',
    kind: 'thesis',
    label: 'the time is ripe for Vietnam to play a limited mediation role',
    description: 'The time is ripe for a limited mediation role in line with Vietnam’s national interests; the paper ends with recommendations for playing it.',
    stance: 'conclusion',
    supports: ['narrower-focus', 'operational-masterplan', 'boost-peace-reputation'],
    sources: [
      { article: 'iseas-2021-6', quote: 'It argues that the time is ripe for Vietnam to play a limited mediation role in line with the country’s national interests.' },
      { article: 'iseas-2021-6', quote: 'This paper explores Vietnam’s possible role and options in the field of peace and conciliation.' },
      { article: 'iseas-2021-6', quote: 'It concludes with some policy recommendations for Vietnam to play such a role.' },
    ],
  },
  {
    id: 'finding-institutionalised',
    kind: 'finding',
    label: 'a ‘reconciliation/mediation role’ institutionalised in official documents',
    description: 'Vietnam wrote a mediation role for its diplomacy into official documents before its 2020 ASEAN chairmanship and UNSC seat.',
    stance: 'for',
    order: 1,
    supports: ['iseas-thesis'],
    about: ['documents/directive-25-ct-tw', 'timeline/directive-25-issued', 'timeline/asean-chairmanship-2020', 'timeline/unsc-term-2020-2021'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam institutionalised in official documents a ‘reconciliation/mediation role’ for its diplomacy even before taking on the 2020 ASEAN chairmanship and the country’s non-permanent seat on the United Nations Security Council.',
      },
      { article: 'iseas-2021-6', quote: 'Directive 25-CT/TW was issued in preparation for Vietnam’s 2020 ASEAN chairmanship and its non-permanent seat on the UNSC.' },
    ],
  },
  {
    id: 'finding-growing-confidence',
    kind: 'finding',
    label: 'Vietnam’s growing confidence on the regional, if not international stage',
    description: 'The new thrust shows Vietnam’s growing confidence, and Hanoi sees contributing to international peace as in its interest.',
    stance: 'for',
    order: 2,
    supports: ['iseas-thesis'],
    sources: [
      { article: 'iseas-2021-6', quote: 'This new thrust demonstrates Vietnam’s growing confidence on the regional, if not international stage.' },
      { article: 'iseas-2021-6', quote: 'Hanoi recognises that it is in its interest to contribute to international peace and security.' },
      {
        article: 'iseas-2021-6',
        quote: 'While this highlights a sense of responsibility and desire to contribute to international peace and security, it also demonstrates Vietnam’s growing confidence on the regional, if not international stage.',
      },
    ],
  },
  {
    id: 'finding-significant-challenges',
    kind: 'finding',
    label: 'significant challenges to play a role in reconciliation and mediation',
    description: 'As a newcomer, Vietnam needs significant time and resources to build its capacities and reputation.',
    stance: 'against',
    order: 3,
    opposes: ['iseas-thesis'],
    supports: ['finding-lower-key-role'],
    sources: [
      { article: 'iseas-2021-6', quote: 'However, Vietnam has to overcome significant challenges to play a role in reconciliation and mediation.' },
      { article: 'iseas-2021-6', quote: 'As a newcomer to this field, Vietnam will need significant time and resources to build up its capacities and reputation.' },
    ],
    notes: ['That the challenges call for a lower key role is read from the order of the findings and from reason (i) for a narrower focus, which gives the same newcomer argument.'],
  },
  {
    id: 'finding-lower-key-role',
    kind: 'finding',
    label: 'a lower key mediation role',
    description: 'A role that facilitates understanding and dialogue among disputing parties should be Vietnam’s current aim.',
    stance: 'limits',
    order: 4,
    supports: ['iseas-thesis'],
    about: ['argument/narrower-focus', 'argument/information-strategies', 'argument/formulation-strategies'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Undertaking a lower key mediation role that focuses on facilitating understanding and dialogue among disputing parties should be Vietnam’s current aim.',
      },
    ],
  },
  {
    id: 'finding-for-a-start',
    kind: 'finding',
    label: 'for a start',
    description: 'First steps: a mediating role in regional security issues and a larger peacekeeping contribution, to show commitment and build a reputation.',
    stance: 'conclusion',
    order: 5,
    about: ['argument/boost-peace-reputation', 'argument/credible-third-country', 'argument/myanmar-rakhine', 'argument/enhance-pko-participation'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'For a start, the country could seek a mediating role in regional security issues and enhance its peacekeeping contribution to demonstrate its commitment and build up its reputation in the area.',
      },
    ],
  },
  // iseas-2021-6: the introduction.
  {
    id: 'raised-profile',
    kind: 'claim',
    label: 'raised the country’s regional and international profile',
    description: 'Growth, political stability and hosting high-profile events raised Vietnam’s profile.',
    stance: 'for',
    supports: ['expectations-to-contribute'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s rapid\u00a0economic development political stability, and successful hosting of various high-profile international events have raised the country’s regional and international profile.',
      },
    ],
  },
  {
    id: 'expectations-to-contribute',
    kind: 'claim',
    label: 'expectations to contribute more to international peace and security',
    description: 'Vietnam’s raised profile has brought expectations, from inside and outside, that it contribute more.',
    stance: 'for',
    supports: ['iseas-thesis'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'With this new spotlight, however, has come expectations from inside and outside of Vietnam for the country to contribute more to international peace and security. [1]',
        footnote: 1,
      },
    ],
  },
  {
    id: 'stronger-commitment',
    kind: 'claim',
    label: 'stronger commitment to peace and reconciliation',
    description: 'Recent developments in Vietnam’s foreign policy show a stronger commitment to peace and reconciliation.',
    stance: 'for',
    supports: ['iseas-thesis'],
    about: ['organisations/unsc-open-session-un-charter', 'organisations/un-asean-bridge-meeting', 'organisations/unsc-information-briefing-on-asean', 'organisations/un-peacekeeping-training-centre'],
    sources: [
      { article: 'iseas-2021-6', quote: 'Recent developments in Vietnam’s foreign policy demonstrate the country’s stronger commitment to peace and reconciliation:' },
    ],
  },
  {
    id: 'partnership-for-sustainable-peace',
    kind: 'policy',
    label: 'Partnership for Sustainable Peace',
    description: 'The expressed theme of Vietnam’s non-permanent UNSC seat, one of the themes for multilateral forums that concentrate on peace and reconciliation.',
    stance: 'for',
    supports: ['stronger-commitment'],
    about: ['organisations/unsc'],
    sources: [
      { article: 'iseas-2021-6', quote: 'The themes drawn up to guide its engagement in multilateral forums concentrate on peace and reconciliation' },
      {
        article: 'iseas-2021-6',
        quote: 'the expressed theme for Vietnam’s non-permanent seat on the UNSC is “Partnership for Sustainable Peace”, focused on conflict prevention, peace building, post-conflict reconstruction, and on strengthening the role of multilateralism and multilateral institutions in peace and security.[2]',
        footnote: 2,
      },
    ],
  },
  {
    id: 'cohesive-asean',
    kind: 'policy',
    label: 'cohesive ASEAN',
    description: 'A priority of Vietnam’s ASEAN chairmanship: solidarity and unity among members.',
    stance: 'for',
    supports: ['stronger-commitment'],
    about: ['timeline/asean-chairmanship-2020', 'organisations/asean'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'A priority for its ASEAN chairmanship also emphasises a “cohesive ASEAN” gained through fostering solidarity and unity among its members.[3]',
        footnote: 3,
      },
    ],
  },
  {
    id: 'pko-contribution-increased',
    kind: 'contribution',
    label: 'rapidly increased its contribution to UN peacekeeping operations',
    description: 'Vietnam has rapidly increased its contribution to UN peacekeeping.',
    stance: 'for',
    supports: ['stronger-commitment'],
    about: ['pko/officers-sent', 'pko/medical-personnel-sent', 'pko/field-hospitals-sent', 'pko/military-engineers-ready'],
    sources: [{ article: 'iseas-2021-6', quote: 'Vietnam has rapidly increased its contribution to UN peacekeeping operations,[5]', footnote: 5 }],
  },
  {
    id: 'post-conflict-experience-sharing',
    kind: 'contribution',
    label: 'experience in post-conflict reconstruction',
    description: 'Shared at multilateral forums, such as through work with the GICHD on bombs, mines and unexploded ordinances.',
    stance: 'for',
    supports: ['stronger-commitment'],
    about: ['organisations/gichd'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The country has also been willing to share its experience in post-conflict reconstruction, national reconciliation, promoting integration, and sustainable development.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'For instance, Vietnam has actively shared its experience on tackling post-conflict issues at various multilateral forums, such as through its work with the Geneva International Centre for Humanitarian Demining (GICHD), working on topics such as the handling of bombs, mines, and unexploded ordinances.[7]',
        footnote: 7,
      },
    ],
  },
  {
    id: 'women-in-post-conflict-reconstruction',
    kind: 'contribution',
    label: 'the role of women in post-conflict reconstruction',
    description: 'Emphasised by Vietnam as part of efforts to promote UNSC Resolution 1889 (2009).',
    stance: 'for',
    supports: ['stronger-commitment'],
    about: ['documents/unsc-resolution-1889'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It has also emphasised the role of women in post-conflict reconstruction, as a part of efforts to promote the UNSC Resolution 1889 (2009) on Women and Peace and Security.[8]',
        footnote: 8,
      },
    ],
  },
  {
    id: 'shared-lessons-with-korean-partners',
    kind: 'contribution',
    label: 'lessons on reunification, national reconciliation, and reforms',
    description: 'Shared bilaterally with both of Vietnam’s Korean partners.',
    stance: 'for',
    supports: ['stronger-commitment'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Bilaterally, it has shared lessons on reunification, national reconciliation, and reforms with both of its Korean partners.[9]',
        footnote: 9,
      },
    ],
  },
  {
    id: 'reconciliation-diplomacy',
    kind: 'idea',
    label: '‘reconciliation diplomacy’ or ‘mediation diplomacy’',
    description: 'Discussed among intellectuals and the public after Vietnam hosted the second Trump-Kim Summit.',
    stance: 'context',
    about: ['timeline/hanoi-summit-2019'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'These diplomatic efforts, particularly Vietnam’s hosting of the second Trump-Kim Summit in February 2019, have fuelled discussions among intellectuals and general public about a Vietnamese ‘reconciliation diplomacy’ or ‘mediation diplomacy’.',
      },
    ],
  },
  {
    id: 'middle-power-niche-diplomacy',
    kind: 'idea',
    label: '‘niche diplomacy’',
    description: 'One of the two key ideas of the debate: Vietnam’s repositioning as a middle power and the need for a niche diplomacy.',
    stance: 'context',
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
    kind: 'idea',
    label: '‘Asia’s Helsinki’ or a ‘peace bridge’',
    description: 'Vietnam possibly becoming ‘Asia’s Helsinki’ or a ‘peace bridge’, in the discussions about a Vietnamese ‘reconciliation diplomacy’ or ‘mediation diplomacy’.',
    stance: 'context',
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
    id: 'concrete-actions-not-a-slogan',
    kind: 'idea',
    label: 'not just a slogan',
    description: 'A former deputy foreign minister: mediation diplomacy is not impossible for Vietnam, given its history and recent efforts, but needs concrete actions.',
    stance: 'for',
    supports: ['iseas-thesis'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'One former deputy foreign minister remarked: “Although it is still too early to talk about it, but a ‘reconciliation diplomacy’ or ‘mediation diplomacy’ is not impossible for Vietnam if we take into account Vietnam’s history or its recent efforts and contributions to world peace.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'However, what we need is not just a slogan, but we have to initiate concrete actions to implement the objective”.[12]',
        footnote: 12,
      },
    ],
    notes: ['The article does not name the former deputy foreign minister; footnote 12’s source title names Nguyen Phu Binh.'],
  },
  // iseas-2021-6, section (i): a new thrust in foreign policy.
  {
    id: 'new-thrust',
    kind: 'claim',
    label: 'a new thrust in foreign policy',
    description: 'Only recently has Vietnam put greater emphasis on proactively contributing to international peace and security.',
    stance: 'for',
    supports: ['finding-growing-confidence'],
    sources: [
      { article: 'iseas-2021-6', quote: 'A new thrust in foreign policy' },
      {
        article: 'iseas-2021-6',
        quote: 'However, it was only recently that Vietnam placed greater emphasis on the goal of proactive contribution to international peace and security.',
      },
    ],
  },
  {
    id: 'foreign-policy-goal',
    kind: 'policy',
    label: 'a friend and reliable partner of all countries',
    description: 'Vietnam’s long-declared foreign policy goal, which the new thrust goes beyond.',
    stance: 'context',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam has long declared a foreign policy goal of “willing to become a friend and reliable partner of all countries in the world community, striving for peace, independence and development”.[13]',
        footnote: 13,
      },
    ],
  },
  {
    id: 'leading-or-mediatory-role',
    kind: 'policy',
    label: 'a “leading or mediatory role”',
    description: 'Directive 25 asks Vietnam to move from attending to actively contributing in multilateral institutions, and to play a leading or mediatory role where it matters strategically.',
    stance: 'for',
    supports: ['finding-institutionalised'],
    about: ['documents/directive-25-ct-tw'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'stated that the country would need to shift from merely “attending” to “actively participating” and “actively contributing” to multilateral institutions, accelerating efforts to play a “leading or mediatory role in multilateral organizations and forums having strategic importance to the country”[14]',
        footnote: 14,
      },
    ],
  },
  {
    id: 'gradually-promote-mediation',
    kind: 'policy',
    label: 'gradually promote the role of mediation',
    description: 'Vietnamese leaders stated Vietnam should gradually promote mediation in regional and global issues.',
    stance: 'for',
    supports: ['new-thrust'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'and stated that Vietnam should gradually promote the role of mediation in regional and global issues.[17]',
        footnote: 17,
      },
    ],
  },
  {
    id: 'hoa-giai',
    kind: 'term',
    label: 'hoa giai',
    description: 'Vietnamese for reconciliation or mediation; implies a third party, and is common practice in Vietnamese culture.',
    stance: 'context',
    about: ['documents/encyclopaedic-dictionary-of-vietnam'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnamese leaders have repeatedly used the phrase “hoa giai” (translated as either reconciliation or mediation in English) in their public speeches,[16]',
        footnote: 16,
      },
      { article: 'iseas-2021-6', quote: '“Hoa giai” in the Vietnamese language implies the involvement of a third party.' },
      {
        article: 'iseas-2021-6',
        quote: '“Hoa giai” is a common practice in Vietnamese culture, where bringing disputes to legal authorities is not a preferred option.',
      },
    ],
  },
  {
    id: 'willing-third-party',
    kind: 'claim',
    label: 'willing to take on the role of a third party',
    description: 'Officially, “hoa giai” signals that Vietnam is willing to act as a third party, preferably under a multilateral framework.',
    stance: 'for',
    supports: ['new-thrust'],
    about: ['argument/hoa-giai'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Officially, Vietnam uses the word “hoa giai” to indicate that the country is willing to take on the role of a third party, such as in mediating international disputes and conflicts, though preferably under a multilateral framework.',
      },
    ],
  },
  {
    id: 'directive-25-milestone',
    kind: 'claim',
    label: '“an important milestone in foreign policy thinking”',
    description: 'Directive 25 has long-lasting implications: for the first time, mediation diplomacy has been institutionalised.',
    stance: 'for',
    supports: ['finding-institutionalised'],
    about: ['documents/directive-25-ct-tw', 'people/pham-binh-minh'],
    sources: [
      { article: 'iseas-2021-6', quote: 'This directive, however, has long-lasting and significant implications for Vietnam’s foreign policy.' },
      {
        article: 'iseas-2021-6',
        quote: 'It signals, as Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh puts it, “an important milestone in foreign policy thinking”.[19]',
        footnote: 19,
      },
      { article: 'iseas-2021-6', quote: 'It is remarkable that, for the first time, mediation diplomacy has been institutionalised.' },
    ],
  },
  {
    id: 'confidence-from-trust',
    kind: 'claim',
    label: 'an increased degree of trust and encouragement',
    description: 'Why the confidence: Vietnam perceives more trust and encouragement from the international community.',
    stance: 'for',
    supports: ['finding-growing-confidence'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam draws this growing confidence from what it perceives as an increased degree of trust and encouragement from the international community.',
      },
    ],
  },
  {
    id: 'institutionalised-confidence',
    kind: 'claim',
    label: 'an institutionalisation of Vietnam’s newfound confidence',
    description: 'Directive 25 institutionalises Vietnam’s newfound confidence and willingness to take on a bigger role.',
    stance: 'for',
    supports: ['finding-institutionalised', 'finding-growing-confidence'],
    about: ['documents/directive-25-ct-tw'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Directive 25-CT/TW, thus, can be seen as an institutionalisation of Vietnam’s newfound confidence and willingness to take on a bigger role in international affairs.',
      },
    ],
  },
  // iseas-2021-6, section (ii): Vietnam's capabilities and advantages.
  {
    id: 'capabilities-and-advantages',
    kind: 'claim',
    label: 'Vietnam’s capabilities and advantages',
    description: 'Vietnam has the capabilities and advantages for a mediation role: traditions, prestige, organisational capability and domestic support.',
    stance: 'for',
    supports: ['iseas-thesis'],
    sources: [{ article: 'iseas-2021-6', quote: 'Vietnam’s capabilities and advantages' }],
  },
  {
    id: 'advantage-cultural-historical-traditions',
    kind: 'asset',
    label: 'Vietnamese cultural and historical traditions',
    description: 'Mediation resonates with a history of reconciling with former enemies after conflicts.',
    stance: 'for',
    order: 1,
    supports: ['capabilities-and-advantages'],
    about: ['timeline/nguyen-trai-prisoners', 'timeline/king-tran-nhan-tong', 'timeline/tran-nhan-tong-ceasefire', 'former-foes/france', 'former-foes/united-states', 'former-foes/china', 'timeline/nguyen-cao-ky-return-2004'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Mediation resonates with Vietnamese cultural and historical traditions: It could be argued that reconciliation diplomacy is not simply a new direction but harks back to Vietnam’s history of reconciling with former enemies after conflicts.',
      },
    ],
  },
  {
    id: 'national-reconciliation-overseas-vietnamese',
    kind: 'contribution',
    label: 'national reconciliation',
    description: 'New political and legal frameworks for the return and participation of overseas Vietnamese, and outreach to overseas Vietnamese communities in the United States.',
    stance: 'for',
    supports: ['advantage-cultural-historical-traditions'],
    about: ['organisations/economic-advisory-group', 'timeline/nguyen-cao-ky-return-2004'],
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
    id: 'advantage-international-prestige',
    kind: 'asset',
    label: 'improved international prestige',
    description: 'A proactive foreign policy through an expanding diplomatic network.',
    stance: 'for',
    order: 2,
    supports: ['capabilities-and-advantages'],
    about: ['partnerships/lowy-rank-world', 'partnerships/lowy-rank-asia', 'partnerships/diplomatic-relations', 'partnerships/comprehensive-strategic-partnerships', 'partnerships/strategic-partnerships', 'partnerships/comprehensive-partnerships'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s improved international prestige: Vietnam has been pursuing a proactive foreign policy through its expanding diplomatic network',
        footnote: 25,
      },
    ],
  },
  {
    id: 'traditional-friends',
    kind: 'policy',
    label: '“traditional friends”',
    description: 'Ties Vietnam’s foreign policy emphasises; many of these friends are in disputes that might need support for reconciliation.',
    stance: 'for',
    supports: ['advantage-international-prestige'],
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
    kind: 'claim',
    label: 'reform and ‘opening-up’',
    description: 'Vietnam’s development model and reform experience could inspire others.',
    stance: 'for',
    supports: ['advantage-international-prestige'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s economic development model as well as its experience with reform and ‘opening-up’ could be a source of inspiration for others.[27]',
        footnote: 27,
      },
    ],
  },
  {
    id: 'advantage-organisational-capability',
    kind: 'asset',
    label: 'organisational capability and confidence in its diplomacy',
    description: 'Experience from multilateral roles and from hosting big international events, such as the second Trump-Kim Summit, has boosted Vietnam’s confidence.',
    stance: 'for',
    order: 3,
    supports: ['capabilities-and-advantages', 'finding-growing-confidence'],
    about: ['timeline/hanoi-summit-2019', 'bibliography/fn-29'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Organisational capability and confidence in its diplomacy: The experience gained from its roles at important multilateral institutions and from hosting big international events has boosted Vietnam’s confidence in its diplomacy.',
      },
    ],
  },
  {
    id: 'advantage-domestic-support',
    kind: 'asset',
    label: 'strong domestic support',
    description: 'Gratitude for the international community’s support during wars, reconstruction and development; the people supported and were proud of the summit despite its costs.',
    stance: 'for',
    order: 4,
    supports: ['capabilities-and-advantages'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Strong domestic support: Among the Vietnamese people, there is a strong sense of gratitude and desire to contribute to international peace, in acknowledgement of the international community’s support for Vietnam during its wars, post-war reconstruction, and modern development.[30]',
        footnote: 30,
      },
      {
        article: 'iseas-2021-6',
        quote: 'Despite the significant amount of financial and human resources spent on the event, as well as the inconvenience and disruption it brought to daily life, the Vietnamese people are supportive and proud to have played such a role in the US-DPRK negotiations.',
      },
    ],
  },
  {
    id: 'willing-to-mediate-us-dprk',
    kind: 'claim',
    label: 'willing to mediate peace between the United States and DPRK',
    description: 'Having counted on third-party mediators in 1954 and 1973, Vietnam is willing to mediate for the region and the world.',
    stance: 'for',
    supports: ['advantage-domestic-support'],
    arena: 'korean-peninsula',
    about: ['timeline/geneva-negotiations-1954', 'timeline/paris-negotiations-1973', 'timeline/hanoi-summit-2019'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'As stated in a news briefing, the second US-DPRK Summit held in Vietnam is particularly meaningful as Vietnam, during its past wars, had counted on the support of international third-party mediators in the Geneva and Paris negotiations in 1954 and 1973 respectively.[31]',
        footnote: 31,
      },
      {
        article: 'iseas-2021-6',
        quote: 'Today, Vietnam is thus willing to mediate peace between the United States and DPRK, for the region and the world.[32]',
        footnote: 32,
      },
    ],
  },
  {
    id: 'fighting-and-negotiation',
    kind: 'precedent',
    label: '“fighting and negotiation”',
    description: 'The Geneva and Paris processes mattered because of the power imbalance: a complete military victory was too costly, so Vietnam combined fighting and negotiation.',
    stance: 'context',
    supports: ['willing-to-mediate-us-dprk'],
    about: ['timeline/geneva-negotiations-1954', 'timeline/paris-negotiations-1973'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'These diplomatic processes are considered consequential in Vietnam’s struggle for its independence in view of the power imbalances between Vietnam and its much stronger adversaries.',
        footnote: 31,
      },
      {
        article: 'iseas-2021-6',
        quote: 'As a complete military victory was too costly, and even impossible, the then Vietnamese strategy was to combine “fighting and negotiation”.',
        footnote: 31,
      },
    ],
  },
  // iseas-2021-6, section (iii): it serves Vietnam's interests.
  {
    id: 'mediation-serves-interests',
    kind: 'claim',
    label: 'It serves Vietnam’s interests',
    description: 'A mediation role supports all three dimensions of Vietnam’s national interests.',
    stance: 'for',
    supports: ['iseas-thesis'],
    sources: [
      { article: 'iseas-2021-6', quote: 'It serves Vietnam’s interests' },
      { article: 'iseas-2021-6', quote: 'A mediation role supports Vietnam’s national interests in all three dimensions.' },
    ],
  },
  {
    id: 'interest-security',
    kind: 'interest',
    label: 'security',
    description: 'A peaceful and stable external environment, which managing regional disputes directly complements.',
    stance: 'for',
    order: 1,
    supports: ['mediation-serves-interests'],
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      {
        article: 'iseas-2021-6',
        quote: 'In terms ofsecurity,maintaining a peaceful and stable external environment is one of the most important goals of Vietnam’s foreign policy.[33]',
        footnote: 33,
      },
      { article: 'iseas-2021-6', quote: 'Contributing to efforts to manage disputes in the region directly complements this goal.' },
    ],
  },
  {
    id: 'rules-based-order',
    kind: 'claim',
    label: 'upholding a rules-based international order',
    description: 'By mediating, Vietnam promotes peaceful settlement and signals its rejection of unilateral and violent acts, which matters given its two main security challenges.',
    stance: 'for',
    supports: ['interest-security'],
    sources: [
      { article: 'iseas-2021-6', quote: SECURITY_CHALLENGES },
      {
        article: 'iseas-2021-6',
        quote: 'By playing a mediating role, Vietnam reinforces and promotes the norms of peaceful settlement of disputes and conflicts, while signalling its rejection of unilateral and violent acts which contravene international law.',
      },
    ],
  },
  {
    id: 'south-china-sea-disputes',
    kind: 'security-challenge',
    label: 'territorial disputes in the South China Sea',
    description: 'One of Vietnam’s two main security challenges.',
    stance: 'context',
    order: 1,
    supports: ['rules-based-order'],
    sources: [{ article: 'iseas-2021-6', quote: SECURITY_CHALLENGES }],
  },
  {
    id: 'mekong-water-management',
    kind: 'security-challenge',
    label: 'water management issues in the Mekong',
    description: 'One of Vietnam’s two main security challenges.',
    stance: 'context',
    order: 2,
    supports: ['rules-based-order'],
    sources: [{ article: 'iseas-2021-6', quote: SECURITY_CHALLENGES }],
  },
  {
    id: 'own-conflict-management-capacities',
    kind: 'claim',
    label: 'its own conflict management and resolution capacities',
    description: 'A mediating role would also build Vietnam’s own capacities to manage and resolve conflicts.',
    stance: 'for',
    supports: ['interest-security'],
    sources: [{ article: 'iseas-2021-6', quote: 'Such a role would also help Vietnam enhance its own conflict management and resolution capacities.' }],
  },
  {
    id: 'interest-economic-development',
    kind: 'interest',
    label: 'economic development',
    description: 'Managing disputes protects Vietnam’s economy, which a Korean conflict would hit among the hardest.',
    stance: 'for',
    order: 2,
    supports: ['mediation-serves-interests'],
    about: ['documents/moody-report', 'economy/intermediate-goods-from-south-korea', 'economy/exports-to-south-korea-share-of-gdp'],
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      { article: 'iseas-2021-6', quote: 'Playing an active role in managing international disputes also serves Vietnam’s economicinterests.' },
      {
        article: 'iseas-2021-6',
        quote: 'if tensions on the Korean Peninsula continue to escalate and lead to conflict, other than the parties directly involved (North Korea, South Korea, and the United States), Vietnam and Japan would be the most badly hit.',
      },
    ],
  },
  {
    id: 'interest-prestige',
    kind: 'interest',
    label: 'prestige',
    description: 'A mediating role improves Vietnam’s image and reputation, with concrete benefits: tourism, business, more desirable products, soft power.',
    stance: 'for',
    order: 3,
    supports: ['mediation-serves-interests'],
    sources: [
      { article: 'iseas-2021-6', quote: INTERESTS },
      {
        article: 'iseas-2021-6',
        quote: 'Last but not least, a mediating role will improve Vietnam’s image and reputation, which in turn, will translate into many concrete benefits.',
      },
      { article: 'iseas-2021-6', quote: 'Vietnam would for instance become increasingly attractive as a tourist destination and business environment.' },
      { article: 'iseas-2021-6', quote: 'Its national products would become more desirable, and the country could even experience an increase in its soft power.' },
    ],
  },
  // iseas-2021-6: the spectrum of third-party roles and mediation strategies.
  {
    id: 'practical-policies',
    kind: 'claim',
    label: 'a clear conceptualisation and a feasible operational strategy',
    description: 'The general guideline must become practical policies within Vietnam’s comfort level, capacities and resources, which needs a clear concept and a feasible strategy.',
    stance: 'limits',
    supports: ['narrower-focus', 'operational-masterplan', 'boost-peace-reputation'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The current challenge for Vietnam is to translate a very general official guideline into practical policies which address geopolitical realities, while being in step with the country’s comfort level, capacities, and resources.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'If Vietnam is to take on such a ‘reconciliatory role’, it will need to develop a clear conceptualisation and a feasible operational strategy.',
      },
    ],
  },
  {
    id: 'good-offices',
    kind: 'role',
    label: 'good offices',
    description: 'The least engaged third-party role, and the lowest level of mediation’s approaches.',
    stance: 'context',
    engagement: 1,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      { article: 'iseas-2021-6', quote: RANGE_OF_APPROACHES },
    ],
  },
  {
    id: 'mediation',
    kind: 'role',
    label: 'mediation',
    description: 'A third-party responsibility beyond good offices; itself a wide range of approaches.',
    stance: 'context',
    engagement: 2,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      { article: 'iseas-2021-6', quote: RANGE_OF_APPROACHES },
    ],
    notes: [MIDDLE_ROLES_NOTE],
  },
  {
    id: 'inquiry',
    kind: 'role',
    label: 'inquiry',
    description: 'A third-party responsibility beyond good offices.',
    stance: 'context',
    engagement: 3,
    sources: [{ article: 'iseas-2021-6', quote: ROLES, footnote: 35 }],
    notes: [MIDDLE_ROLES_NOTE],
  },
  {
    id: 'conciliation',
    kind: 'role',
    label: 'conciliation',
    description: 'A third-party responsibility demanding significant engagement, costs, capabilities and experience.',
    stance: 'context',
    engagement: 4,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      { article: 'iseas-2021-6', quote: DEMANDING_ROLES },
    ],
    notes: [MIDDLE_ROLES_NOTE],
  },
  {
    id: 'arbitration',
    kind: 'role',
    label: 'arbitration',
    description: 'The most engaged third-party role the article lists, demanding significant engagement, costs, capabilities and experience.',
    stance: 'context',
    engagement: 5,
    sources: [
      { article: 'iseas-2021-6', quote: ROLES, footnote: 35 },
      { article: 'iseas-2021-6', quote: DEMANDING_ROLES },
    ],
  },
  {
    id: 'information-strategies',
    kind: 'strategy',
    label: 'information strategies',
    description: 'The mediator facilitates information, laying the groundwork for further progress; the first of the two approaches the article says Vietnam should start with.',
    stance: 'context',
    engagement: 1,
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
    kind: 'strategy',
    label: 'formulation strategies',
    description: 'The mediator facilitates actual negotiations by providing a meeting place and moderating discussions; the second of the two approaches the article says Vietnam should start with.',
    stance: 'context',
    engagement: 2,
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
    kind: 'strategy',
    label: 'manipulation strategies',
    description: 'The mediator actively engages the parties and shapes the negotiations; Vietnam’s own experience discourages it.',
    stance: 'context',
    engagement: 3,
    sources: [
      { article: 'iseas-2021-6', quote: APPROACHES, footnote: 36 },
      { article: 'iseas-2021-6', quote: 'Manipulative strategies: a mediator actively engages the parties and shapes the negotiations.', footnote: 36 },
      { article: 'iseas-2021-6', quote: RANGE_OF_APPROACHES },
    ],
    notes: ['The body says "manipulation strategies", footnote 36 "Manipulative strategies". That the highest level of mediation’s range (“actively inducing a certain solution”) is this strategy is our reading.'],
  },
  // iseas-2021-6: firstly, a narrower focus, and its three reasons.
  {
    id: 'narrower-focus',
    kind: 'recommendation',
    label: 'a modest mediation role',
    description: 'Firstly: start with a narrower focus, the first and second approaches (information and formulation strategies).',
    stance: 'conclusion',
    order: 1,
    supports: ['option-good-offices', 'option-shuttle-diplomacy', 'option-facilitating-negotiations', 'option-capacity-building', 'option-experience-sharing', 'multilateral-and-bilateral-approaches'],
    about: ['argument/information-strategies', 'argument/formulation-strategies'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Firstly, it should start with a narrower focus – a modest mediation role or the first and second approaches listed above.',
      },
    ],
  },
  {
    id: 'reason-newcomer',
    kind: 'reason',
    label: 'a ‘newly reborn kid on the block’',
    description: 'Despite a long tradition of peace diplomacy, Vietnam is new to a professional field, in a competitive environment of more mediators.',
    stance: 'limits',
    order: 1,
    supports: ['narrower-focus'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Despite having a long tradition of peace diplomacy, Vietnam is still a ‘newly reborn kid on the block’ in a professional field that requires specialised expertise, experience, practical guidance, as well as considerable political, financial, and administrative support.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'The challenge is greater when it has to operate in an increasingly competitive environment, where the number of third-party facilitators and mediators (at local, national, regional, and international levels) has significantly increased in the last decade;[37]',
        footnote: 37,
      },
    ],
  },
  {
    id: 'reason-foreign-policy-principles',
    kind: 'reason',
    label: 'respect for sovereignty, self-determination, and non-interference',
    description: 'The fundamental principles of Vietnamese foreign policy limit its engagement; the Geneva Conference experience discourages a manipulative approach.',
    stance: 'limits',
    order: 2,
    supports: ['narrower-focus'],
    about: ['argument/manipulation-strategies', 'documents/geneva-accords', 'timeline/geneva-negotiations-1954'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The fundamental principles of Vietnamese foreign policy, including a respect for sovereignty, self-determination, and non-interference, will limit the extent of its engagement.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam’s own experience with mediation also discourages the country from a manipulative approach – during the Geneva Conference negotiations, its own interests were negatively affected by the calculations of bigger powers;[38]',
        footnote: 38,
      },
    ],
  },
  {
    id: 'reason-neutrality',
    kind: 'reason',
    label: 'neutrality',
    description: 'Close relationships with all parties are an advantage but require Vietnam to firmly uphold its neutrality.',
    stance: 'limits',
    order: 3,
    supports: ['narrower-focus'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'While Vietnam’s close relationships with all parties, particularly the disputing parties, is an advantage; this also requires the country to firmly uphold its neutrality.',
      },
    ],
  },
  ...(
    [
      ['option-good-offices', 'good offices', 1, ['argument/good-offices']],
      ['option-shuttle-diplomacy', 'shuttle diplomacy', 2, undefined],
      ['option-facilitating-negotiations', 'facilitating negotiations', 3, undefined],
      ['option-capacity-building', 'capacity building', 4, undefined],
      ['option-experience-sharing', 'experience sharing with relevant parties', 5, undefined],
    ] as const
  ).map(
    ([id, label, order, about]): ArgumentItem => ({
      id,
      kind: 'option',
      label,
      description: 'An option the article says Vietnam can consider with a moderate mediation role.',
      stance: 'conclusion',
      order,
      ...(about === undefined ? {} : { about: [...about] }),
      sources: [{ article: 'iseas-2021-6', quote: OPTIONS }],
    }),
  ),
  {
    id: 'multilateral-and-bilateral-approaches',
    kind: 'recommendation',
    label: 'both multilateral and bilateral approaches',
    description: 'Directive 25 advocates a multilateral setting, but Vietnam will have to explore both, as mediation is long and high-profile posts are not permanent.',
    stance: 'conclusion',
    about: ['documents/directive-25-ct-tw'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Directive 25 advocates a mediatory role in a multilateral setting; however, as mediation is often a very long process and Vietnam will not always be able to hold high-profile posts at multilateral forums, it will have to explore both multilateral and bilateral approaches.',
      },
    ],
  },
  // iseas-2021-6: secondly, overcome the challenges.
  {
    id: 'operational-masterplan',
    kind: 'recommendation',
    label: 'an operational masterplan',
    description: 'Secondly: overcome several significant challenges with a masterplan for domestic consensus, institutions, resources and capacities.',
    stance: 'conclusion',
    order: 2,
    sources: [
      { article: 'iseas-2021-6', quote: 'Secondly, Vietnam will have to overcome several significant challenges.' },
      {
        article: 'iseas-2021-6',
        quote: 'An operational masterplan needs to be designed to build domestic consensus and political will, lay the institutional foundations, mobilise financial and human resources, and build the necessary capacities',
      },
    ],
  },
  {
    id: 'challenge-competencies',
    kind: 'challenge',
    label: 'the right set of competencies',
    description: 'Individual and institutional competencies; institutional capacity matters more given the rotational diplomatic system.',
    stance: 'against',
    order: 1,
    supports: ['finding-significant-challenges', 'operational-masterplan', 'reach-out-to-partners'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Peace making and mediation in particular require the right set of competencies – both at the level of individuals and institutions.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'While pooling a few eminent individual peace-makers is important, it is more vital to build institutional capacity and an organizational culture that enables a well-coordinated engagement and allows sustainability given the rotational nature of the country’s diplomatic system.',
      },
    ],
  },
  {
    id: 'challenge-relationships',
    kind: 'challenge',
    label: 'managing relationships with other actors',
    description: 'With civil society, the academia and foreign actors.',
    stance: 'against',
    order: 2,
    supports: ['finding-significant-challenges', 'operational-masterplan', 'reach-out-to-partners'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: '(ii) Managing relationships with other actors including civil society, the academia, and foreign actors is also a challenge.',
      },
    ],
  },
  {
    id: 'challenge-economic-resources',
    kind: 'challenge',
    label: 'economic resources',
    description: 'Funding confidence-building, shuttle diplomacy or peace agreements, against Vietnam’s plan to streamline and downsize public spending.',
    stance: 'against',
    order: 3,
    supports: ['finding-significant-challenges', 'operational-masterplan', 'reach-out-to-partners'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: '(iii) Economic resources provide important leverage to peace-making when the mediator might have to fund confidence-building activities, shuttle diplomacy, or back the implementation of peace agreements.',
      },
      {
        article: 'iseas-2021-6',
        quote: 'This could be a big challenge given Vietnam’s plan to streamline and downsize its public spending.[39]',
        footnote: 39,
      },
    ],
  },
  {
    id: 'reach-out-to-partners',
    kind: 'recommendation',
    label: 'reach out to relevant partners and experienced mediators',
    description: 'To overcome the challenges, seek assistance from partners and experienced mediators and build cooperative partnerships.',
    stance: 'conclusion',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'To overcome the above challenges, Vietnam will need to reach out to relevant partners and experienced mediators for assistance and build cooperative partnerships.',
      },
    ],
  },
  // iseas-2021-6: thirdly, a peace reputation and a regional role, starting with the Korean Peninsula.
  {
    id: 'boost-peace-reputation',
    kind: 'recommendation',
    label: 'boost its peace reputation',
    description: 'Thirdly: boost its peace reputation and offer an appropriate role in regional issues.',
    stance: 'conclusion',
    order: 3,
    supports: ['credible-third-country', 'humanitarian-assistance-and-exchanges', 'myanmar-rakhine', 'enhance-pko-participation', 'pko-mediation-role'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Thirdly, Vietnam should aim to boost its peace reputation and offer to undertake an appropriate role in regional issues.',
      },
    ],
    notes: ['That the Korean, Myanmar and peacekeeping recommendations spell out this “appropriate role in regional issues” is read from their place in the text, under “Thirdly”.'],
  },
  {
    id: 'hanoi-summit-capability',
    kind: 'claim',
    label: 'capability in hosting high-profile events',
    description: 'The Hanoi summit showed Vietnam can host high-profile events, and both parties were pleased.',
    stance: 'for',
    supports: ['facilitator-for-korea'],
    arena: 'korean-peninsula',
    about: ['timeline/hanoi-summit-2019'],
    sources: [
      { article: 'iseas-2021-6', quote: 'The second Trump-Kim Summit in Hanoi demonstrated Vietnam’s capability in hosting high-profile events.' },
      { article: 'iseas-2021-6', quote: 'Both the parties were also pleased with Vietnam’s efforts.' },
    ],
  },
  {
    id: 'korea-crowded-field',
    kind: 'claim',
    label: 'many players involved in mediating efforts on the Korean issue',
    description: 'Many others already mediate on Korea, and Trump and Kim have their own direct channels.',
    stance: 'against',
    opposes: ['facilitator-for-korea'],
    arena: 'korean-peninsula',
    about: ['people/trump', 'people/kim'],
    sources: [
      { article: 'iseas-2021-6', quote: 'There have already been many players involved in mediating efforts on the Korean issue.' },
      { article: 'iseas-2021-6', quote: 'Trump and Kim also have their own direct channels.' },
    ],
  },
  {
    id: 'facilitator-for-korea',
    kind: 'claim',
    label: 'an effective facilitator for conversation',
    description: 'Even so, Vietnam is uniquely placed to facilitate conversation between the United States and the DPRK, with a non-hostile, neutral profile.',
    stance: 'for',
    supports: ['credible-third-country'],
    arena: 'korean-peninsula',
    sources: [
      { article: 'iseas-2021-6', quote: 'However, Vietnam is uniquely placed to be an effective facilitator for conversation.' },
      { article: 'iseas-2021-6', quote: 'Vietnam has a non-hostile and neutral profile, with no geopolitical motives.' },
    ],
  },
  {
    id: 'dprk-sensitive-to-influence',
    kind: 'claim',
    label: 'very sensitive to any perceived influence from a third party',
    description: 'The DPRK is very sensitive to perceived third-party influence: its chief negotiator once criticised Sweden as a “backseat driver” in nuclear talks.',
    stance: 'for',
    supports: ['facilitator-for-korea'],
    arena: 'korean-peninsula',
    about: ['people/kim-myong-gil'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'The DPRK is very sensitive to any perceived influence from a third party – North Korea’s chief negotiator Kim Myong Gil, for instance, once criticised Sweden for acting like a “backseat driver” when mediating nuclear negotiations.[40]',
        footnote: 40,
      },
    ],
  },
  {
    id: 'dprk-trust-in-vietnam',
    kind: 'claim',
    label: 'a relatively high level of trust in Vietnam',
    description: 'The DPRK trusts Vietnam and is comfortable learning from its reforms and its relations with both the United States and China.',
    stance: 'for',
    supports: ['facilitator-for-korea'],
    arena: 'korean-peninsula',
    about: ['timeline/kim-official-friendship-visit-2019', 'timeline/dprk-delegation-field-trips-2019'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Moreover, as the DPRK has a relatively high level of trust in Vietnam, its leadership is comfortable learning from Vietnam’s experience in economic development and reform, as well as Hanoi’s ability to maintain good relationships with both the United States and China.[41]',
        footnote: 41,
      },
    ],
  },
  {
    id: 'us-dprk-bargaining',
    kind: 'claim',
    label: 'do not wish to appear weak',
    description: 'Neither the United States nor North Korea wants to lose bargaining power, so a credible third country is an alternative.',
    stance: 'for',
    supports: ['credible-third-country'],
    arena: 'korean-peninsula',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Presently, the United States and North Korea do not wish to appear weak and lose their bargaining power in their ongoing tug-of-war.',
      },
    ],
  },
  {
    id: 'credible-third-country',
    kind: 'recommendation',
    label: 'a credible third country',
    description: 'The United States and North Korea could approach a credible third country; Vietnam could facilitate an agreement on near-term objectives (reducing tensions, diffusing crises).',
    stance: 'conclusion',
    arena: 'korean-peninsula',
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
  {
    id: 'humanitarian-assistance-and-exchanges',
    kind: 'recommendation',
    label: 'humanitarian assistance',
    description: 'Further promote humanitarian assistance to mitigate food shortages and natural disasters, and exchanges of students, academics and officials.',
    stance: 'conclusion',
    arena: 'korean-peninsula',
    about: ['aid/rice-1995', 'aid/rice-1997', 'aid/rice-2000-2012', 'aid/material-rubber-2000-2012', 'aid/emergency-aid-2000-2012', 'aid/flood-relief-2016'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam should also further promote humanitarian assistance to mitigate food shortages and natural disasters,[44] and encourage the exchange of students, academics, and officials, especially on issues related to economic planning and transition.',
        footnote: 44,
      },
    ],
  },
  // iseas-2021-6: within the region, Myanmar.
  {
    id: 'myanmar-rakhine',
    kind: 'recommendation',
    label: 'repatriation of refugees in Myanmar’s Rakhine state',
    description: 'Support ASEAN, the UN and relevant parties in dialogue and in the safe and dignified repatriation of refugees; strengthen the ASEAN consensus, facilitate technical dialogue, share repatriation experience.',
    stance: 'conclusion',
    arena: 'myanmar',
    about: ['organisations/asean', 'organisations/united-nations'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Within the region, Vietnam should support ASEAN, the UN and relevant parties in promoting dialogue towards long-term solutions to conflicts and facilitating the safe and dignified repatriation of refugees in Myanmar’s Rakhine state.[45]',
        footnote: 45,
      },
      {
        article: 'iseas-2021-6',
        quote: 'More specifically, Vietnam could continue to strengthen the ASEAN consensus on a regional approach and the association’s crucial role in helping Myanmar reach a solution; facilitate dialogue between relevant parties on technical issues such as illegal migration, human trafficking, refugee repatriation;',
      },
      {
        article: 'iseas-2021-6',
        quote: 'and share its experience in working with relevant partners on refugee repatriation,[46] rehabilitation, and reconciliation.',
        footnote: 46,
      },
    ],
  },
  // iseas-2021-6: last but not least, peacekeeping.
  {
    id: 'enhance-pko-participation',
    kind: 'recommendation',
    label: 'enhance its PKO participation',
    description: 'In quantity and quality, expanding PKO functions to policing and enhancing women’s representation.',
    stance: 'conclusion',
    arena: 'un-peacekeeping',
    about: ['pko/female-officer-share', 'pko/officers-sent-october-2020'],
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Last but not least, Vietnam should further enhance its PKO participation in both quantity and quality, particularly expanding its PKO functions to include policing and enhancing women’s representation.',
      },
    ],
  },
  {
    id: 'pko-lasting-impact',
    kind: 'claim',
    label: 'lasting and positive impact on the ground',
    description: 'Policing and women’s representation promote community outreach and confidence-building.',
    stance: 'for',
    supports: ['enhance-pko-participation'],
    arena: 'un-peacekeeping',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'These measures will promote effective community outreach and confidence-building, leading to lasting and positive impact on the ground.',
      },
    ],
  },
  {
    id: 'pko-women-record',
    kind: 'claim',
    label: 'performed pretty well in promoting the role of women',
    description: 'Vietnam’s record on women in peacekeeping, above the UN average.',
    stance: 'for',
    supports: ['enhance-pko-participation'],
    arena: 'un-peacekeeping',
    about: ['pko/female-officers-sent', 'pko/female-officer-share', 'pko/un-average-military-contingents', 'pko/un-average-formed-police-units'],
    sources: [{ article: 'iseas-2021-6', quote: 'In fact, Vietnam has performed pretty well in promoting the role of women.[47]', footnote: 47 }],
  },
  {
    id: 'women-peacekeepers-other-roles',
    kind: 'contribution',
    label: 'roles beyond assigned duties',
    description: 'Vietnam’s women peacekeepers teach children, share farming experience and encourage women’s and girls’ political participation.',
    stance: 'for',
    supports: ['pko-women-record'],
    arena: 'un-peacekeeping',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Beyond their assigned duties, they actively take on other roles such as teaching children, sharing farming experience with the local people, and encouraging the participation of women and girls in political processes.[48]',
        footnote: 48,
      },
    ],
  },
  {
    id: 'pko-mediation-role',
    kind: 'recommendation',
    label: 'a mediation role involving its PKO missions',
    description: 'Share its experience of national reconciliation and post-conflict reconstruction, and possibly explore a mediation role through its PKO missions at a proper time.',
    stance: 'conclusion',
    arena: 'un-peacekeeping',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Vietnam should also share its own successful experiences on national reconciliation and sustainable post-conflict reconstruction, and possibly explore a mediation role involving its PKO missions at a proper time.',
      },
    ],
  },
  // diplomat-2016: the thesis and why Vietnam turned against North Korea.
  {
    id: 'diplomat-thesis',
    kind: 'thesis',
    label: 'could lead to productive diplomacy',
    description: 'Vietnam’s displeasure over North Korea’s nuclear tests could lead to productive diplomacy, with Hanoi as a possible mediator between the United States and North Korea.',
    stance: 'conclusion',
    sources: [{ article: 'diplomat-2016', quote: 'Vietnam’s displeasure over North Korea’s nuclear tests could lead to productive diplomacy.' }],
  },
  {
    id: 'support-surprised-observers',
    kind: 'claim',
    label: 'surprised some observers',
    description: 'Vietnam’s support for the US position on the DPRK surprised observers, given Hanoi’s partnership with North Korea.',
    stance: 'context',
    about: ['timeline/us-statement-2016-05-23'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government’s emphatic support for America’s position on the DPRK surprised some observers, as Hanoi retains a long-standing strategic partnership with North Korea.',
      },
    ],
  },
  {
    id: 'diplomat-finding-strains',
    kind: 'finding',
    label: 'the product of long-standing strains',
    description: 'Vietnam’s opposition to North Korean belligerence is no surprise: it is the culmination of tensions brewing for decades.',
    stance: 'for',
    order: 1,
    supports: ['vietnam-as-us-dprk-mediator'],
    opposes: ['support-surprised-observers'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s unexpectedly strident opposition to North Korean belligerence is the product of long-standing strains in the Hanoi-Pyongyang relationship.',
      },
      {
        article: 'diplomat-2016',
        quote: 'Notwithstanding this partnership, Vietnam’s condemnations of North Korean belligerence are the culmination of bilateral tensions that have been brewing for decades.',
      },
    ],
    notes: ['That Vietnam’s opposition is what makes commentators see it as a mediator is the article’s own link (“Vietnam’s staunch opposition … has caused some commentators to argue”).'],
  },
  {
    id: 'strained-partnership',
    kind: 'claim',
    label: 'The Increasingly Tense Partnership Between Vietnam and North Korea',
    description: 'Diplomatic since the early 1960s, the partnership has often been strained by policy disagreements and economic disputes.',
    stance: 'context',
    supports: ['diplomat-finding-strains'],
    about: ['timeline/dprk-relations-early-1960s'],
    sources: [
      { article: 'diplomat-2016', quote: 'The Increasingly Tense Partnership Between Vietnam and North Korea' },
      {
        article: 'diplomat-2016',
        quote: 'Even though Vietnam has maintained a diplomatic relationship with North Korea since the early 1960s, the Hanoi-Pyongyang partnership has frequently been strained by policy disagreements and economic disputes.',
      },
    ],
  },
  {
    id: 'pyongyang-opposed-peace-talks',
    kind: 'claim',
    label: 'vehemently opposed North Vietnam’s peace overtures',
    description: 'The tensions surfaced in 1968, when North Vietnam entered peace negotiations with the United States and Kim Il-sung opposed it.',
    stance: 'context',
    supports: ['strained-partnership'],
    about: ['timeline/peace-negotiations-1968', 'people/kim-il-sung'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'These tensions began to surface during the latter stages of the Vietnam War, particularly in 1968, when North Vietnam decided to enter peace negotiations with the United States.',
      },
      { article: 'diplomat-2016', quote: 'Kim Il-sung vehemently opposed North Vietnam’s peace overtures toward the United States' },
    ],
  },
  {
    id: 'kim-wanted-us-mired',
    kind: 'claim',
    label: 'keeping the U.S. mired in Vietnam',
    description: 'Why Pyongyang opposed the talks: Kim Il-sung believed a United States stuck in Vietnam strengthened the Communist bloc in the Asia-Pacific.',
    stance: 'context',
    supports: ['pyongyang-opposed-peace-talks'],
    about: ['people/kim-il-sung'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'because he believed that keeping the U.S. mired in Vietnam would increase the geopolitical influence of the Communist bloc in the Asia-Pacific.',
      },
    ],
  },
  {
    id: 'kim-feared-recognition-of-south-vietnam',
    kind: 'claim',
    label: 'grant diplomatic recognition to South Vietnam',
    description: 'Why Pyongyang opposed the talks: Kim feared they would recognise South Vietnam, a close ally of South Korea.',
    stance: 'context',
    supports: ['pyongyang-opposed-peace-talks'],
    about: ['people/kim-il-sung'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Kim also feared that peace negotiations involving Washington would grant diplomatic recognition to South Vietnam, which was a close ally of South Korea.',
      },
    ],
  },
  {
    id: 'rejected-chinese-bloc',
    kind: 'claim',
    label: 'rejection of China’s proposed revolutionary alliance bloc',
    description: 'North Korea resented North Vietnam’s refusal to join the bloc China proposed for Southeast Asia.',
    stance: 'context',
    supports: ['cambodia-invasion-opposed', 'strained-partnership'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korean policymakers were also frustrated by North Vietnam’s rejection of China’s proposed revolutionary alliance bloc in Southeast Asia.',
      },
    ],
  },
  {
    id: 'feared-losing-indochina',
    kind: 'claim',
    label: 'traditional hegemony over Indochina',
    description: 'Why Hanoi rejected the bloc: it feared losing its hold over Indochina in a Chinese-led arrangement.',
    stance: 'context',
    supports: ['rejected-chinese-bloc'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Vietnamese policymakers feared that Vietnam would lose its traditional hegemony over Indochina in the Chinese-led arrangement.',
      },
    ],
  },
  {
    id: 'opposed-soviet-exclusion',
    kind: 'claim',
    label: 'complete exclusion of the Soviet Union',
    description: 'Why Hanoi rejected the bloc: it would have shut the Soviet Union out of regional affairs.',
    stance: 'context',
    supports: ['rejected-chinese-bloc'],
    sources: [{ article: 'diplomat-2016', quote: 'North Vietnam also opposed the bloc’s complete exclusion of the Soviet Union from regional affairs.' }],
  },
  {
    id: 'cambodia-invasion-opposed',
    kind: 'claim',
    label: 'virulent opposition to Vietnam’s invasion of Cambodia',
    description: 'These tensions set the stage for North Korea’s opposition to the invasion of December 1978.',
    stance: 'context',
    supports: ['strained-partnership'],
    about: ['timeline/cambodia-invasion-1978'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'These tensions set the stage for North Korea’s virulent opposition to Vietnam’s invasion of Cambodia in December 1978.',
      },
    ],
  },
  {
    id: 'deteriorated-after-cold-war',
    kind: 'claim',
    label: 'deteriorated further',
    description: 'Since the end of the Cold War the relationship has worsened further.',
    stance: 'context',
    supports: ['strained-partnership'],
    sources: [{ article: 'diplomat-2016', quote: 'Since the end of the Cold War, the Vietnam-North Korea relationship has deteriorated further.' }],
  },
  {
    id: 'pragmatism-over-ideology',
    kind: 'claim',
    label: 'economic pragmatism trumped communist ideology',
    description: 'Relations with Seoul since 1992 grew into an economic partnership as pragmatism replaced ideology in Vietnam’s alignments.',
    stance: 'context',
    supports: ['deteriorated-after-cold-war'],
    about: ['timeline/south-korea-relations-1992'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s diplomatic outreach to Seoul evolved into a full-fledged economic partnership, as economic pragmatism trumped communist ideology as the driver of Vietnam’s foreign policy alignments.',
      },
    ],
  },
  {
    id: 'pyongyang-unreliable-partner',
    kind: 'claim',
    label: 'Pyongyang’s unreliability as an economic partner',
    description: 'The unpaid rice of 1996 confirmed Pyongyang’s unreliability, and Vietnam turned to South Korean capital.',
    stance: 'context',
    supports: ['deteriorated-after-cold-war'],
    about: ['timeline/unpaid-rice-1996', 'aid/unpaid-rice-1996-tons', 'aid/unpaid-rice-1996-value'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korea’s failure to pay Vietnam for 20,000 tons of rice worth $18 million at the height of the famine in 1996 confirmed Pyongyang’s unreliability as an economic partner.',
      },
      { article: 'diplomat-2016', quote: 'Vietnam subsequently scaled back its economic ties to the DPRK to expand its access to South Korean capital.' },
    ],
  },
  {
    id: 'hanoi-intensified-opposition',
    kind: 'claim',
    label: 'convinced Hanoi to intensify its opposition',
    description: 'The benefits of cooperating with South Korea and Kim Dae-jung’s 2001 apology convinced Hanoi to oppose North Korean belligerence harder.',
    stance: 'context',
    supports: ['deteriorated-after-cold-war'],
    about: ['timeline/kim-dae-jung-apology-2001', 'timeline/nuclear-test-2006', 'timeline/cheonan-2010'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The economic benefits of cooperating with South Korea, and South Korean President Kim Dae-jung’s 2001 apology for the ROK’s deployment of 300,000 troops on South Vietnam’s behalf during the Vietnam War, convinced Hanoi to intensify its opposition to North Korean belligerence.',
      },
    ],
  },
  {
    id: 'anti-pyongyang-policies',
    kind: 'claim',
    label: 'willingness to align with U.S. norms on nuclear non-proliferation',
    description: 'Vietnam’s 2016 measures show how strained the relationship is and that Vietnam will align with US non-proliferation norms.',
    stance: 'for',
    supports: ['strained-partnership', 'vietnam-as-us-dprk-mediator'],
    about: ['timeline/north-korean-nationals-banned-2016-07', 'timeline/dprk-officials-visit-early-june-2016', 'organisations/vietnam-airlines'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'These anti-Pyongyang policies demonstrate the extent of the strains in the Vietnam-North Korea relationship, and Vietnam’s willingness to align with U.S. norms on nuclear non-proliferation.',
      },
    ],
  },
  // diplomat-2016: Vietnam as a potential mediator.
  {
    id: 'vietnam-as-us-dprk-mediator',
    kind: 'idea',
    label: 'Vietnam as a Potential Mediator Between the United States and North Korea',
    description: 'Vietnam’s opposition to the nuclear tests, and its calls to dial down tensions, led commentators to argue that Hanoi could mediate.',
    stance: 'for',
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s staunch opposition to North Korea’s nuclear tests has caused some commentators to argue that Hanoi could act as a mediator between the United States and North Korea.',
      },
      { article: 'diplomat-2016', quote: 'Vietnam as a Potential Mediator Between the United States and North Korea' },
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government’s rhetorical emphasis on dialing down tensions on the Korean peninsula has caused some analysts to speculate that Hanoi could act as a mediator between the United States and North Korea.',
      },
    ],
  },
  {
    id: 'fertile-ground-for-cooperation',
    kind: 'claim',
    label: 'fertile ground for anti-DPRK cooperation',
    description: 'A strengthened alliance with the United States and shared concerns about China ground cooperation against the DPRK.',
    stance: 'for',
    supports: ['vietnam-as-us-dprk-mediator'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s strengthened alliance with the United States and shared concerns about Chinese adventurism in the Asia-Pacific region provide fertile ground for anti-DPRK cooperation.',
      },
    ],
  },
  {
    id: 'cold-war-proxy-mediators',
    kind: 'precedent',
    label: 'North Korean diplomacy with the United States via a proxy',
    description: 'Though Kim Jong-un rebuffs direct talks, Romania and Yugoslavia mediated between the United States and North Korea in the Cold War, helping contain it in the 1970s.',
    stance: 'for',
    supports: ['vietnam-as-us-dprk-mediator'],
    about: ['people/kim-jong-un', 'people/nicolae-ceausescu', 'people/josip-broz-tito', 'timeline/external-mediation-1970s'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Even though Kim Jong-un has rebuffed the idea of direct diplomatic engagement with the United States, there are historical precedents for North Korean diplomacy with the United States via a proxy.',
      },
      {
        article: 'diplomat-2016',
        quote: 'During the Cold War, Eastern European communist countries with close ties to Washington like Nicolae Ceausescu’s Romania and Josip Broz Tito’s Yugoslavia acted as mediators between United States and North Korea.',
      },
      {
        article: 'diplomat-2016',
        quote: 'External mediation helped contain North Korean belligerence during the 1970s, after the Nixon administration announced its decision to cut back America’s troop presence in South Korea.',
      },
    ],
  },
  {
    id: 'dprk-receptive',
    kind: 'claim',
    label: 'receptive to Vietnamese mediation efforts',
    description: 'Why North Korea could accept Vietnamese mediation: Kim Jong-un views Vietnam’s communist government favourably.',
    stance: 'for',
    supports: ['vietnam-as-us-dprk-mediator'],
    about: ['people/kim-jong-un'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korea could be receptive to Vietnamese mediation efforts, as Kim Jong-un has a favorable view of Vietnam’s communist government.',
      },
    ],
  },
  {
    id: 'reunification-show-of-strength',
    kind: 'claim',
    label: 'a profound show of strength',
    description: 'North Korean officials admire Vietnam’s 1976 reunification under communist rule, against American wishes.',
    stance: 'for',
    supports: ['dprk-receptive'],
    about: ['timeline/reunification-1976'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'North Korean officials view Vietnam’s 1976 reunification under communist rule in defiance of American preferences as a profound show of strength.',
      },
    ],
  },
  {
    id: 'dprk-growth-model',
    kind: 'claim',
    label: 'a potential model for DPRK modernization efforts',
    description: 'Vietnam grew its economy without adopting as many Western characteristics as China.',
    stance: 'for',
    supports: ['dprk-receptive'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam’s economic growth model has also been cited as a potential model for DPRK modernization efforts, as Vietnam has expanded its economy without adopting as many Western economic characteristics as China.',
      },
    ],
  },
  {
    id: 'symbolic-significance',
    kind: 'claim',
    label: 'the symbolic significance of Pyongyang’s relationship with Vietnam',
    description: 'North Korean state media covered at length a cordial November 2015 meeting of the DPRK defense minister and Vietnam’s president.',
    stance: 'for',
    supports: ['dprk-receptive'],
    about: ['timeline/pak-yong-sik-tran-dai-quang-2015', 'people/pak-yong-sik', 'people/tran-dai-quang'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The North Korean state media’s extensive coverage of a cordial November 2015 meeting between DPRK Defense Minister Pak Yong-Sik and Vietnam’s President Tran Dai Quang demonstrates the symbolic significance of Pyongyang’s relationship with Vietnam.',
      },
    ],
  },
  {
    id: 'suspension-threat',
    kind: 'claim',
    label: 'threatens to suspend its diplomatic ties',
    description: 'If Vietnam threatened to suspend ties over the nuclear tests, Kim might ease tensions to win Hanoi back.',
    stance: 'for',
    supports: ['diplomat-finding-leverage'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'If Vietnam threatens to suspend its diplomatic ties with the DPRK over North Korea’s nuclear tests, Kim might seek to\u00a0ease tensions on the Korean peninsula to re-establish closer ties with Hanoi.',
      },
    ],
  },
  // diplomat-2016: what Vietnam would gain, and the conclusion.
  {
    id: 'gain-strategic-importance',
    kind: 'interest',
    label: 'Vietnam’s strategic importance to the United States',
    description: 'A successful mediation role could raise Vietnam’s strategic importance to the United States and bring more US military assistance.',
    stance: 'for',
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'A successful mediation role could enhance Vietnam’s strategic importance to the United States, and result in an expansion of U.S. military assistance to Hanoi.',
      },
    ],
  },
  {
    id: 'gain-stronger-alliance',
    kind: 'interest',
    label: 'strengthen its alliance with the United States',
    description: 'Vietnam could use its leverage over North Korea’s conduct to strengthen its alliance with the United States.',
    stance: 'for',
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government would stand to gain from embracing a mediation role between Pyongyang and Washington, as it could use its leverage over North Korea’s conduct to strengthen its alliance with the United States.',
      },
    ],
  },
  {
    id: 'gain-tpp-goodwill',
    kind: 'interest',
    label: 'assuage the Obama administration’s frustration',
    description: 'Helping the United States against North Korea would ease the Obama administration’s frustration at the Vietnamese Parliament’s decision not to swiftly ratify the TPP.',
    stance: 'for',
    supports: ['diplomat-thesis'],
    about: ['documents/trans-pacific-partnership', 'organisations/obama-administration', 'organisations/vietnamese-parliament'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'If Vietnam assists the United States against North Korea, Hanoi will be able to assuage the Obama administration’s frustration at the Vietnamese Parliament’s decision not to swiftly ratify the Trans-Pacific Partnership (TPP) free trade agreement.',
      },
    ],
  },
  {
    id: 'us-security-benefits',
    kind: 'interest',
    label: 'easier access to US fighter jets and submarines',
    description: 'By demonstrating its value to the United States as a security partner, Vietnam could gain easier access to US fighter jets and submarines.',
    stance: 'for',
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'By demonstrating its value to the United States as a security partner, Vietnam can gain easier access to the US fighter jets and submarines to deter Chinese aggression.',
      },
    ],
  },
  {
    id: 'diplomat-finding-leverage',
    kind: 'finding',
    label: 'unique diplomatic leverage over North Korea',
    description: 'Vietnam can use its leverage over North Korea to consolidate its alliance with the United States.',
    stance: 'for',
    order: 2,
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'Vietnam can also use its unique diplomatic leverage over North Korea to consolidate its burgeoning alliance with the United States.',
      },
    ],
  },
  {
    id: 'diplomat-finding-peace-role',
    kind: 'finding',
    label: 'critical to the long-term preservation of peace in the Korean peninsula',
    description: 'If Vietnam can contain Kim’s aggression, Hanoi could become critical to lasting peace on the peninsula.',
    stance: 'for',
    order: 3,
    supports: ['diplomat-thesis'],
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government’s potential ability to contain Kim’s impulsive aggression could make Hanoi critical to the long-term preservation of peace in the Korean peninsula.',
      },
    ],
  },
];
