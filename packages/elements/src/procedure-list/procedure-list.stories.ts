import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-procedure-list.js';
import type { CatalogFetch } from './procedure-list.js';
import type { ListedCatalog } from './internal/read-catalog.js';
import { SAMPLE_CATALOG } from './test-fixtures/catalog.js';

/** The catalogues a story can show: the sample (the shipped procedures and a certified copy), none, or broken ones. */
const CATALOGS = {
  sample: SAMPLE_CATALOG,
  empty: { generator: 'dvc-schema 0.1.0', procedures: [] },
  /** Two of its entries are broken (no name; a fee in fractions of a đồng): left out, and the list says so. */
  brokenEntries: {
    generator: 'dvc-schema 0.1.0',
    procedures: [
      ...SAMPLE_CATALOG.procedures,
      { id: 'no-name', code: '9.000001' },
      { id: 'bad-fee', code: '9.000002', name: 'Thủ tục lỗi', free: false, fees: [{ kind: 'PHI', basis: 'FIXED', amount: 1.5 }] },
    ],
  },
  /** Not a catalogue at all: `procedures` is missing. */
  malformed: { generator: 'dvc-schema 0.1.0', entries: SAMPLE_CATALOG.procedures },
} as const satisfies Record<string, unknown>;

/** How the story's `src` answers: at once (the catalogue), never (loading), or with a failure. */
const ANSWERS = ['ok', 'never', 'network', 'server-error', 'not-found', 'not-json'] as const;
type Answer = (typeof ANSWERS)[number];

/**
 * What a story sets on `<dvc-procedure-list>`. With `answer` the list fetches its catalogue from `src` through a
 * scripted `fetch` (no server in Storybook); without, the catalogue is given as the `catalog` property.
 */
export interface ProcedureListArgs {
  lang: 'vi' | 'en';
  catalog: keyof typeof CATALOGS;
  answer?: Answer;
  query: string;
  sector: string;
  level: string;
  onlineService: string;
  itemHref: string;
  pageSize: number;
}

type Story = StoryObj<ProcedureListArgs>;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A `fetch` that answers as the story says, with the story's catalogue. */
function scriptedFetch(answer: Answer, catalog: unknown): CatalogFetch {
  return (_url, init) => {
    switch (answer) {
      case 'never':
        // Pending until the list drops it (a new src, or the story is left).
        return new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      case 'network':
        return Promise.reject(new TypeError('Failed to fetch'));
      case 'server-error':
        return Promise.resolve(json({ code: 'server', message: 'Lỗi máy chủ' }, 503));
      case 'not-found':
        return Promise.resolve(json({ code: 'not-found', message: 'Không tìm thấy' }, 404));
      case 'not-json':
        return Promise.resolve(new Response('<!doctype html><title>Bad gateway</title>', { status: 200, headers: { 'content-type': 'text/html' } }));
      default:
        return Promise.resolve(json(catalog));
    }
  };
}

function renderList(args: ProcedureListArgs): TemplateResult {
  const catalog = CATALOGS[args.catalog] as unknown as ListedCatalog;
  if (args.answer) {
    return html`<dvc-procedure-list
      lang=${args.lang}
      src="/api/catalog"
      .fetch=${scriptedFetch(args.answer, catalog)}
      query=${args.query}
      sector=${args.sector}
      level=${args.level}
      online-service=${args.onlineService}
      item-href=${args.itemHref}
      page-size=${args.pageSize}
    ></dvc-procedure-list>`;
  }
  return html`<dvc-procedure-list
    lang=${args.lang}
    .catalog=${catalog}
    query=${args.query}
    sector=${args.sector}
    level=${args.level}
    online-service=${args.onlineService}
    item-href=${args.itemHref}
    page-size=${args.pageSize}
  ></dvc-procedure-list>`;
}

/**
 * The procedure catalogue of a service centre's start page: search without diacritics, filters by sector, level and
 * online service, and each procedure as a link with its code, facts and fees. The catalogue is `catalog.json` as
 * `dvc-schema build` writes it (here the shipped procedures and one more), given as `catalog` or fetched from `src`.
 */
