import { categoryCounts, loadNames, searchTerms, SearchUnavailableError, type SearchHit } from './search-engine';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'];

/**
 * The search combobox: an input that owns a listbox of results (WAI-ARIA combobox pattern), inside a
 * modal <dialog> in the header or inline on /search/. Loaded on first use; Pagefind loads after it.
 */
const SUGGESTIONS = [
  ['Gradient Descent', 'terms/gradient-descent/'],
  ['Adam', 'terms/adam/'],
  ['Learning Rate', 'terms/learning-rate/'],
  ['Quantization', 'terms/quantization/'],
  ['Overfitting', 'terms/overfitting/'],
] as const;

let uid = 0;

export interface SearchBox {
  input: HTMLInputElement;
  run: (query: string) => Promise<void>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Builds the search UI into `host`. `onNavigate` runs before following a result (closes the dialog). */
export function mountSearchBox(host: HTMLElement, options: { initialQuery?: string; syncUrl?: boolean } = {}): SearchBox {
  const id = `search-${++uid}`;
  const form = el('form', { role: 'search', class: 'search-form', action: `${BASE}search/` });
  const label = el('label', { for: `${id}-input`, class: 'visually-hidden' }, 'Search the glossary');
  const input = el('input', {
    id: `${id}-input`, type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', placeholder: 'Search terms, e.g. Adam, SGD, quantisation',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, 'aria-autocomplete': 'list',
  });
  const select = el('select', { 'aria-label': 'Filter by category', class: 'search-filter' });
  select.append(el('option', { value: '' }, 'All categories'));
  const level = el('select', { 'aria-label': 'Filter by difficulty', class: 'search-filter' });
  level.append(el('option', { value: '' }, 'Any difficulty'));
  for (const d of DIFFICULTIES) level.append(el('option', { value: d }, d[0]?.toUpperCase() + d.slice(1)));
  const demoLabel = el('label', { class: 'search-filter search-check' });
  const demo = el('input', { type: 'checkbox' });
  demoLabel.append(demo, document.createTextNode(' Has a demo'));
  form.append(label, input, select, level, demoLabel);
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { id: `${id}-list`, role: 'listbox', 'aria-label': 'Search results', class: 'search-results' });
  const empty = el('div', { class: 'search-empty', hidden: '' });
  // An alert region that exists from the start, so a failure written into it is announced.
  const failure = el('div', { class: 'search-failure', role: 'alert' });
  host.append(form, status, failure, list, empty);

  let options_: HTMLLIElement[] = [];
  let active = -1;
  let seq = 0;

  // The typo layer's names load with the UI, beside Pagefind, so the first misspelled query does not wait for them.
  loadNames().catch(() => { /* without them, search works without typo suggestions; searchTerms asks again */ });
  // The category counts: asked again at the next search until they arrive (a failure is reported by run()).
  let counts: Promise<void> | undefined;
  const loadCounts = () => {
    counts ??= categoryCounts().then((byName) => {
      for (const [name, count] of Object.entries(byName).sort()) select.append(el('option', { value: name }, `${name} (${count})`));
    }, () => { counts = undefined; });
  };
  loadCounts();

