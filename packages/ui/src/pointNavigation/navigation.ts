// The keyboard map of every chart's listbox without React: `@vn-mediation/ui/navigation`, a few
// hundred bytes for a page that enhances static markup (the embed's script) and needs no model.
export { nextPointIndex } from './nextPointIndex';
export { POINT_INDEX_ATTRIBUTE } from './pointIndexAttribute';
