import { useEffect, useId, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { CITATION_FORMATS, cite } from '@vn-mediation/data/cite';
import type { CitationFormat, DatasetName } from '@vn-mediation/data/cite';

/** How each citation format is named in the format menu and the messages. */
const FORMAT_NAMES: Readonly<Record<CitationFormat, string>> = { apa: 'APA', chicago: 'Chicago', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

// Read by screen readers, not drawn: the record reference that makes each control's name unique.
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 };

type CopyState =
  | { kind: 'idle' }
  | { kind: 'copied'; format: CitationFormat }
  | { kind: 'manual'; format: CitationFormat; text: string }
  | { kind: 'failed'; message: string };

/** Props of {@link CopyCitation}. */
export interface CopyCitationProps {
  /** The dataset the record is published in. */
  dataset: DatasetName;
  /** The record's id in that dataset. */
  id: string;
}

/** The text of the status line for a state: what happened, said so a screen reader can announce it. */
const statusText = (state: CopyState, reference: string): string => {
  switch (state.kind) {
    case 'copied':
      return `Copied the ${FORMAT_NAMES[state.format]} citation of ${reference}.`;
    case 'manual':
      return `Copying is not available here: the ${FORMAT_NAMES[state.format]} citation of ${reference} is selected in the box below; copy it with your keyboard or menu.`;
    case 'failed':
      return state.message;
    default:
      return '';
  }
};

/**
 * Copies the citation of one record (`cite` from `@vn-mediation/data/cite`) in the chosen format.
 * Says what it copied in a status line that screen readers announce; where the clipboard is not
 * available (an insecure page, a refused permission) it shows the citation selected in a box.
 */
export const CopyCitation = ({ dataset, id }: CopyCitationProps) => {
  const reference = `${dataset}/${id}` as const;
  const [format, setFormat] = useState<CitationFormat>('apa');
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const selectId = useId();
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // The fallback box takes focus with its text selected, so one keystroke copies it.
    if (state.kind === 'manual') {
      fallback.current?.focus();
      fallback.current?.select();
    }
  }, [state]);

  const copy = async (): Promise<void> => {
    let text: string;
    try {
      text = cite(reference, { format });
    } catch (error: unknown) {
      setState({ kind: 'failed', message: `Could not cite ${reference}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    try {
      // `navigator.clipboard` is undefined outside a secure context, whatever the types say.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied', format });
    } catch {
      setState({ kind: 'manual', format, text });
    }
  };

  return (
    <div role="group" aria-labelledby={`${selectId}-name`} style={{ display: 'grid', gap: '0.25rem', minWidth: '10rem' }}>
      <span id={`${selectId}-name`} style={visuallyHidden}>
        Cite {reference}
      </span>
      <label htmlFor={selectId}>
        Format<span style={visuallyHidden}> of the citation of {reference}</span>
      </label>
      <select
        id={selectId}
        value={format}
        onChange={(event) => {
          const chosen = CITATION_FORMATS.find((known) => known === event.currentTarget.value);
          if (chosen !== undefined) setFormat(chosen);
          setState({ kind: 'idle' });
        }}
      >
        {CITATION_FORMATS.map((known) => (
          <option key={known} value={known}>
            {FORMAT_NAMES[known]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void copy()}>
        Copy citation<span style={visuallyHidden}> of {reference}</span>
      </button>
      <p role="status" style={{ margin: 0, fontSize: '0.875em' }}>
        {statusText(state, reference)}
      </p>
      {state.kind === 'manual' ? (
        <textarea ref={fallback} readOnly rows={6} cols={40} aria-label={`${FORMAT_NAMES[state.format]} citation of ${reference}`} value={state.text} />
      ) : null}
    </div>
  );
};