  const setActive = (i: number) => {
    options_.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    active = i;
    const option = options_[i];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const showEmpty = (query: string) => {
    empty.replaceChildren();
    empty.hidden = false;
    empty.append(el('p', {}, query ? `No entry matches “${query}”.` : 'Type to search every entry by name, alias or content.'));
    const p = el('p', {}, query ? 'Check the spelling, try a shorter word, or start from one of these:' : 'Popular entries:');
    const ul = el('ul', { class: 'search-suggestions' });
    for (const [title, href] of SUGGESTIONS) {
      const li = el('li');
      li.append(el('a', { href: BASE + href }, title));
      ul.append(li);
    }
    empty.append(p, ul, el('a', { href: `${BASE}terms/` }, 'Browse all terms A–Z'));
  };

  // Each page is an option and each matching section an option of its own, so arrow keys reach sections too;
  // options hold no links (a link inside an option is a nested interactive control), Enter or a click navigates.
  const option = (i: number, url: string, className: string): HTMLLIElement => {
    const li = el('li', { role: 'option', id: `${id}-opt-${i}`, 'aria-selected': 'false', class: className, 'data-url': url });
    li.addEventListener('mousedown', (e) => e.preventDefault());
    li.addEventListener('click', () => { window.location.href = url; });
    return li;
  };

  const render = (hits: SearchHit[], total: number, query: string) => {
    list.replaceChildren();
    options_ = [];
    for (const hit of hits) {
      const li = option(options_.length, hit.url, 'search-hit');
      const excerpt = el('span', { class: 'hit-excerpt' });
      // Pagefind's excerpt is text from our own pages with <mark> around the matches.
      excerpt.innerHTML = hit.excerpt || hit.summary;
      if (hit.didYouMean !== undefined) {
        // The suggestion for a misspelled query: which name it is close to, said before the title.
        const alias = hit.didYouMean === hit.title ? '' : ` (${hit.didYouMean})`;
        li.append(el('span', { class: 'hit-suggest' }, 'Did you mean '), el('span', { class: 'hit-title' }, hit.title), el('span', { class: 'hit-suggest' }, `${alias}?`), el('span', { class: 'hit-category' }, hit.category));
      } else li.append(el('span', { class: 'hit-title' }, hit.title), el('span', { class: 'hit-category' }, hit.category), excerpt);
      list.append(li);
      options_.push(li);
      for (const s of hit.sections) {
        const sub = option(options_.length, s.url, 'search-hit search-section');
        sub.append(el('span', { class: 'hit-title' }, `${hit.title} › ${s.title}`));
        list.append(sub);
        options_.push(sub);
      }
    }
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent = query ? `${total} result${total === 1 ? '' : 's'} for “${query}”${total > hits.length ? `, showing the top ${hits.length}` : ''}.` : '';
    empty.hidden = true;
    if (query && hits.length === 0) showEmpty(query);
    setActive(options_.length ? 0 : -1);
  };

  // What happened and the ways out: Retry (the next keystroke retries too) and the A-Z list, which needs no index.
  const showFailure = (error: unknown, query: string) => {
    list.replaceChildren();
    options_ = [];
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
    empty.hidden = true;
    status.textContent = '';
    const chunk = error instanceof SearchUnavailableError && error.part === 'chunk';
    const retry = el('button', { type: 'button', class: 'button search-retry' }, 'Retry');
    retry.addEventListener('click', () => {
      input.focus();
      void run(input.value);
    });
    const browse = el('a', { href: `${BASE}terms/` }, 'browse all terms A–Z');
    const what = chunk
      ? `Search could not load the part of its index for “${query}” (offline, or the connection dropped), so this is not a “no match”.`
      : 'Search could not load its index (offline, or the connection dropped).';
    const way = el('p', {}, 'Retry, or ');
    way.append(browse, document.createTextNode(' instead.'));
    failure.replaceChildren(el('p', { class: 'search-failure-what' }, what), way, retry);
  };

  const run = async (raw: string) => {
    const query = raw.trim();
    const mine = ++seq;
    failure.replaceChildren();
    loadCounts();
    if (options.syncUrl) {
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      list.replaceChildren();
      options_ = [];
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      showEmpty('');
      return;
    }
    try {
      const { hits, total } = await searchTerms(query, { category: select.value || undefined, difficulty: level.value || undefined, demo: demo.checked });
      if (mine === seq) render(hits, total, query);
    } catch (error) {
      if (mine === seq) showFailure(error, query);
    }
  };

  input.addEventListener('input', () => void run(input.value));
  for (const control of [select, level, demo]) control.addEventListener('change', () => void run(input.value));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const option = options_[active];
    if (option?.dataset['url']) window.location.href = option.dataset['url'];
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options_.length) { e.preventDefault(); setActive((active + 1) % options_.length); }
    else if (e.key === 'ArrowUp' && options_.length) { e.preventDefault(); setActive((active - 1 + options_.length) % options_.length); }
    else if (e.key === 'Home' && options_.length && e.ctrlKey) { e.preventDefault(); setActive(0); }
    else if (e.key === 'End' && options_.length && e.ctrlKey) { e.preventDefault(); setActive(options_.length - 1); }
  });

  if (options.initialQuery) input.value = options.initialQuery;
  void run(input.value);
  return { input, run };
}

let dialog: HTMLDialogElement | undefined;

/** Opens the header search as a modal dialog, creating it on first use. */
export function openSearchDialog(): void {
  if (!dialog) {
    dialog = el('dialog', { class: 'search-dialog', 'aria-label': 'Search the glossary' });
    const header = el('div', { class: 'search-dialog-head' });
    header.append(el('h2', { class: 'visually-hidden' }, 'Search'));
    const close = el('button', { type: 'button', class: 'button search-close' }, 'Close');
    close.addEventListener('click', () => dialog?.close());
    header.append(close);
    const body = el('div', { class: 'search-dialog-body' });
    dialog.append(header, body);
    document.body.append(dialog);
    mountSearchBox(body);
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  }
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}
