/**
 * The officer console: who is signed in (the session cookie is HttpOnly, so the page asks `GET /api/officer/me`), then
 * the agency's queue or one dossier, chosen by the URL (`?ho-so=<code>`; `?trang-thai=<state>&trang=<n>` for the
 * queue; `lang=en`), so reload, back and links work. Success and failure are said in the page's live region.
 */
import type { DossierStateKind } from '@dvc-kit/dossier/types';
import { DOSSIER_STATE_KINDS } from '@dvc-kit/dossier/types';
import type { ConsoleAction } from './actions.js';
import { ApiError, type Officer, type OfficerApi } from './api.js';
import { h, inLang } from './dom.js';
import { renderDossierView } from './dossier-view.js';
import { renderLoginView } from './login-view.js';
import { PROVINCE_AGENCIES } from './province.js';
import { renderQueueView, type QueueQuery } from './queue-view.js';
import { CONSOLE_TEXT, type ConsoleLang, type ConsoleText } from './text.js';

export type ConsoleRoute = { view: 'queue'; query: QueueQuery } | { view: 'dossier'; code: string };

/** The route a URL's query names. */
export function routeOf(search: string): ConsoleRoute {
  const params = new URLSearchParams(search);
  const code = params.get('ho-so')?.trim();
  if (code) return { view: 'dossier', code: code.slice(0, 100) };
  const state = params.get('trang-thai') ?? '';
  const page = Number(params.get('trang'));
  const query: QueueQuery = { page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1 };
  if ((DOSSIER_STATE_KINDS as readonly string[]).includes(state)) query.state = state as DossierStateKind;
  return { view: 'queue', query };
}

/** The query string of a route (with the language when it is English). */
export function searchOf(route: ConsoleRoute, lang: ConsoleLang): string {
  const params = new URLSearchParams();
  if (route.view === 'dossier') params.set('ho-so', route.code);
  else {
    if (route.query.state) params.set('trang-thai', route.query.state);
    if (route.query.page > 1) params.set('trang', String(route.query.page));
  }
  if (lang === 'en') params.set('lang', 'en');
  const search = params.toString();
  return search === '' ? '?' : `?${search}`;
}

export interface ConsoleElements {
  /** Where the views go. */
  root: HTMLElement;
  /** The signed-in officer's line and the sign-out button. */
  account: HTMLElement;
  /** A polite live region (`role="status"`), present from the page's first paint. */
  announcer: HTMLElement;
}

export interface ConsoleOptions {
  api: OfficerApi;
  elements: ConsoleElements;
  lang: ConsoleLang;
  /** Now, for due dates (tests pin it). */
  now?: () => Date;
  /** The page's location and history (the tests give their own). */
  location?: Pick<Location, 'search' | 'pathname'>;
  history?: Pick<History, 'pushState' | 'replaceState'>;
  /** Names the page (the site's frame adds the centre's name); default `document.title`. */
  setTitle?(title: string): void;
}

export interface OfficerConsole {
  /** Reads the session and draws the view the URL names. */
  start(): Promise<void>;
  setLanguage(lang: ConsoleLang): void;
  /** Draws the view of the URL now in the address bar (after back/forward). */
  showCurrent(): void;
  readonly lang: ConsoleLang;
}

