/** Units of every number the datasets hold, as the articles count them ("tons" kept apart from "tonnes"). */
export const UNITS = [
  'relations',
  'partnerships',
  'rank',
  'year',
  'persons',
  'field-hospitals',
  'tonnes',
  'tons',
  'usd',
  'percent',
  'troops',
  'weeks',
  'months',
  'initiatives',
  'members',
] as const;

/** How the article hedges a number ("approximately 20 per cent", "more than 5 per cent"). */
export const VALUE_QUALIFIERS = ['approximately', 'more-than'] as const;
