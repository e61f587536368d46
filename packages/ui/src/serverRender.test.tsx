// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// A real server: no window, no document. Each chart is imported here for the first time, so an
// access to `window` at import would fail this file.
describe('server rendering without a DOM', () => {
  it('runs where window does not exist', () => {
    expect(typeof window).toBe('undefined');
  });

  it.each([
    ['Timeline', async () => (await import('./Timeline')).Timeline, 'role="listbox"'],
    ['PartnershipTierChart', async () => (await import('./PartnershipTierChart')).PartnershipTierChart, 'class="vnm-plot" style="height:'],
    ['PkoPersonnelChart', async () => (await import('./PkoPersonnelChart')).PkoPersonnelChart, 'class="vnm-plot" style="height:'],
    ['PkoWomenShareChart', async () => (await import('./PkoWomenShareChart')).PkoWomenShareChart, 'class="vnm-plot" style="height:'],
    ['DprkAidChart', async () => (await import('./DprkAidChart')).DprkAidChart, 'class="vnm-plot" style="height:'],
    ['MediationSpectrumChart', async () => (await import('./MediationSpectrumChart')).MediationSpectrumChart, 'role="listbox"'],
    ['ArgumentMapChart', async () => (await import('./ArgumentMapChart')).ArgumentMapChart, '<ul class="vnm-am">'],
  ] as const)('%s renders its title, description, table, source line and plot box', async (_name, load, plot) => {
    const Chart = await load();
    const html = renderToString(<Chart />);
    expect(html).toMatch(/<figure[^>]*aria-labelledby="[^"]+-title"/);
    expect(html).toMatch(/<h2 id="[^"]+-title" class="vnm-title">[^<]+<\/h2>/);
    expect(html).toMatch(/<p id="[^"]+-description" class="vnm-description">[^<]{40,}<\/p>/);
    expect(html).toContain('<table class="vnm-table">');
    expect(html).toMatch(/<p class="vnm-source">Sources?: /);
    expect(html).toContain(plot);
  });
});
