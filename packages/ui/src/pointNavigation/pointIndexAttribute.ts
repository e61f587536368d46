/** Attribute marking the option of a data point with its index, for clicks on the listbox. */
export const POINT_INDEX_ATTRIBUTE = 'data-vnm-point';
