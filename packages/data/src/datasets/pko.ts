/**
 * Peacekeeping: Vietnam's contribution to UN peacekeeping operations, from iseas-2021-6
 * footnotes 5 and 47 (deployments since 2014, personnel to South Sudan, Level-2 field hospitals,
 * engineers ready, the women's share against the UN averages).
 *
 * Caveats: the 13.8% share is the article's print of 23/166 (13.86%): the value is kept as
 * printed and the parts are in `derivedFrom`. The article does not say whom the 166 counts, so
 * that figure has no `personnelType` (it is not the `officers` of footnote 5). "currently ready"
 * (295 engineers) is as of the article (27 January 2021), which gives no other date for it. The
 * resolution of November 2020 is in `documents` and `timeline`; the training centre in
 * `organisations`.
 */
import type { PkoFigure } from '../schema/pko';

export type { PkoFigure } from '../schema/pko';
export type { EventDate, PartialDate } from '../schema/date';
export type { Derivation, Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { PKO_MEASURES, PKO_PERSONNEL_TYPES } from '../vocabulary/pko';

const FN5_PERSONNEL = 'Up to January 2020, it had sent 43 officers and 126 military doctors and medical personnel to South Sudan.';
const FN5_HOSPITALS =
  'Since 2018, Vietnam has sent whole PKO unit forces with two Level-2 field hospitals to South Sudan, and is ready to deploy the third one by the end of 2020.';
const FN47 =
  'Up till Oct 2020, Vietnam has sent 23/166 female officers (13.8%) for UN PKO missions in South Sudan, which is higher than the UN average rate (4.8% of military contingents and 10.9% of formed police units).';

/** Every number the articles give about Vietnam's UN peacekeeping. */
export const pkoFigures: readonly PkoFigure[] = [
  {
    id: 'deployment-start-year',
    label: 'Year Vietnam started its peacekeeping deployment',
    measure: 'deployment-start',
    value: 2014,
    unit: 'year',
    asOf: { kind: 'point', date: { year: 2014 }, qualifier: 'since' },
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'Although Vietnam is relatively new to peacekeeping and has only started its deployment since 2014,\u00a0 it has significantly stepped up its efforts.',
        footnote: 5,
      },
    ],
  },
  {
    id: 'officers-sent',
    label: 'Officers sent to South Sudan',
    measure: 'personnel-sent',
    personnelType: 'officers',
    mission: 'South Sudan',
    value: 43,
    unit: 'persons',
    asOf: { kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' },
    sources: [{ article: 'iseas-2021-6', quote: FN5_PERSONNEL, footnote: 5 }],
  },
  {
    id: 'medical-personnel-sent',
    label: 'Military doctors and medical personnel sent to South Sudan',
    measure: 'personnel-sent',
    personnelType: 'military-doctors-and-medical-personnel',
    mission: 'South Sudan',
    value: 126,
    unit: 'persons',
    asOf: { kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' },
    sources: [{ article: 'iseas-2021-6', quote: FN5_PERSONNEL, footnote: 5 }],
  },
  {
    id: 'field-hospitals-sent',
    label: 'Level-2 field hospitals sent with whole PKO unit forces',
    measure: 'field-hospitals',
    mission: 'South Sudan',
    value: 2,
    unit: 'field-hospitals',
    asOf: { kind: 'point', date: { year: 2018 }, qualifier: 'since' },
    sources: [{ article: 'iseas-2021-6', quote: FN5_HOSPITALS, footnote: 5 }],
  },
  {
    id: 'field-hospitals-by-end-2020',
    label: 'Level-2 field hospitals counting the third, ready to deploy',
    measure: 'field-hospitals',
    mission: 'South Sudan',
    value: 3,
    unit: 'field-hospitals',
    asOf: { kind: 'point', date: { year: 2020 }, qualifier: 'by-end-of' },
    sources: [{ article: 'iseas-2021-6', quote: FN5_HOSPITALS, footnote: 5 }],
    notes: ['The article says Vietnam "is ready to deploy the third one"; 3 is that ordinal, not a count of hospitals deployed.'],
  },
  {
    id: 'military-engineers-ready',
    label: 'Military engineers ready to dispatch',
    measure: 'personnel-ready',
    personnelType: 'military-engineers',
    value: 295,
    unit: 'persons',
    sources: [
      {
        article: 'iseas-2021-6',
        quote: 'It is also currently ready to dispatch 295 military engineers and is training police force for PKO in South Sudan.',
        footnote: 5,
      },
    ],
    notes: ['"currently": the article gives no date other than its own (27 January 2021).'],
  },
  {
    id: 'female-officers-sent',
    label: 'Female officers sent for UN PKO missions in South Sudan',
    measure: 'personnel-sent',
    personnelType: 'female-officers',
    mission: 'South Sudan',
    value: 23,
    unit: 'persons',
    asOf: { kind: 'point', date: { year: 2020, month: 10 }, qualifier: 'up-to' },
    sources: [{ article: 'iseas-2021-6', quote: FN47, footnote: 47 }],
  },
  {
    id: 'officers-sent-october-2020',
    label: 'The 166 in “23/166 female officers” for UN PKO missions in South Sudan (whom it counts is not stated)',
    measure: 'personnel-sent',
    mission: 'South Sudan',
    value: 166,
    unit: 'persons',
    asOf: { kind: 'point', date: { year: 2020, month: 10 }, qualifier: 'up-to' },
    sources: [{ article: 'iseas-2021-6', quote: FN47, footnote: 47 }],
    notes: [
      'The article prints "23/166 female officers" and does not say whom the 166 counts, so no personnel type is given: it is not set beside the 43 officers of footnote 5, counted apart from 126 medical personnel.',
      'The id, kept stable across versions, predates this reading; it does not mean the 166 are officers.',
    ],
  },
  {
    id: 'female-officer-share',
    label: 'Female officers’ share of the 166 Vietnam sent for UN PKO missions in South Sudan (23/166)',
    measure: 'female-share',
    personnelType: 'female-officers',
    mission: 'South Sudan',
    value: 13.8,
    unit: 'percent',
    asOf: { kind: 'point', date: { year: 2020, month: 10 }, qualifier: 'up-to' },
    derivedFrom: { numerator: 23, denominator: 166 },
    sources: [{ article: 'iseas-2021-6', quote: FN47, footnote: 47 }],
    notes: ['23/166 is 13.86%; the article prints 13.8% (truncated, not rounded), and the printed value is kept.'],
  },
  {
    id: 'un-average-military-contingents',
    label: 'UN average share of women in military contingents',
    measure: 'un-average-female-share',
    personnelType: 'military-contingents',
    value: 4.8,
    unit: 'percent',
    sources: [{ article: 'iseas-2021-6', quote: FN47, footnote: 47 }],
    notes: ['The article gives the UN average without its own date; it compares it with Vietnam’s share up till Oct 2020.'],
  },
  {
    id: 'un-average-formed-police-units',
    label: 'UN average share of women in formed police units',
    measure: 'un-average-female-share',
    personnelType: 'formed-police-units',
    value: 10.9,
    unit: 'percent',
    sources: [{ article: 'iseas-2021-6', quote: FN47, footnote: 47 }],
    notes: ['The article gives the UN average without its own date; it compares it with Vietnam’s share up till Oct 2020.'],
  },
];
