import { describe, expect, it } from 'vitest';
import { articleText } from '../test-support/articles-text';
import { ARTICLE_IDS } from '../schema/article';
import type { ArticleId } from '../schema/article';
import { ARENA_MEANINGS, ARENAS, ARGUMENT_KIND_MEANINGS, ARGUMENT_KINDS, argumentItems, STANCE_MEANINGS, STANCES } from './argument';
import type { Arena, ArgumentItem } from './argument';

const byId = new Map(argumentItems.map((item) => [item.id, item]));

function articleOf(item: ArgumentItem): ArticleId | undefined {
  return item.sources[0]?.article;
}

function linksOf(item: ArgumentItem): string[] {
  return [...(item.supports ?? []), ...(item.opposes ?? [])];
}

/** Ids reachable from `start` by following supports and opposes links. */
function reachableFrom(start: ArgumentItem): Set<string> {
  const seen = new Set<string>();
  const queue = linksOf(start);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const next = byId.get(id);
    if (next !== undefined) queue.push(...linksOf(next));
  }
  return seen;
}

/** The paragraph (text between blank lines) of the article that holds `quote`. */
function paragraphOf(article: ArticleId, quote: string): string {
  const text = articleText[article];
  const at = text.indexOf(quote);
  if (at < 0) return '';
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at + quote.length);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

const ARENA_WORDS: Readonly<Record<Arena, RegExp>> = {
  'korean-peninsula': /Korea|DPRK/,
  myanmar: /Myanmar/,
  'un-peacekeeping': /PKO|peacekeeping/,
};

describe('the argument vocabulary', () => {
  it('gives every kind, stance and arena a meaning, and no meaning without its word', () => {
    expect([...ARGUMENT_KINDS].sort()).toEqual(Object.keys(ARGUMENT_KIND_MEANINGS).sort());
    expect([...STANCES].sort()).toEqual(Object.keys(STANCE_MEANINGS).sort());
    expect([...ARENAS].sort()).toEqual(Object.keys(ARENA_MEANINGS).sort());
  });
});

describe('the argument of each article', () => {
  it.each(ARTICLE_IDS)('has exactly one thesis: %s', (article) => {
    expect(argumentItems.filter((item) => item.kind === 'thesis' && articleOf(item) === article)).toHaveLength(1);
  });

  it('keeps the two arguments apart: no link crosses from one article to the other', () => {
    const crossing = argumentItems.flatMap((item) =>
      linksOf(item)
        .filter((id) => articleOf(byId.get(id) ?? item) !== articleOf(item))
        .map((id) => `${item.id} → ${id}`),
    );
    expect(crossing).toEqual([]);
  });

  it('leads every item that weighs for, against or towards modesty to its thesis or a recommendation', () => {
    const ends = new Set(argumentItems.filter((item) => item.kind === 'thesis' || item.kind === 'recommendation').map((item) => item.id));
    const stranded = argumentItems
      .filter((item) => item.stance === 'for' || item.stance === 'against' || item.stance === 'limits')
      .filter((item) => ![...reachableFrom(item)].some((id) => ends.has(id)))
      .map((item) => item.id);
    expect(stranded).toEqual([]);
  });

  it('gives every recommendation and option at least one item that calls for it', () => {
    const called = new Set(argumentItems.flatMap((item) => item.supports ?? []));
    const uncalled = argumentItems.filter((item) => (item.kind === 'recommendation' || item.kind === 'option') && !called.has(item.id)).map((item) => item.id);
    expect(uncalled).toEqual([]);
  });

  it('quotes each of iseas-2021-6’s key findings in the finding of the same number', () => {
    const text = articleText['iseas-2021-6'];
    const bullets = text
      .slice(0, text.indexOf('* Guest writer'))
      .split('\n')
      .filter((line) => line.trim().startsWith('•'))
      .map((line) => line.trim().replace(/^•\s*/, ''));
    expect(bullets).toHaveLength(5);
    const findings = argumentItems.filter((item) => item.kind === 'finding' && articleOf(item) === 'iseas-2021-6');
    bullets.forEach((bullet, index) => {
      const finding = findings.find((item) => item.order === index + 1);
      const quoted = (finding?.sources ?? []).map((source) => source.quote).join(' ');
      expect(bullet.startsWith(quoted.slice(0, 40)), bullet).toBe(true);
      expect(bullet.split(/(?<=\.) /).every((sentence) => quoted.includes(sentence)), bullet).toBe(true);
    });
  });

  it('ties each item placed in an arena to a paragraph of its article that names the place', () => {
    const untied = argumentItems
      .filter((item) => item.arena !== undefined)
      .filter((item) => {
        const first = item.sources[0];
        return first === undefined || item.arena === undefined || !ARENA_WORDS[item.arena].test(paragraphOf(first.article, first.quote));
      })
      .map((item) => item.id);
    expect(untied).toEqual([]);
  });
});

describe('the spectrum of third-party engagement', () => {
  function ranked(kind: 'role' | 'strategy'): ArgumentItem[] {
    return argumentItems.filter((item) => item.kind === kind).sort((a, b) => (a.engagement ?? 0) - (b.engagement ?? 0));
  }

  it('ranks the roles in the order the article names them “from” good offices “to” arbitration', () => {
    const sentence = argumentItems.find((item) => item.id === 'good-offices')?.sources[0]?.quote ?? '';
    expect(sentence).toMatch(/from providing good offices to taking on/);
    const positions = ranked('role').map((role) => sentence.indexOf(role.label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(ranked('role').map((role) => role.engagement)).toEqual([1, 2, 3, 4, 5]);
  });

  it('ranks the strategies by the mediator’s involvement, as Touval and Zartman list them', () => {
    const sentence = argumentItems.find((item) => item.id === 'information-strategies')?.sources[0]?.quote ?? '';
    expect(sentence).toMatch(/depending on the level of involvement of the mediator/);
    const positions = ranked('strategy').map((strategy) => sentence.indexOf(strategy.label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('starts Vietnam at the first and second strategies, the low end, for the article’s three reasons', () => {
    const start = argumentItems.find((item) => item.id === 'narrower-focus');
    expect(start?.sources[0]?.quote).toContain('the first and second approaches');
    const strategies = (start?.about ?? []).map((ref) => byId.get(ref.replace(/^argument\//, ''))).filter((item) => item?.kind === 'strategy');
    expect(strategies.map((strategy) => strategy?.engagement).sort()).toEqual([1, 2]);
    const reasons = argumentItems.filter((item) => item.kind === 'reason' && (item.supports ?? []).includes('narrower-focus'));
    expect(reasons.map((reason) => reason.order).sort()).toEqual([1, 2, 3]);
  });
});
