/**
 * What a demo shows when its code, its worker or its data could not be downloaded (offline, blocked, or a tab opened
 * before a redeploy): what happened and the ways out. Retry downloads again; Reload fetches the page anew, which is
 * the only cure once the site was updated (then Retry is not offered: it could not work).
 *   <DemoLoadFailure cause="offline" retrying={false} onRetry={retry} />
 * A part of a demo that loads on its own (a worker started on demand) passes `subject="The sweep"`.
 */
import type { Ref } from 'react';
import type { LoadFailureCause } from './load-failure';

interface Props {
  cause: LoadFailureCause | undefined;
  retrying: boolean;
  onRetry: () => void;
  /** After a Retry that failed again. */
  again?: boolean;
  /** What did not load, when it is a part of the demo (the optimizer playground's sweep): "The sweep". */
  subject?: string;
  retryRef?: Ref<HTMLButtonElement>;
  testId?: string;
}

const DETAIL: Record<LoadFailureCause, string> = {
  offline: 'The connection seems to be down: Retry once it is back.',
  updated: 'The site was updated since this page was opened: reload the page to get the new version.',
  unknown: 'Retry, or reload the page.',
};

export function DemoLoadFailure({ cause, retrying, onRetry, again = false, subject = 'This demo', retryRef, testId = 'demo-load-failure' }: Props) {
  const updated = cause === 'updated';
  return (
    <div className="gd-message gd-message-error gd-load-failure" role="alert" data-testid={testId} data-cause={cause ?? ''}>
      <p>
        <strong>{subject} could not load (offline or the site was updated).</strong>
      </p>
      <p>
        {again ? 'It still did not load. ' : ''}
        {DETAIL[cause ?? 'unknown']}
      </p>
      <p className="gd-load-actions">
        {!updated && (
          <button type="button" className="gd-button gd-button-primary" ref={retryRef} onClick={onRetry} aria-disabled={retrying || undefined} data-busy={retrying || undefined}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        <button type="button" className={`gd-button${updated ? ' gd-button-primary' : ''}`} onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}
