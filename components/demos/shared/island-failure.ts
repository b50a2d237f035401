/**
 * When Astro cannot download a demo island's own code (offline after the page loaded, or a redeploy renamed the
 * chunk), the island never starts and its server-rendered "Loading the …" line would stay forever. Astro reports
 * that with a cancelable `astro:hydration-error` on the island; this page script (loaded with the page, by
 * DemoFigure.astro) answers with the message DemoLoadFailure.tsx shows once the island runs: Retry starts the island
 * again (Astro imports it under a fresh query, past the browser's memory of the failure) and Reload.
 */
import { diagnoseLoadFailure, type LoadFailureCause } from './load-failure';

interface Island extends HTMLElement {
  start?: () => Promise<void>;
}

const DETAIL: Record<LoadFailureCause, string> = {
  offline: 'The connection seems to be down: Retry once it is back.',
  updated: 'The site was updated since this page was opened: reload the page to get the new version.',
  unknown: 'Retry, or reload the page.',
};

function button(text: string, primary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `gd-button${primary ? ' gd-button-primary' : ''}`;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function loadingLine(island: Island, visible: boolean): void {
  const line = island.querySelector<HTMLElement>('.gd-loading');
  if (line !== null) line.hidden = !visible;
}

function show(body: HTMLElement, island: Island, cause: LoadFailureCause, again: boolean): void {
  body.querySelector(':scope > .gd-load-failure')?.remove();
  const box = document.createElement('div');
  box.className = 'gd-message gd-message-error gd-load-failure';
  box.setAttribute('role', 'alert');
  box.dataset['testid'] = 'demo-load-failure';
  box.dataset['cause'] = cause;
  const head = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'This demo could not load (offline or the site was updated).';
  head.append(strong);
  const detail = document.createElement('p');
  detail.textContent = `${again ? 'It still did not load. ' : ''}${DETAIL[cause]}`;
  const actions = document.createElement('p');
  actions.className = 'gd-load-actions';
  if (cause !== 'updated') {
    actions.append(
      button('Retry', true, () => {
        island.dataset['retried'] = 'true';
        box.remove();
        loadingLine(island, true);
        void island.start?.();
      }),
    );
  }
  actions.append(button('Reload the page', cause === 'updated', () => window.location.reload()));
  box.append(head, detail, actions);
  // The island keeps its server-rendered frame (so a later start hydrates exactly what the server sent, the
  // loading line shown again first) but hides that line while the message stands in for it.
  loadingLine(island, false);
  body.prepend(box);
}

document.addEventListener('astro:hydration-error', (event) => {
  const island = event.target as Island;
  const body = island.closest<HTMLElement>('figure.demo .demo-body');
  if (body === null || !(event instanceof CustomEvent)) return;
  // Shown in the demo instead of logged as an error; kept as a warning for whoever reads the console.
  event.preventDefault();
  const detail = event.detail as { error?: unknown; componentUrl?: string } | undefined;
  console.warn('A demo could not load:', detail?.error);
  const again = island.dataset['retried'] === 'true';
  void diagnoseLoadFailure(detail?.componentUrl === undefined ? undefined : new URL(detail.componentUrl, document.baseURI).href).then((cause) => show(body, island, cause, again));
});
