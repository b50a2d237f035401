/**
 * "The same thing in code": `<CodePanel pytorch={pythonSource} tfjs={jsSource} />`.
 * Two ARIA tabs (PyTorch, TensorFlow.js; arrow keys, Home and End move between them), the code highlighted by
 * highlight.ts, and a Copy button whose result ("Copied", or how to copy by hand) is announced in a status line.
 * Build the sources from the demo's current settings so readers copy exactly what they see.
 */
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { highlight, type CodeLanguage } from './highlight';

interface Props {
  pytorch: string;
  tfjs: string;
}

const TABS: readonly { key: 'pytorch' | 'tfjs'; label: string; language: CodeLanguage }[] = [
  { key: 'pytorch', label: 'PyTorch', language: 'python' },
  { key: 'tfjs', label: 'TensorFlow.js', language: 'javascript' },
];

/** Memoised: demos re-render every animation frame while playing, the code only changes with the settings. */
export const CodePanel = memo(function CodePanel({ pytorch, tfjs }: Props) {
  const baseId = useId();
  const [active, setActive] = useState(0);
  const [copyStatus, setCopyStatus] = useState('');
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const tab = TABS[active]!;
  const code = tab.key === 'pytorch' ? pytorch : tfjs;
  const tokens = useMemo(() => highlight(code, tab.language), [code, tab.language]);

  const select = (index: number): void => {
    const next = (index + TABS.length) % TABS.length;
    setActive(next);
    setCopyStatus('');
    tabRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: TABS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  const copy = async (): Promise<void> => {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard access');
      await navigator.clipboard.writeText(code);
      setCopyStatus(`Copied the ${tab.label} code.`);
    } catch {
      setCopyStatus('Could not copy automatically: select the code and press Ctrl+C (or ⌘C).');
    }
  };

  return (
    <div className="gd-code">
      <div className="gd-code-bar">
        <div role="tablist" aria-label="Code for the current settings">
          {TABS.map((t, i) => (
            <button
              key={t.key}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${t.key}`}
              aria-selected={i === active}
              aria-controls={`${baseId}-panel`}
              tabIndex={i === active ? 0 : -1}
              className="gd-tab"
              onClick={() => select(i)}
              onKeyDown={onKeyDown}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="gd-button gd-button-small" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      {/* The scrolling <pre> is the tab panel itself, so keyboard users can focus and scroll it. */}
      <pre role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${tab.key}`} tabIndex={0} className="gd-code-panel">
        <code data-language={tab.language}>
          {tokens.map((token, i) =>
            token.kind === 'plain' ? token.text : <span key={i} className={`gd-tok-${token.kind}`}>{token.text}</span>,
          )}
        </code>
      </pre>
      <p className="gd-copy-status" role="status">
        {copyStatus}
      </p>
    </div>
  );
});
