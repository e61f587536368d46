import { useEffect, useId, useState } from 'react';
import { embeds } from '@vn-mediation/embed/catalog';
import { embedSnippets, imageSnippet, isAbsoluteBase } from '@vn-mediation/embed/snippets';
import type { ImageSnippetTarget } from '@vn-mediation/embed/snippets';

/**
 * Where the built embed folder is served: `/embed/` beside this Storybook (its static build
 * copies `apps/embed/dist` there). Journalists replace it with the CDN path it is deployed to.
 */
function embedBase(): string {
  return typeof window === 'undefined' ? '/embed/' : new URL('embed/', window.location.href).href;
}

/** What the build's manifest says that the catalog cannot: each embed's generated description and image size, and the address it was built for. */
interface Built {
  /** Per embed id. */
  entries: ReadonlyMap<string, Pick<ImageSnippetTarget, 'description' | 'image'>>;
  /** The manifest's `baseUrl` when the folder was built for a published address (`EMBED_BASE_URL`). */
  baseUrl: string | undefined;
}

function isBuiltEntry(value: unknown): value is { id: string; description: string; image: { width: number; height: number } } {
  if (typeof value !== 'object' || value === null) return false;
  const fields = new Map<string, unknown>(Object.entries(value));
  const image = fields.get('image');
  if (typeof image !== 'object' || image === null) return false;
  const size = new Map<string, unknown>(Object.entries(image));
  return (
    typeof fields.get('id') === 'string' &&
    typeof fields.get('description') === 'string' &&
    typeof size.get('width') === 'number' &&
    typeof size.get('height') === 'number'
  );
}

/** Reads `manifest.json` beside the embeds; an empty map until it loads, or if it cannot. */
function useBuiltEmbeds(base: string): Built {
  const [built, setBuilt] = useState<Built>({ entries: new Map(), baseUrl: undefined });
  useEffect(() => {
    let live = true;
    fetch(`${base}manifest.json`)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((manifest: unknown) => {
        if (!live || typeof manifest !== 'object' || manifest === null) return;
        const fields = new Map<string, unknown>(Object.entries(manifest));
        const list = fields.get('embeds');
        if (!Array.isArray(list)) return;
        const baseUrl = fields.get('baseUrl');
        setBuilt({
          entries: new Map(list.filter(isBuiltEntry).map((entry) => [entry.id, { description: entry.description, image: entry.image }])),
          baseUrl: typeof baseUrl === 'string' && isAbsoluteBase(baseUrl) ? baseUrl : undefined,
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [base]);
  return built;
}

/** Props of {@link CopyCode}. */
export interface CopyCodeProps {
  /** The snippet to show and copy. */
  code: string;
  /** Visible button text, e.g. "Copy iframe code". */
  action: string;
  /** What the snippet embeds, appended to the button's accessible name. */
  target: string;
}

/** A code snippet with a button that copies it, and a status line that says whether it worked. */
export function CopyCode({ code, action, target }: CopyCodeProps) {
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied.');
    } catch {
      setStatus('Could not copy: select the code and copy it by hand.');
    }
  };
  return (
    <div style={{ margin: '0.5rem 0 1rem' }}>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0 0 0.5rem' }}>
        <code>{code}</code>
      </pre>
      <button type="button" aria-label={`${action} for ${target}`} onClick={() => void copy()}>
        {action}
      </button>{' '}
      <span role="status">{status}</span>
    </div>
  );
}

/** One catalog entry: what it shows, links to its files, and both snippets with copy buttons. */
function EmbedEntry({
  id,
  title,
  summary,
  preset,
  reservedHeight,
  base,
  snippetBase,
  built,
}: {
  id: string;
  title: string;
  summary: string;
  preset: string | undefined;
  reservedHeight: number;
  base: string;
  snippetBase: string;
  built: Pick<ImageSnippetTarget, 'description' | 'image'> | undefined;
}) {
  const headingId = useId();
  const target = { id, title, reservedHeight };
  // The same function writes manifest.json's snippets: what is shown here is what the manifest lists.
  const snippets = embedSnippets(target, snippetBase);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>
        {summary}
        {preset === undefined ? null : ` Preset: ${preset}.`} Id: <code>{id}</code>.
      </p>
      <p>
        <a href={`${base}${id}/index.html`}>Open the embed page</a> · <a href={`${base}${id}/chart.png`}>PNG</a> ·{' '}
        <a href={`${base}${id}/chart.svg`}>SVG</a> · <a href={`${base}${id}/data.csv`}>CSV</a> · <a href={`${base}${id}/data.json`}>JSON</a>
      </p>
      <h4>Iframe (any CMS, AMP via amp-iframe)</h4>
      <CopyCode code={snippets.iframe} action="Copy iframe code" target={title} />
      <h4>Script tag (draws the chart into the page)</h4>
      <CopyCode code={snippets.script} action="Copy script code" target={title} />
      <h4>Image (newsletters, RSS, pages without scripts or iframes)</h4>
      {built === undefined ? (
        <p>The image code needs the built embeds (their manifest gives the image’s description and size).</p>
      ) : (
        <CopyCode code={imageSnippet({ id, title, ...built }, snippetBase)} action="Copy image code" target={title} />
      )}
    </section>
  );
}

/** Every embed of the catalog with its two snippets, pointing at the embeds built beside this Storybook. */
export function EmbedCodes() {
  const local = embedBase();
  const built = useBuiltEmbeds(local);
  // A folder built for its published address shows the snippets for that address, as its manifest lists them.
  const snippetBase = built.baseUrl ?? local;
  return (
    <>
      {embeds.map((entry) => (
        <EmbedEntry
          key={entry.id}
          id={entry.id}
          title={entry.title}
          summary={entry.summary}
          preset={entry.preset}
          reservedHeight={entry.reservedHeight}
          base={local}
          snippetBase={snippetBase}
          built={built.entries.get(entry.id)}
        />
      ))}
    </>
  );
}
