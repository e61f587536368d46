import { z } from 'zod';
import { ARENA_MEANINGS, ARENAS, ARGUMENT_KIND_MEANINGS, ARGUMENT_KINDS, KIND_STANCES, SPECTRUM_KINDS, STANCE_MEANINGS, STANCES } from '../vocabulary/argument';
import { RecordRef } from './record-ref';
import { Notes, RecordId, Sources } from './source';

function listed(meanings: Readonly<Record<string, string>>): string {
  return Object.entries(meanings)
    .map(([word, meaning]) => `\`${word}\`, ${meaning}`)
    .join('; ');
}

function isSpectrumKind(kind: string): boolean {
  return (SPECTRUM_KINDS as readonly string[]).includes(kind);
}

/** Ids of other items of the same argument; none twice. */
const ItemIds = (description: string) =>
  z
    .array(RecordId)
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'lists an id twice' })
    .optional()
    .meta({ description });

/**
 * One step of an article's argument: its thesis, a finding, a claim that links two steps, a reason,
 * an asset, an interest, a challenge, a recommendation, or a term the argument uses (a third-party
 * role, a mediation strategy). Links between items (`supports`, `opposes`) make the argument map;
 * `engagement` places roles and strategies on the spectrum of third-party engagement.
 */
export const ArgumentItem = z
  .strictObject({
    /** Stable kebab-case id. */
    id: RecordId,
    /** What the item is. */
    kind: z.enum(ARGUMENT_KINDS).meta({ description: `What the item is. ${listed(ARGUMENT_KIND_MEANINGS)}` }),
    /** A short label, the article's words where it has them. */
    label: z.string().min(1).meta({ description: 'A short label, in the article’s words where it has them' }),
    /** What the article says, in short (our words where not quoted). */
    description: z.string().min(1).meta({ description: 'What the article says, in short (our words where not quoted)' }),
    /** How the item bears on the question both articles ask. */
    stance: z.enum(STANCES).meta({
      description: `How the item bears on the question both articles ask, can and should Vietnam mediate. ${listed(STANCE_MEANINGS)}. Kinds that always take one stance: ${Object.entries(KIND_STANCES)
        .map(([kind, stance]) => `${kind} \`${stance}\``)
        .join(', ')}`,
    }),
    /** Position in the article's own enumeration, 1-based. */
    order: z.int().min(1).optional().meta({ description: 'Position (1-based) in the article’s own enumeration (“(i)”, “Firstly”, the key findings’ bullets); absent when the article does not number it' }),
    /** Rank on the spectrum of third-party engagement, 1 = least engaged, within its kind. */
    engagement: z.int().min(1).optional().meta({
      description: 'Rank on the article’s spectrum of third-party engagement, 1 for the least engaged, counted within its kind (roles apart from strategies); present on roles and strategies only',
    }),
    /** The place iseas-2021-6 ties the item to. */
    arena: z.enum(ARENAS).optional().meta({ description: `The place iseas-2021-6 ties the item to, absent when it names none. ${listed(ARENA_MEANINGS)}` }),
    /** Items of the same argument this one gives a reason for. */
    supports: ItemIds('Ids of the items of the same argument that this one gives a reason for (a claim it backs, a recommendation it calls for)'),
    /** Items of the same argument this one weighs against. */
    opposes: ItemIds('Ids of the items of the same argument that this one weighs against (the article’s “however”)'),
    /** Records of any dataset the item is about. */
    about: z
      .array(RecordRef)
      .min(1)
      .optional()
      .meta({ description: 'The records of any dataset the item is about, each as `<dataset>/<id>` (an event, a figure, a person, a role)' }),
    /** Evidence; every source is from the item's own article. */
    sources: Sources.meta({ description: 'Evidence: one or more verbatim passages, all from the item’s own article' }),
    /** Our remarks. */
    notes: Notes,
  })
  .superRefine((item, ctx) => {
    const article = item.sources[0]?.article;
    item.sources.forEach((source, position) => {
      if (source.article !== article) {
        ctx.addIssue({ code: 'custom', path: ['sources', position, 'article'], message: `an item keeps to its own article (${String(article)}); "${source.article}" belongs to an item of its own` });
      }
    });
    const fixed = KIND_STANCES[item.kind];
    if (fixed !== undefined && item.stance !== fixed) {
      ctx.addIssue({ code: 'custom', path: ['stance'], message: `an item of kind "${item.kind}" always has stance "${fixed}", not "${item.stance}"` });
    }
    if (isSpectrumKind(item.kind) && item.engagement === undefined) {
      ctx.addIssue({ code: 'custom', path: ['engagement'], message: `an item of kind "${item.kind}" needs its engagement rank` });
    }
    if (!isSpectrumKind(item.kind) && item.engagement !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['engagement'], message: `only ${SPECTRUM_KINDS.join(' and ')} items sit on the engagement spectrum, not "${item.kind}"` });
    }
    for (const field of ['supports', 'opposes'] as const) {
      const ids = item[field] ?? [];
      const position = ids.indexOf(item.id);
      if (position >= 0) ctx.addIssue({ code: 'custom', path: [field, position], message: `an item cannot ${field === 'supports' ? 'support' : 'oppose'} itself` });
    }
    const opposed = new Set(item.opposes ?? []);
    (item.supports ?? []).forEach((id, position) => {
      if (opposed.has(id)) ctx.addIssue({ code: 'custom', path: ['supports', position], message: `"${id}" is both supported and opposed` });
    });
  });
/** One step of an article's argument. */
export type ArgumentItem = z.infer<typeof ArgumentItem>;
