import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embeds } from '@vn-mediation/embed/catalog';
import { EmbedCodes } from './EmbedCodes';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Serves `manifest` as the built folder's manifest.json. */
function serveManifest(manifest: unknown): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } })));
}

/** The iframe elements the page's code blocks hold, parsed as HTML. */
function iframesShown(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll('pre code'))
    .map((code) => new DOMParser().parseFromString(code.textContent, 'text/html').querySelector('iframe'))
    .filter((frame): frame is HTMLIFrameElement => frame !== null);
}

describe('EmbedCodes', () => {
  it('shows snippets for the address the embeds were published to, when the manifest names one', async () => {
    serveManifest({ baseUrl: 'https://cdn.example/vn/embed/', embeds: [] });
    render(<EmbedCodes />);
    await waitFor(() => expect(iframesShown()[0]?.getAttribute('src')).toMatch(/^https:\/\/cdn\.example\/vn\/embed\//));
    const frames = iframesShown();
    expect(frames).toHaveLength(embeds.length);
    frames.forEach((frame, index) => {
      expect(frame.getAttribute('src')).toBe(`https://cdn.example/vn/embed/${embeds[index]?.id ?? ''}/index.html?theme=auto`);
      expect(frame.getAttribute('sandbox')?.split(' ')).toContain('allow-scripts');
      expect(frame.getAttribute('sandbox')?.split(' ')).not.toContain('allow-top-navigation');
    });
    expect(screen.getAllByText(/https:\/\/cdn\.example\/vn\/embed\/loader\.js/).length).toBe(embeds.length);
  });

  it('points at the copy served beside Storybook when the embeds were built without an address', async () => {
    serveManifest({ baseUrl: './', embeds: [] });
    render(<EmbedCodes />);
    await waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalled());
    const local = new URL('embed/', window.location.href).href;
    for (const frame of iframesShown()) expect(frame.getAttribute('src')?.startsWith(local)).toBe(true);
  });
});
