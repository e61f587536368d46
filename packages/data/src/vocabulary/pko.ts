/** What a peacekeeping figure measures. */
export const PKO_MEASURES = [
  'deployment-start',
  'personnel-sent',
  'field-hospitals',
  'personnel-ready',
  'female-share',
  'un-average-female-share',
] as const;

/** Kinds of personnel the article counts. */
export const PKO_PERSONNEL_TYPES = [
  'officers',
  'military-doctors-and-medical-personnel',
  'female-officers',
  'military-engineers',
  'military-contingents',
  'formed-police-units',
] as const;
