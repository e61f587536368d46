// The enhancement script's pure parts, in Node: the markup contract the build applies, and the
// island the build writes for the script, read back as the script reads it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { embeds } from '../../src/catalog';
import { readTimelineIsland } from '../../src/client/enhance/timeline';
import { removeListboxTabStops } from '../../src/client/enhance/markup';
import { enhancementOf } from '../../src/client/enhance/writeIsland';
import { embedModelOf } from '../../src/model/chartModels';

function entry(id: string) {
  const found = embeds.find((embed) => embed.id === id);
  if (!found) throw new Error(`no embed ${id} in the catalog`);
  return found;
}

/** The island's `enhance` field as the page carries it: through JSON, as the script parses it. */
function writtenEnhancement(id: string): Record<string, unknown> {
  const written: unknown = JSON.parse(JSON.stringify(enhancementOf(embedModelOf(entry(id), {})) ?? {}));
  if (typeof written !== 'object' || written === null) throw new Error('the enhancement is not an object');
  return Object.fromEntries(Object.entries(written));
}

describe('the static markup', () => {
  test('takes the chart listboxes out of the tab order and leaves every other control in it', () => {
    const { document } = new JSDOM('<div role="listbox" tabindex="0"></div><button>Show</button><div tabindex="0" class="vnm-table-scroll"></div>').window;
    removeListboxTabStops(document.body);
    assert.equal(document.querySelector('[role="listbox"]')?.hasAttribute('tabindex'), false);
    assert.equal(document.querySelector('.vnm-table-scroll')?.getAttribute('tabindex'), '0');
  });
});

describe('the island of a timeline page', () => {
  test('gives the script the detail panel of every event shown, in keyboard order, and every topic', () => {
    const model = embedModelOf(entry('timeline-korea'), {});
    if (model.state !== 'ok' || !('eras' in model.drawing)) throw new Error('the timeline-korea model should draw events');
    const read = readTimelineIsland({}, writtenEnhancement('timeline-korea'));
    assert.equal(read.ok, true);
    if (!read.ok) return;
    assert.deepEqual(
      read.island.details.map((detail) => detail.title),
      model.drawing.events.map((event) => event.title),
    );
    assert.ok(read.island.details.every((detail) => detail.quotes.length > 0), 'every event has its source');
    assert.deepEqual(read.island.topics, model.drawing.topics.map((topic) => topic.value));
  });

  test('is nothing for a bar chart, whose texts are in its markup', () => {
    assert.equal(enhancementOf(embedModelOf(entry('pko-personnel'), {})), undefined);
  });

  test('names the field that is wrong when the island was tampered with', () => {
    const good = writtenEnhancement('timeline-aid');
    const details = Array.isArray(good.details) ? good.details : [];
    const firstDetail: unknown = details[0];
    const brokenDetail = typeof firstDetail === 'object' && firstDetail !== null ? { ...firstDetail, quotes: [{ quote: 'q', lead: '— ', rest: '' }] } : {};
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...good, details: [brokenDetail, ...details.slice(1)] }, /enhance\.details/],
      [{ ...good, details: 'none' }, /enhance\.details/],
      [{ ...good, topics: [1, 2] }, /enhance\.topics/],
      [{ ...good, text: { detailHint: 'Tab' } }, /enhance\.text/],
    ];
    for (const [island, problem] of cases) {
      const read = readTimelineIsland({}, island);
      assert.equal(read.ok, false);
      if (!read.ok) assert.match(read.problem, problem);
    }
  });

  test('keeps only props of the right type from the build’s props', () => {
    const read = readTimelineIsland({ initialTopics: ['aid', 3], title: 42, initialArticle: 'diplomat-2016', eraOptions: { breakAfterYears: 10, maxEventsPerEra: '5' } }, writtenEnhancement('timeline-aid'));
    assert.equal(read.ok, true);
    if (!read.ok) return;
    assert.equal(read.island.initialTopics, undefined);
    assert.equal(read.island.options.title, undefined);
    assert.equal(read.island.initialArticle, 'diplomat-2016');
    assert.deepEqual(read.island.options.eraOptions, { breakAfterYears: 10 });
  });
});