const meta: Meta<ProcedureListArgs> = {
  title: 'Elements/dvc-procedure-list',
  component: 'dvc-procedure-list',
  render: renderList,
  args: {
    lang: 'vi',
    catalog: 'sample',
    answer: undefined,
    query: '',
    sector: '',
    level: '',
    onlineService: '',
    itemHref: '#/thu-tuc/{id}',
    pageSize: 50,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    catalog: { control: 'select', options: Object.keys(CATALOGS) },
    answer: { control: 'select', options: [undefined, ...ANSWERS], description: 'How `src` answers (story helper); none: the `catalog` property.' },
    level: { control: 'select', options: ['', 'COMMUNE', 'PROVINCE', 'MINISTRY', 'OTHER'] },
    onlineService: { control: 'select', options: ['', 'FULL', 'PARTIAL'] },
    pageSize: { control: 'number' },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Every procedure of the sample catalogue; type "dang ky" or choose a level. */
export const Playground: Story = {};

// ---------------------------------------------------------------------------------------------
// Loading the catalogue from src

/** The catalogue is being fetched: the search box is there already, and what is typed is kept. */
export const Loading: Story = { args: { answer: 'never' } };
/** Fetched from `src` (here through a scripted fetch). */
export const FromSrc: Story = { args: { answer: 'ok' } };
/** The server cannot be reached: the words, and a retry. */
export const FailedNetwork: Story = { args: { answer: 'network' } };
/** The server answers 503. */
export const FailedServer: Story = { args: { answer: 'server-error' } };
/** Nothing at the address given (404): a configuration mistake, said as one. */
export const FailedNotFound: Story = { args: { answer: 'not-found' } };
/** A proxy's HTML page instead of JSON. */
export const FailedNotJson: Story = { args: { answer: 'not-json' } };
/** JSON that is not a catalogue: what is wrong, in the technical details. */
export const Malformed: Story = { args: { catalog: 'malformed' } };
/** Two broken entries are left out; the others show, and the list says how many are missing. */
export const BrokenEntries: Story = { args: { catalog: 'brokenEntries' } };
/** A catalogue without procedures. */
export const EmptyCatalogue: Story = { args: { catalog: 'empty' } };

// ---------------------------------------------------------------------------------------------
// Search and filters

/** Searched without diacritics: "dang ky khai sinh" finds "Đăng ký khai sinh". */
export const Searched: Story = { args: { query: 'dang ky khai sinh' } };
/** Filtered by attributes, as a page does from its URL: commune level, fully online. */
export const Filtered: Story = { args: { level: 'COMMUNE', onlineService: 'FULL' } };
/** Filtered by sector, named without diacritics. */
export const FilteredBySector: Story = { args: { sector: 'ho tich' } };
/** Nothing matches: why, what to try, and a button that clears the filters. */
export const NoResult: Story = { args: { query: 'giay phep lai xe', level: 'PROVINCE' } };
/** Four at a time, with a button for more. */
export const Paged: Story = { args: { pageSize: 4 } };

// ---------------------------------------------------------------------------------------------
// Language

/** In English (`lang="en"`): a procedure without English text shows its Vietnamese name, marked `lang="vi"`. */
export const English: Story = { args: { lang: 'en' } };
/** In English, filtered to nothing. */
export const EnglishNoResult: Story = { args: { lang: 'en', query: 'driving licence' } };

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in procedure-list.stories.browser.test.ts on every story.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-procedure-list&gt;</code> must:</p>
    <ul>
      <li>put the search box and the filters in a search landmark (<code>role="search"</code>) with a name, each with a
        visible label; the search box's hint says accents are optional</li>
      <li>be usable by keyboard alone: Tab reaches the search box, each filter, the clear button and every procedure's
        link in reading order; Escape in the search box clears it; Enter on a link opens the procedure</li>
      <li>keep every character typed: the list follows after a short pause, never rewriting the box</li>
      <li>say how many procedures were found in a polite live region (“Tìm thấy 3 thủ tục”), without moving focus</li>
      <li>give each procedure a heading (level set by <code>heading-level</code>) whose link is its name, and its facts
        as a description list</li>
      <li>when nothing matches, say so with what to try and a “Xóa bộ lọc” button that returns focus to the search box</li>
      <li>after “show more”, move focus to the first procedure added</li>
      <li>mark text shown in the other language (a procedure without English text) with its <code>lang</code></li>
      <li>say every failure to load in words, with a “Thử lại” button; never show a blank element</li>
      <li>never inject text from the catalogue as HTML</li>
      <li>respect reduced motion (the loading pulse stops)</li>
      <li>have no axe-core violations in every story</li>
    </ul>
  </article>`,
};
