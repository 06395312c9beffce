import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/dvc-procedure-list.js';
import type { DvcProcedureList } from './procedure-list.js';
import type { DvcCatalogErrorEvent } from '../events/dvc-catalog-error.js';
import type { DvcProcedureSelectEvent } from '../events/dvc-procedure-select.js';
import type { DvcProcedureFilterEvent } from '../events/dvc-procedure-filter.js';
import { axeViolations } from '../test-support/stories.js';
import { focusedAxNode } from '../test-support/ax-tree.js';
import { SAMPLE_CATALOG } from './test-fixtures/catalog.js';
import type { ListedCatalog } from './internal/read-catalog.js';

const TOTAL = SAMPLE_CATALOG.procedures.length;
/** Money as formatVND writes it: a no-break space before ₫. */
const vnd = (text: string) => text.replaceAll(' ₫', '\u00a0₫');

/** A URL the page can fetch the catalogue from: a blob of its JSON (the fetch and the body reading are real). */
function catalogUrl(catalog: unknown = SAMPLE_CATALOG): string {
  return URL.createObjectURL(new Blob([JSON.stringify(catalog)], { type: 'application/json' }));
}

async function listOf(catalog: unknown = SAMPLE_CATALOG, attributes = ''): Promise<DvcProcedureList> {
  const list = await fixture<DvcProcedureList>(html`<dvc-procedure-list .catalog=${catalog as ListedCatalog}></dvc-procedure-list>`);
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const at = attribute.indexOf('=');
    list.setAttribute(at < 0 ? attribute : attribute.slice(0, at), at < 0 ? '' : decodeURIComponent(attribute.slice(at + 1)));
  }
  await list.updateComplete;
  return list;
}

const root = (list: DvcProcedureList) => list.shadowRoot!;
const part = (list: DvcProcedureList, name: string) => root(list).querySelector<HTMLElement>(`[part~="${name}"]`);
const names = (list: DvcProcedureList) => [...root(list).querySelectorAll('[part~="item-link"]')].map((a) => a.textContent!.trim());
const countText = (list: DvcProcedureList) => part(list, 'count')!.textContent!.trim();
const searchBox = (list: DvcProcedureList) => root(list).querySelector<HTMLInputElement>('input[type="search"]')!;
const select = (list: DvcProcedureList, label: string) =>
  [...root(list).querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent?.trim() === label)!;

/** Types into the search box as a citizen does (one input event per key), then waits for the pause to end. */
async function type(list: DvcProcedureList, text: string): Promise<void> {
  searchBox(list).focus();
  await sendKeys({ type: text });
  await waitUntil(() => list.query === searchBox(list).value, 'the query follows the box', { timeout: 2000 });
  await list.updateComplete;
}

function choose(list: DvcProcedureList, label: string, value: string): Promise<boolean> {
  const element = select(list, label);
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return list.updateComplete;
}

afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<dvc-procedure-list>', () => {
  it('passes accessibility checks', async () => {
    const list = await listOf();
    expect(await axeViolations(list.parentElement!)).to.deep.equal([]);
  });

  it('lists every procedure as a heading link with its facts, and says how many', async () => {
    const list = await listOf();
    expect(names(list)).to.have.length(TOTAL);
    expect(countText(list)).to.equal(`Tìm thấy ${TOTAL} thủ tục`);
    expect(part(list, 'count')!.getAttribute('role')).to.equal('status');
    const first = root(list).querySelector('[part~="item"]')!;
    expect(first.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const facts = [...first.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(facts).to.deep.equal([
      'Mã thủ tục: 1.001193',
      'Lĩnh vực: Hộ tịch',
      'Cơ quan thực hiện: Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch)',
      'Cấp thực hiện: Cấp xã',
      'Dịch vụ công trực tuyến: Toàn trình',
      'Thời hạn giải quyết: Trong ngày (tiếp nhận trước 15:00)',
      vnd('Phí, lệ phí: 8.000 ₫; 8.000 ₫/bản'),
    ]);
    const copy = [...root(list).querySelectorAll('[part~="item"]')].at(-1)!;
    expect(copy.textContent).to.contain(vnd('2.000 ₫/trang (từ trang thứ 1 đến trang thứ 2), 1.000 ₫/trang (từ trang thứ 3 trở đi) (tối đa 200.000 ₫)'));
    expect(root(list).querySelector('[part~="item"]:nth-child(3)')!.textContent).to.contain('Miễn phí');
    expect(list.matches(':state(ready)')).to.equal(true);
    expect(list.results.map((p) => p.id)).to.deep.equal(SAMPLE_CATALOG.procedures.map((p) => p.id));
  });

  describe('fetching the catalogue (src)', () => {
    it('shows that it is loading, then the list', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const url = catalogUrl();
      // Not `fixture`: it waits for the list's updateComplete, which waits for the held download.
      const list = fixtureSync<DvcProcedureList>(html`<dvc-procedure-list
        .fetch=${async (input: string, init: RequestInit) => {
          await held;
          return fetch(input, init);
        }}
        src=${url}
      ></dvc-procedure-list>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(part(list, 'status')!.textContent).to.equal('Đang tải danh mục thủ tục…');
      expect(list.matches(':state(loading)')).to.equal(true);
      // The search box is there already: what is typed while loading is kept and applied.
      searchBox(list).focus();
      await sendKeys({ type: 'ho tich' });
      release();
      await list.updateComplete;
      await waitUntil(() => list.query === 'ho tich', 'the query', { timeout: 2000 });
      await list.updateComplete;
      expect(searchBox(list).value).to.equal('ho tich');
      expect(names(list)).to.deep.equal(['Đăng ký khai sinh']);
      expect(list.matches(':state(loading)')).to.equal(false);
    });

    it('reads a catalogue over HTTP from the page server, resolved against the page', async () => {
      const calls: string[] = [];
      const list = await fixture<DvcProcedureList>(html`<dvc-procedure-list
        .fetch=${(input: string, init: RequestInit) => {
          calls.push(input);
          return fetch(catalogUrl(), init);
        }}
        src="api/catalog"
      ></dvc-procedure-list>`);
      await list.updateComplete;
      expect(calls).to.deep.equal([new URL('api/catalog', document.baseURI).href]);
      expect(names(list)).to.have.length(TOTAL);
    });

    const failures: [string, string, string, string][] = [
      ['a 404', '/__dvc/no-such-catalog.json', 'http', 'Không tìm thấy danh mục thủ tục ở địa chỉ đã cấu hình (lỗi 404)'],
      ['an answer that is not JSON', '/packages/elements/README.md', 'not-json', 'Danh mục thủ tục không đúng định dạng'],
      ['JSON that is not a catalogue', '/packages/elements/package.json', 'malformed', 'Danh mục thủ tục không đúng định dạng'],
      ['no server', 'http://127.0.0.1:9/catalog.json', 'network', 'Không kết nối được máy chủ'],
    ];
    for (const [what, src, code, words] of failures) {
      it(`says so in words after ${what}, with a retry, and fires dvc-error`, async () => {
        const list = document.createElement('dvc-procedure-list');
        const errored = oneEvent(list, 'dvc-error') as Promise<DvcCatalogErrorEvent>;
        list.src = src;
        document.body.append(list);
        try {
          const event = await errored;
          await list.updateComplete;
          expect(event.detail.code).to.equal(code);
          expect(part(list, 'error')!.textContent).to.contain(words);
          expect(countText(list)).to.equal('Không tải được danh mục thủ tục');
          expect(part(list, 'retry-button')).to.exist;
          expect(list.matches(':state(failed)')).to.equal(true);
          if (code === 'malformed') {
            expect(event.detail.problems[0]).to.deep.equal({ pointer: '/procedures', message: 'must be an array, not missing' });
            expect(root(list).querySelector('details ul')!.textContent).to.contain('/procedures');
          }
          if (code === 'http') expect(event.detail.status).to.equal(404);
        } finally {
          list.remove();
        }
      });
    }

    it('loads again when retried, and shows the list once it works', async () => {
      let calls = 0;
      const list = await fixture<DvcProcedureList>(html`<dvc-procedure-list
        .fetch=${(_input: string, init: RequestInit) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : fetch(catalogUrl(), init))}
        src="/catalog.json"
      ></dvc-procedure-list>`);
      await list.updateComplete;
      expect(list.matches(':state(failed)')).to.equal(true);
      part(list, 'retry-button')!.click();
      await list.updateComplete;
      expect(calls).to.equal(2);
      expect(names(list)).to.have.length(TOTAL);
      expect(part(list, 'error')).to.equal(null);
    });

    it('refuses a catalogue larger than it reads without reading it all', async () => {
      const list = await fixture<DvcProcedureList>(html`<dvc-procedure-list
        .fetch=${() => Promise.resolve(new Response('{}', { headers: { 'content-length': String(64 * 1024 * 1024) } }))}
        src="/catalog.json"
      ></dvc-procedure-list>`);
      await list.updateComplete;
      expect(part(list, 'error')!.textContent).to.contain('Danh mục thủ tục quá lớn');
    });

    it('drops the answer of a src replaced meanwhile', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const other = { procedures: [{ id: 'late', name: 'Trả lời muộn' }] };
      const list = fixtureSync<DvcProcedureList>(html`<dvc-procedure-list
        .fetch=${async (input: string, init: RequestInit) => {
          if (input.endsWith('/old.json')) {
            await held;
            return fetch(catalogUrl(other), init);
          }
          return fetch(catalogUrl(), init);
        }}
        src="/old.json"
      ></dvc-procedure-list>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(list.matches(':state(loading)')).to.equal(true);
      list.src = '/new.json';
      await list.updateComplete;
      release();
      await new Promise((resolve) => setTimeout(resolve, 30));
      await list.updateComplete;
      expect(names(list)).to.have.length(TOTAL);
    });

    it('says that the page gave no catalogue', async () => {
      const list = await fixture<DvcProcedureList>(html`<dvc-procedure-list></dvc-procedure-list>`);
      expect(part(list, 'notice')!.textContent).to.contain('chưa được cấu hình danh mục thủ tục');
      expect(part(list, 'search')).to.equal(null);
    });
  });

  describe('a malformed catalogue given as a property', () => {
    it('says it cannot be shown, with what is wrong, and never goes blank', async () => {
      const list = await listOf({ procedures: 'none' });
      expect(part(list, 'error')!.textContent).to.contain('không đúng định dạng');
      expect(root(list).querySelector('details')!.textContent).to.contain('/procedures');
      // A catalogue given by the page has nothing to fetch again.
      expect(part(list, 'retry-button')).to.equal(null);
    });

    it('shows the readable entries and says how many were left out', async () => {
      const list = document.createElement('dvc-procedure-list');
      const errored = oneEvent(list, 'dvc-error') as Promise<DvcCatalogErrorEvent>;
      list.catalog = { generator: '', procedures: [...SAMPLE_CATALOG.procedures, { id: 'broken' } as never, 42 as never] };
      document.body.append(list);
      try {
        const event = await errored;
        await list.updateComplete;
        expect(event.detail.code).to.equal('skipped');
        expect(event.detail.problems.map((p) => p.pointer)).to.deep.equal([`/procedures/${TOTAL}/name`, `/procedures/${TOTAL + 1}`]);
        expect(names(list)).to.have.length(TOTAL);
        expect(part(list, 'notice')!.textContent).to.equal('2 thủ tục trong danh mục có dữ liệu lỗi nên không được hiển thị.');
      } finally {
        list.remove();
      }
    });

    it('shows catalogue text as text, never as HTML', async () => {
      const attack = '<img src=x onerror="window.__injected=1"><b>Đậm</b>';
      const list = await listOf({
        procedures: [{ id: '"><script>1</script>', code: '<i>1</i>', name: { vi: attack, en: attack }, sector: { vi: attack }, agency: attack }],
      });
      expect(root(list).querySelector('[part~="list"] img, [part~="list"] b, [part~="list"] i, [part~="list"] script')).to.equal(null);
      expect(names(list)).to.deep.equal([attack]);
      expect(part(list, 'item-link')!.getAttribute('href')).to.equal('#%22%3E%3Cscript%3E1%3C%2Fscript%3E');
      expect(select(list, 'Lĩnh vực').options[1]!.textContent).to.equal(attack);
      expect((window as { __injected?: number }).__injected).to.equal(undefined);
    });
  });

  describe('search', () => {
    it('finds a procedure typed without diacritics, keeping what is typed, and announces the count', async () => {
      const list = await listOf();
      searchBox(list).focus();
      await sendKeys({ type: 'dang ky khai sinh' });
      // Right after the last key: the box holds every character, the list has not redrawn yet.
      expect(searchBox(list).value).to.equal('dang ky khai sinh');
      await waitUntil(() => names(list).length === 1, 'the list follows after a pause', { timeout: 2000 });
      expect(names(list)).to.deep.equal(['Đăng ký khai sinh']);
      expect(searchBox(list).value).to.equal('dang ky khai sinh');
      expect(countText(list)).to.equal('Tìm thấy 1 thủ tục');
      expect(list.getAttribute('query')).to.equal('dang ky khai sinh');
      expect(list.matches(':state(filtered)')).to.equal(true);
    });

    it('applies the search at once on Enter', async () => {
      const list = await listOf();
      searchBox(list).focus();
      await sendKeys({ type: 'ĐẤT ĐAI' });
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(list.query).to.equal('ĐẤT ĐAI');
      expect(names(list)).to.deep.equal(['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất']);
    });

    it('clears the box with Escape, and lets Escape go on when the box is empty', async () => {
      const list = await listOf();
      await type(list, 'ho tich');
      expect(names(list)).to.have.length(1);
      const outside: KeyboardEvent[] = [];
      const listener = (event: KeyboardEvent) => outside.push(event);
      document.addEventListener('keydown', listener);
      try {
        await sendKeys({ press: 'Escape' });
        await list.updateComplete;
        expect(searchBox(list).value).to.equal('');
        expect(list.query).to.equal('');
        expect(list.hasAttribute('query') ? list.getAttribute('query') : '').to.equal('');
        expect(names(list)).to.have.length(TOTAL);
        expect(outside).to.have.length(0);
        await sendKeys({ press: 'Escape' });
        expect(outside).to.have.length(1);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it('takes the query from the page (e.g. its URL) into the box', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'query=ly%20lich');
      expect(searchBox(list).value).to.equal('ly lich');
      expect(names(list)).to.deep.equal(['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam']);
    });
  });

  describe('filters', () => {
    it('filters by level, online service and sector, reflecting each as an attribute', async () => {
      const list = await listOf();
      expect([...select(list, 'Cấp thực hiện').options].map((o) => o.textContent)).to.deep.equal(['Tất cả các cấp', 'Cấp xã', 'Cấp tỉnh']);
      await choose(list, 'Cấp thực hiện', 'PROVINCE');
      expect(list.getAttribute('level')).to.equal('PROVINCE');
      expect(names(list)).to.have.length(2);
      await choose(list, 'Dịch vụ công trực tuyến', 'FULL');
      expect(list.getAttribute('online-service')).to.equal('FULL');
      expect(names(list)).to.have.length(1);
      await choose(list, 'Cấp thực hiện', '');
      await choose(list, 'Lĩnh vực', 'Hộ tịch');
      expect(list.getAttribute('sector')).to.equal('Hộ tịch');
      expect(names(list)).to.deep.equal(['Đăng ký khai sinh']);
      expect(countText(list)).to.equal('Tìm thấy 1 thủ tục');
    });

    it('takes the filters from attributes, in any case and with or without diacritics', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'sector=ho%20tich level=commune online-service=full');
      expect(names(list)).to.deep.equal(['Đăng ký khai sinh']);
      expect(select(list, 'Lĩnh vực').value).to.equal('Hộ tịch');
      expect(select(list, 'Cấp thực hiện').value).to.equal('COMMUNE');
      expect(select(list, 'Dịch vụ công trực tuyến').value).to.equal('FULL');
    });

    it('shows a filter value the catalogue lacks as chosen, and finds nothing, with a way back', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'level=DISTRICT query=khai%20sinh');
      expect(select(list, 'Cấp thực hiện').value).to.equal('DISTRICT');
      expect(names(list)).to.deep.equal([]);
      expect(list.matches(':state(no-result)')).to.equal(true);
      const noResult = part(list, 'no-result')!;
      expect(noResult.textContent).to.contain('Không tìm thấy thủ tục phù hợp');
      expect(noResult.textContent).to.contain('Không có thủ tục nào khớp với “khai sinh” trong các lựa chọn hiện tại.');
      expect(countText(list)).to.equal('Không tìm thấy thủ tục nào');
      noResult.querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
      await list.updateComplete;
      expect(names(list)).to.have.length(TOTAL);
      expect([list.query, list.sector, list.level, list.onlineService]).to.deep.equal(['', '', '', '']);
      expect(list.hasAttribute('level') ? list.getAttribute('level') : '').to.equal('');
      expect(root(list).activeElement).to.equal(searchBox(list));
      expect(searchBox(list).value).to.equal('');
    });
  });

  it("tells the page of the citizen's search and filters (dvc-procedure-filter), not of its own", async () => {
    const list = await listOf(SAMPLE_CATALOG, 'level=COMMUNE');
    const told: DvcProcedureFilterEvent['detail'][] = [];
    list.addEventListener('dvc-procedure-filter', (event) => told.push(event.detail));
    list.setAttribute('online-service', 'FULL');
    await list.updateComplete;
    expect(told).to.deep.equal([]);
    await type(list, 'khai sinh');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(told).to.deep.equal([{ query: 'khai sinh', sector: '', level: 'COMMUNE', onlineService: 'FULL', count: 1 }]);
    await choose(list, 'Cấp thực hiện', 'PROVINCE');
    expect(told.at(-1)).to.deep.equal({ query: 'khai sinh', sector: '', level: 'PROVINCE', onlineService: 'FULL', count: 0 });
    part(list, 'clear-button')!.click();
    await list.updateComplete;
    expect(told.at(-1)).to.deep.equal({ query: '', sector: '', level: '', onlineService: '', count: TOTAL });
    expect(told).to.have.length(3);
  });

  describe('keyboard', () => {
    it('reaches the search box, each filter and each link with Tab, each named', async () => {
      const before = document.createElement('button');
      before.textContent = 'Trước';
      const list = await listOf(SAMPLE_CATALOG, 'page-size=2');
      list.before(before);
      try {
        before.focus();
        const stops: string[] = [];
        for (let i = 0; i < 6; i++) {
          await sendKeys({ press: 'Tab' });
          const node = await focusedAxNode();
          stops.push(`${node?.role}: ${node?.name}`);
        }
        expect(stops).to.deep.equal([
          'searchbox: Tìm thủ tục',
          'combobox: Lĩnh vực',
          'combobox: Cấp thực hiện',
          'combobox: Dịch vụ công trực tuyến',
          'link: Đăng ký khai sinh',
          'link: Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        ]);
      } finally {
        before.remove();
      }
    });

    it('shows more procedures on demand and moves focus to the first new one', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'page-size=4');
      expect(names(list)).to.have.length(4);
      const more = part(list, 'more-button')!;
      expect(more.textContent!.trim()).to.equal(`Hiển thị thêm ${TOTAL - 4} thủ tục (còn ${TOTAL - 4})`);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(names(list)).to.have.length(TOTAL);
      expect(part(list, 'more-button')).to.equal(null);
      expect(root(list).activeElement!.textContent!.trim()).to.equal(names(list)[4]);
    });
  });

  describe('links and the dvc-procedure-select event', () => {
    it('links each procedure with item-href, its id URL-encoded', async () => {
      const list = await listOf({ procedures: [...SAMPLE_CATALOG.procedures, { id: 'a b/c', name: 'Khác' }] }, 'item-href=/thu-tuc/{id}?lang=vi');
      const hrefs = [...root(list).querySelectorAll('[part~="item-link"]')].map((a) => a.getAttribute('href'));
      expect(hrefs[0]).to.equal('/thu-tuc/1.001193?lang=vi');
      expect(hrefs.at(-1)).to.equal('/thu-tuc/a%20b%2Fc?lang=vi');
    });

    it('gives no link to an item-href that is not a web address', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'item-href=javascript:alert({id})');
      expect(part(list, 'item-link')!.hasAttribute('href')).to.equal(false);
    });

    it('fires a cancelable event with the procedure on activation; preventDefault keeps the page', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'item-href=#/thu-tuc/{id}');
      const hash = location.hash;
      const link = part(list, 'item-link')!;
      const chosen = oneEvent(list, 'dvc-procedure-select') as Promise<DvcProcedureSelectEvent>;
      list.addEventListener('dvc-procedure-select', (event) => event.preventDefault(), { once: true });
      link.focus();
      await sendKeys({ press: 'Enter' });
      const event = await chosen;
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.href).to.equal('#/thu-tuc/1.001193');
      expect(event.detail.procedure).to.deep.equal(SAMPLE_CATALOG.procedures[0]);
      expect(location.hash).to.equal(hash);
    });

    it('follows the link when the page does not cancel', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'item-href=#chon-{id}');
      let fired = 0;
      list.addEventListener('dvc-procedure-select', () => fired++);
      part(list, 'item-link')!.click();
      expect(fired).to.equal(1);
      expect(location.hash).to.equal('#chon-1.001193');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('leaves a click that opens a new tab to the browser', async () => {
      const list = await listOf();
      let fired = 0;
      list.addEventListener('dvc-procedure-select', () => fired++);
      const link = part(list, 'item-link')!;
      // Not followed here: the test page must stay.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(fired).to.equal(0);
    });
  });

  it('gives each procedure a heading at the level asked for (2 to 6)', async () => {
    const list = await listOf(SAMPLE_CATALOG, 'heading-level=2');
    expect(part(list, 'item-heading')!.getAttribute('aria-level')).to.equal('2');
    list.headingLevel = 9;
    await list.updateComplete;
    expect(part(list, 'item-heading')!.getAttribute('aria-level')).to.equal('6');
  });

  describe('language', () => {
    it('speaks English with lang="en", marking Vietnamese-only text with its language', async () => {
      const list = await listOf(SAMPLE_CATALOG, 'lang=en');
      expect(names(list)[0]).to.equal('Birth registration');
      expect(countText(list)).to.equal(`${TOTAL} procedures found`);
      expect(root(list).querySelector('label')!.textContent).to.contain('Find a procedure');
      const copy = [...root(list).querySelectorAll('[part~="item-link"]')].at(-1)!;
      expect(copy.querySelector('span')!.getAttribute('lang')).to.equal('vi');
      const sectorChoice = [...select(list, 'Sector').options].find((o) => o.value === 'Chứng thực')!;
      expect(sectorChoice.getAttribute('lang')).to.equal('vi');
      expect(select(list, 'Sector').options[1]!.hasAttribute('lang')).to.equal(false);
      expect(root(list).querySelector('[part~="item"]')!.textContent).to.contain('The same day (if received before 15:00)');
      expect(await axeViolations(list.parentElement!)).to.deep.equal([]);
    });

    it("follows the page's language when it changes", async () => {
      const list = await listOf();
      const wrapper = list.parentElement!;
      wrapper.setAttribute('lang', 'en');
      document.documentElement.lang = 'en';
      try {
        await waitUntil(() => countText(list).endsWith('procedures found'), 'English', { timeout: 2000 });
      } finally {
        document.documentElement.lang = 'vi';
      }
    });
  });

  it('stops the loading pulse when the citizen asks for reduced motion', async () => {
    const list = fixtureSync<DvcProcedureList>(html`<dvc-procedure-list .fetch=${() => new Promise<Response>(() => {})} src="/x.json"></dvc-procedure-list>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const status = part(list, 'status')!;
    expect(getComputedStyle(status).animationName).to.equal('dvc-pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(status).animationName).to.equal('none');
  });
});