export function createOfficerConsole(options: ConsoleOptions): OfficerConsole {
  const { api, elements } = options;
  const now = options.now ?? (() => new Date());
  const loc = options.location ?? window.location;
  const hist = options.history ?? window.history;
  const schemas = new Map<string, Promise<unknown>>();
  const setTitle = options.setTitle ?? ((title: string) => void (document.title = title));
  let lang = options.lang;
  let officer: Officer | undefined;
  let route: ConsoleRoute = routeOf(loc.search);
  let loginNotice: string | undefined;
  /** Whether `me()` has answered: until then the page does not know whether to show the sign-in form. */
  let sessionKnown = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const text = (): ConsoleText => CONSOLE_TEXT[lang];

  function announce(message: string): void {
    // Emptied first, then filled on the next task: a message said twice in a row is still spoken.
    elements.announcer.textContent = '';
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      elements.announcer.textContent = message;
    }, 50);
  }

  function describeError(error: unknown): string {
    const t = text();
    if (!(error instanceof ApiError)) return t.loadFailed;
    if (error.code === 'network') return t.networkError;
    if (error.fromServer) return lang === 'en' && error.messageEn ? error.messageEn : error.message;
    if (error.code === 'malformed') return lang === 'en' && error.messageEn ? error.messageEn : error.message;
    return error.status >= 500 ? t.serverError(error.status) : t.loadFailed;
  }

  function errorBlock(error: unknown, retry: () => void): HTMLElement {
    if (error instanceof ApiError && error.status === 401) {
      sessionEnded();
      return h('p', {}, text().sessionExpired);
    }
    const button = h('button', { type: 'button', class: 'button button--secondary' }, text().retry);
    button.addEventListener('click', retry);
    return h('div', { class: 'alert', role: 'alert' }, h('p', {}, describeError(error)), button);
  }

  function hrefOf(next: ConsoleRoute): string {
    const search = searchOf(next, lang);
    return search === '?' ? loc.pathname : `${loc.pathname}${search}`;
  }

  function go(next: ConsoleRoute, { push = true, focus = true } = {}): void {
    route = next;
    if (push) hist.pushState(null, '', hrefOf(next));
    render({ focus });
  }

  /** A plain left click on one of the console's own links: move without reloading the page. */
  function navigate(href: string, event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // What was said about the last view does not belong to the next one.
    elements.announcer.textContent = '';
    const url = new URL(href, 'http://console.invalid');
    go(routeOf(url.search));
  }

  function sessionEnded(): void {
    officer = undefined;
    loginNotice = text().sessionExpired;
    queueMicrotask(() => render({ focus: true }));
  }

  function renderAccount(): void {
    const t = text();
    if (!officer) {
      elements.account.replaceChildren();
      elements.account.hidden = true;
      return;
    }
    const logout = h('button', { type: 'button', class: 'button button--secondary' }, t.logout);
    logout.addEventListener('click', async () => {
      logout.disabled = true;
      try {
        await api.logout();
      } catch {
        // The session is forgotten here whatever the server said; a stale cookie only opens the sign-in form again.
      }
      officer = undefined;
      loginNotice = t.loggedOut;
      announce(t.loggedOut);
      go({ view: 'queue', query: { page: 1 } });
    });
    elements.account.hidden = false;
    const who = h('p', { class: 'account-name' }, `${t.signedInAs} `, inLang(officer.displayName, 'vi', lang), ' – ', inLang(officer.agency.name, 'vi', lang));
    elements.account.replaceChildren(who, logout);
  }

  function onDone(code: string) {
    return (action: ConsoleAction, request: Record<string, unknown>) => {
      const t = text();
      if (action === 'hand-off') {
        const target = PROVINCE_AGENCIES.find((agency) => agency.id === request.agencyId);
        const message = t.handedOff(code, target ? (lang === 'en' ? target.en : target.vi) : String(request.agencyId));
        announce(message);
        go({ view: 'queue', query: { page: 1 } });
        return;
      }
      announce(t.done[action](code));
      render({ focus: true });
    };
  }

  function render({ focus = false, alert }: { focus?: boolean; alert?: string } = {}): void {
    const t = text();
    renderAccount();
    if (!officer) {
      const view = renderLoginView({
        api,
        text: t,
        lang,
        ...(loginNotice ? { notice: loginNotice } : {}),
        describeError,
        onSignedIn: (signedIn) => {
          officer = signedIn;
          loginNotice = undefined;
          // The queue's heading takes focus and names the agency; the account line says who is signed in.
          render({ focus: true });
        },
      });
      elements.root.replaceChildren(view);
      setTitle(`${t.loginHeading} – ${t.pageTitle}`);
      if (focus) view.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    const current = officer;
    if (route.view === 'queue') {
      const view = renderQueueView({
        api,
        text: t,
        lang,
        officer: current,
        query: route.query,
        now,
        hrefForDossier: (code) => hrefOf({ view: 'dossier', code }),
        hrefForQuery: (query) => hrefOf({ view: 'queue', query }),
        navigate,
        onQuery: (query) => go({ view: 'queue', query }),
        onError: errorBlock,
      });
      elements.root.replaceChildren(view);
      setTitle(`${t.queueHeading(current.agency.name)} – ${t.pageTitle}`);
      if (focus) view.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    const code = route.code;
    const view = renderDossierView({
      api,
      text: t,
      lang,
      officer: current,
      code,
      now,
      hrefForQueue: hrefOf({ view: 'queue', query: { page: 1 } }),
      navigate,
      schemaOf: (procedure) => {
        let schema = schemas.get(procedure);
        if (!schema) {
          schema = api.procedureSchema(procedure);
          schemas.set(procedure, schema);
          schema.catch(() => schemas.delete(procedure));
        }
        return schema;
      },
      announce,
      onDone: onDone(code),
      onConflictReload: () => render({ alert: t.versionConflict }),
      onUnauthorized: sessionEnded,
      onError: errorBlock,
      describeError,
      ...(alert ? { alert } : {}),
    });
    elements.root.replaceChildren(view);
    setTitle(`${t.dossierHeading(code)} – ${t.pageTitle}`);
    if (focus) view.querySelector<HTMLElement>('h2')?.focus();
  }

  return {
    get lang() {
      return lang;
    },
    async start() {
      elements.root.replaceChildren(h('p', { class: 'loading' }, text().checkingSession));
      try {
        officer = await api.me();
        sessionKnown = true;
      } catch (error) {
        elements.root.replaceChildren(errorBlock(error, () => void this.start()));
        return;
      }
      render();
    },
    setLanguage(next) {
      lang = next;
      hist.replaceState(null, '', hrefOf(route));
      if (sessionKnown) render();
      else void this.start();
    },
    showCurrent() {
      route = routeOf(loc.search);
      render({ focus: true });
    },
  };
}
