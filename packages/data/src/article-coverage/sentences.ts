// Splits an article into sentences with the sentence segmenter built into Node (Intl.Segmenter,
// Unicode's sentence boundaries), and corrects the three things it gets wrong in these texts, each
// by a rule written here rather than by hand-cut sentences:
// - footnote markers: "development.[30]As stated" has no space after the marker, and a bracket
//   followed by a digit reads as a new sentence, so markers are masked before segmenting and
//   stay with the sentence they mark;
// - abbreviations and initials ("Directive No. 25", "J. G. Merrills", "p. 473", "St. Antony’s")
//   end no sentence, and nor does a full stop inside what is left of a link (footnote 9 keeps
//   "…&text%3DU.S.%20President…" of an address whose rest was stripped);
// - a lower-case enumeration after a full stop (". (ii) Managing relationships") starts one,
//   where the segmenter reads "(ii)" as the sentence going on.

/** One sentence of an article: its text and where it sits, as offsets into the article text. */
export interface Sentence {
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** `text.slice(start, end)`: the sentence without the white space around it. */
  text: string;
}

/**
 * Abbreviations after which a sentence does not end, each found in one of the two articles:
 * "Directive No. 25", "p. 473", "pp. 137-138", "St. Antony’s College", "(ed.)". A single capital
 * letter and a full stop ("J. G. Merrills") is an initial and ends no sentence either.
 */
export const ABBREVIATIONS = ['No.', 'p.', 'pp.', 'St.', 'ed.'] as const;

const FOOTNOTE_MARKER = /\[\d{1,2}\]/g;
const INITIAL = /(?:^|[\s(])\p{Lu}\.\)?$/u;
/** A full stop, white space, then "(i)" to "(x)": the end of one enumerated sentence and the start of the next. */
const ENUMERATION_AFTER_STOP = /\.\s+(?=\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s)/g;

/** Percent-encoding ("%20"): no sentence starts inside a link. */
const LINK_CONTINUED = /^%[0-9A-F]{2}/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (INITIAL.test(trimmed)) return true;
  const bare = trimmed.endsWith(')') ? trimmed.slice(0, -1) : trimmed;
  return ABBREVIATIONS.some((abbreviation) => bare.endsWith(abbreviation) && /(?:^|[\s(])$/.test(bare.slice(0, bare.length - abbreviation.length)));
}

function trimmed(text: string, start: number, end: number): Sentence | undefined {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return undefined;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

/** The sentences of `text`, in order, with offsets into `text`. */
export function sentencesOf(text: string): Sentence[] {
  // Masking keeps every offset: a marker becomes as many spaces as it has characters.
  const masked = text.replace(FOOTNOTE_MARKER, (marker) => ' '.repeat(marker.length));
  const spans: [number, number][] = [];
  for (const { index, segment } of segmenter.segment(masked)) {
    const last = spans.at(-1);
    if (last !== undefined && (endsWithAbbreviation(masked.slice(last[0], last[1])) || LINK_CONTINUED.test(segment))) last[1] = index + segment.length;
    else spans.push([index, index + segment.length]);
  }
  const split = spans.flatMap(([start, end]) => {
    const cuts = [...masked.slice(start, end).matchAll(ENUMERATION_AFTER_STOP)].map((match) => start + match.index + 1);
    const bounds = [start, ...cuts, end];
    return bounds.slice(1).map((to, position): [number, number] => [bounds[position] ?? start, to]);
  });
  return split.flatMap(([start, end]) => trimmed(text, start, end) ?? []);
}
