#!/usr/bin/env node
// Bytes a page loads for <dvc-dossier-form>, and the size budgets. Run after `npx turbo run build`
// (it bundles the built packages, packages/*/dist):
//
//   npm run size               # table + budget check; exit 1 when a budget is exceeded
//   npm run size -- --json     # also print the figures as JSON
//   npm run size -- --files    # also list the largest input files of each bundle
//
// Each page entry is bundled by esbuild as a portal would ship it (bundle, minify, ESM, browser,
// es2022, NODE_ENV=production); sizes are raw, gzip -9 and brotli -11 bytes.
//
// The budgets apply to (a) and (c) as Vite (the demo's bundler: Rolldown, then minify) ships them: there the code
// the element's lazy chunks share with the page stays in the page's one entry chunk. esbuild's code splitting
// moves it into a second chunk the page also loads, which costs about 1.4 KB gzip more; those rows are reported
// too.
//
//   (a) "precompiled page": define/dvc-dossier-form-precompiled.js: engine core + element + Lit,
//       no validator of its own (no interpreter, no x-dvc meta-schema, no ajv); the page passes
//       the procedure's precompiled validator through the element's `validator` property. Fails
//       when the interpreter or the meta-schema gets into it.
//   (b) "generated validators": per procedure in schemas/procedures, the standalone validator
//       `dvc-schema build` writes, with the Vietnamese messages it carries (ajv standalone code, bundled; see
//       packages/elements/src/csp/standalone-validator.mjs), reported apart: it depends on the schema.
//   (c) "default page": define/dvc-dossier-form.js: engine (with its eval-free interpreter) +
//       element + Lit, for any schema given at run time.
//   For (a) and (c) any import of ajv is kept out of the bundle (external), so the figure is
//   "without ajv" whatever the element does. Built with code splitting: the figure is what the
//   page loads up front; chunks the element would import on demand (other than ajv) get a row.
//   (d) "with ajv, lazy chunk": the default page plus `await import('@dvc-kit/form-engine/ajv')`
//       (a page that opts into the ajv validator), bundled with code splitting: the main chunk
//       (loaded up front), what that dynamic import loads (ajv), and the two together. The
//       element's own on-demand chunks are the ones listed under (c).
//   (e) "standalone": packages/elements/dist/standalone/, the ES modules a page without a bundler links
//       (`<script type="module" src="…/dvc-dossier-form.js">`), built as packages/elements/scripts/build-standalone.mjs
//       builds them (one split build of the four define files, Lit included, licence comments kept). Per entry: what
//       the page loads up front (the entry and the chunks it imports statically) and every chunk it can load on demand
//       (all of them, e.g. the 34 provinces' communes, of which a page loads the ones chosen).
//   (g) "fee widget page": define/dvc-fee-widget.js alone (a payment page), esbuild split build: what it loads up
//       front, and the chunk that draws a QR code (uqr), which must stay lazy.
//   (h) "procedure list page": define/dvc-procedure-list.js alone (a service centre's start page), what it loads up
//       front.
//   (i) "statistics page": define/dvc-stats.js alone (a service centre's public statistics), as (f).
//   (j) "site pages": the demo service centre's pages as its Vite build ships them (apps/demo/dist, read from its
//       .vite/manifest.json; build it first): per page, the scripts it loads up front (its entry and their static
//       imports, shared chunks counted on every page that loads them) and the site's stylesheet.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { basename, join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialOutputs } from './initial-chunks.mjs';
import { standaloneOptions, DEFINE_DIR as STANDALONE_DEFINE_DIR } from '../packages/elements/scripts/build-standalone.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KiB = 1024;

/** Budgets, gzip -9 bytes. Tighten them as the element gets leaner. */
const BUDGETS = {
  // (a) a page for a known procedure: engine + element + Lit, its generated validator counted apart.
  //     Interim: the target is 20 KiB (issue 4); docs/decisions/0005 measures what it would take. Today's page
  //     must not grow while we slim it.
  //     Raised by issue 10's every-page work (+1,660 B over 25 KiB; +2,293 B over the page before issue 10, of which the
  //     validator +64 B: the table per feature is in docs/decisions/0008).
  //     Then +62 B: the schema walk every form runs writes a pointer only for what it finds (collectionAt: 19.5 → 3.8 ms
  //     self in a flat-500 render profile) and allOf members merge a "__proto__" property as a property.
  //     Then +12 B: setOwn assigns keys other than "__proto__" (defineProperty on every key made the form's layouts slow
  //     dictionaries: nested render 153 → 139–143 ms against 134 ms before issue 10, bench/results/ab).
  //     Then +717 B (27,334 → 28,051) for issue 11's split of <dvc-dossier-form> into templates, layout, form model,
  //     listeners and an async-state controller: what used to be private members of one class (mangled) is now
  //     property names shared between modules (the field context, the model, the controller's states), which stay
  //     (docs/decisions/0009).
  //     Then +303 B (28,051 → 28,354) for issue 11's shared form-control layer: DvcFormControl writing validity and
  //     form value only when they change (for the three elements), labels, focus() to the input to correct,
  //     reportValidity firing its invalid event, and the one field stylesheet the form now shares with the address
  //     picker and the upload field (their lazy chunks shrink by about 100 B).
  //     Then +120 B (28,354 → 28,474): the form's field templates draw label, hint, error and required mark with that
  //     same scaffold (shared/field.ts), no longer a copy of their own.
  //     Then +1,486 B (28,474 → 29,960) for issue 11's messages naming the field as the citizen sees it: a field's name
  //     with its group when two share a title, each missing field of a missing group named, address parts named, the
  //     summary line built by the engine, interface words from the dictionaries (form.ts, about 1.2 KB), and the caches
  //     that keep typing fast on big forms (about 0.2 KB; docs/messages.md).
  precompiledGzip: 25 * KiB + 1_660 + 62 + 12 + 717 + 303 + 120 + 1_486,
  // (a) what issue 4 names, "engine + element for a known procedure ≤ 20 KiB": our code on that page, with Lit (the
  //     framework every dvc element shares) reported apart, as the generated validator is.
  //     Raised by what issue 10 needs on every page (+1,027 B over 20 KiB, measured at 5f117f9): references resolved
  //     against $id bases as the validator does, recursion stopped by a definition's origin, the data-depth limit,
  //     own keys and kept date-times when editing, the formats' normalise/explain hooks, and the small hooks that let
  //     maps and tuples (and the date-time clock) load on demand. docs/decisions/0008 has the figures per feature
  //     (+2,190 B over the page before issue 10 without the validator, +78 B the validator's).
  //     Then +67 B for the same two fixes as the page with Lit above.
  //     Then +18 B for setOwn's fast path (see precompiledGzip).
  //     Then +709 B (21,592 → 22,301) for the split of <dvc-dossier-form> (issue 11, see precompiledGzip).
  //     Then +305 B (22,301 → 22,606) for the shared form-control layer (issue 11, see precompiledGzip).
  //     Then +141 B (22,606 → 22,747) for the shared field scaffold in the form's templates (see precompiledGzip).
  //     Then +1,459 B (22,747 → 24,206) for the messages (issue 11, see precompiledGzip).
  precompiledOwnCodeGzip: 20 * KiB + 1_027 + 67 + 18 + 709 + 305 + 141 + 1_459,
  // (c) the default page: engine + element + Lit + the eval-free runtime validator
  //     (react-jsonschema-form loads 197 KiB, JSON Forms 150 KiB). Raised by what the complete validator added
  //     (docs/decisions/0007), +4.1 KB on the page measured on top of main at b56970b; gzip of each module alone:
  //     the interpreter complete for 2020-12 and draft-07, deciding the conditions +1.2 KB, the old matcher gone
  //     −1.0 KB, patterns that could backtrack run without backtracking +2.1 KB, formats to their RFCs +0.9 KB and a
  //     punycode decoder +0.5 KB (IDNA A-labels). The meta-schemas load only for a schema that names one.
  //     And by issue 10's every-page work (+1,271 B; +3,794 B over the page before issue 10 without the validator:
  //     docs/decisions/0008).
  //     Then +103 B: the two fixes above, and lint's keyword shapes checked by a table (one look-up per keyword).
  //     Then +20 B for setOwn's fast path (see precompiledGzip).
  //     Then +1,106 B (46,554 → 47,660) for the split of <dvc-dossier-form> into two classes (issue 11, see
  //     precompiledGzip), of which ~50 B the base (precompiled) class's lazy import of the schema preparer, dead code
  //     on this page (docs/decisions/0009).
  //     Then +339 B (47,660 → 47,999) for the shared form-control layer (issue 11, see precompiledGzip).
  //     Then +116 B (47,999 → 48,115) for the shared field scaffold in the form's templates (see precompiledGzip).
  //     Then +1,510 B (48,115 → 49,625) for the messages (issue 11, see precompiledGzip).
  withoutAjvGzip: 40 * KiB + 4_200 + 1_271 + 103 + 20 + 1_106 + 339 + 116 + 1_510,
  // (d) the main chunk of a page that uses ajv must fit the same budget: ajv stays in its lazy chunk (raised as (c),
  //     +4.3 KB, then +2,855 B for issue 10's every-page work: +3,436 B at 5f117f9, less 581 B once the lazy map and
  //     tuple chunks stopped sharing the form with the page, which esbuild had split into a chunk of its own;
  //     docs/decisions/0008).
  //     Then +11 B for the fixes named at (c).
  //     Then +19 B for setOwn's fast path (see precompiledGzip).
  //     Then +1,958 B (50,241 → 52,199) for the split of <dvc-dossier-form> (issue 11): ~800 B as (c), and ~1,150 B
  //     because the full class extends the precompiled one, whose lazy import of the schema preparer makes esbuild
  //     split the code that chunk shares with the page into a chunk of its own, loaded up front.
  //     Then +558 B (52,199 → 52,757) for the shared form-control layer (issue 11, see precompiledGzip), more than (c)
  //     as esbuild's chunking splits it.
  //     Then +231 B (52,757 → 52,988) for the shared field scaffold in the form's templates (see precompiledGzip).
  //     Then +1,608 B (52,988 → 54,596) for the messages (issue 11, see precompiledGzip).
  withAjvMainGzip: 42 * KiB + 4_350 + 2_855 + 11 + 19 + 1_956 + 558 + 231 + 1_608,
  // (e) the standalone dvc-dossier-form.js, what a page without a bundler loads up front (entry + its static chunks,
  //     Lit and its licence comments included): set at the figure of its first build (issue 11), so that it only
  //     grows on purpose. esbuild splits the code the four entries share into chunks (9 files up front), which costs
  //     more than the page as Vite ships it, (c).
  //     Then +875 B (51,071 → 51,946) for the split of <dvc-dossier-form> into two classes (see withoutAjvGzip).
  //     Then +551 B (51,946 → 52,497) for the shared form-control layer (see precompiledGzip; esbuild's chunks, as (d)).
  //     Then +232 B (52,497 → 52,729) for the shared field scaffold in the form's templates (see precompiledGzip).
  //     Then +1,559 B (52,729 → 54,288) for the messages (issue 11, see precompiledGzip).
  //     Then +731 B (54,288 → 55,019; 9 → 12 files) for issue 12's <dvc-fee-widget> entry, though the form loads none
  //     of it: one split build for all entries, and esbuild tree-shakes a module for the union of the entries, so the
  //     code of @dvc-kit/vn's money.js, vietqr.js and banks.js that the widget uses (all reachable from the form and
  //     the address picker through vn's index) becomes live in the chunks they share; the picker's entry +2,962 B.
  //     Then +143 B (55,019 → 55,162; 13 files) for the <dvc-status-tracker> entry (issue 12), the same way: its
  //     dossier source and working-day calendar are live in modules the entries share.
  //     Then +1 B once the elements, @dvc-kit/procedure and @dvc-kit/dossier import @dvc-kit/vn by its subpaths
  //     (vn/units, vn/money, …): a module is no longer reached through vn's index by every entry, which took the
  //     standalone address picker from 28,993 to 18,588 B up front, the tracker 38,346 → 33,023 B and the fee widget
  //     68,415 → 62,327 B.
  //     Then +376 B (55,163 → 55,539; 14 files) once the fee widget imports computeFees by @dvc-kit/procedure's ./fees
  //     subpath, not its index (the standalone fee widget −8,702 B): esbuild splits the chunks the form shares with the
  //     widget differently, one more file up front.
  //     Then +1 B for the <dvc-procedure-list> entry (issue 13; esbuild's chunks, as for the tracker's entry).
  //     Then +100 B (55,540 → 55,640; 15 files) for the <dvc-stats> entry (issue 13): the modules it shares with the
  //     others (shared/field.js, the dvc-error event) leave the chunks they shared with code <dvc-stats> does not use.
  standaloneGzip: 51_071 + 875 + 551 + 232 + 1_559 + 731 + 143 + 1 + 376 + 1 + 100,
  // (e) the standalone dvc-dossier-form-precompiled.js, up front (7 files): the same, first build (issue 11).
  //     Then +754 B (29,807 → 30,561) for the split of <dvc-dossier-form> (see precompiledGzip).
  //     Then +549 B (30,561 → 31,110) for the shared form-control layer (see precompiledGzip).
  //     Then +233 B (31,110 → 31,343) for the shared field scaffold in the form's templates (see precompiledGzip).
  //     Then +1,607 B (31,343 → 32,950) for the messages (issue 11, see precompiledGzip).
  //     Then +346 B (32,950 → 33,296; 8 → 10 files) for the <dvc-fee-widget> entry (issue 12, see standaloneGzip).
  //     Then +134 B (33,296 → 33,430; 11 files) for the <dvc-status-tracker> entry (see standaloneGzip).
  //     Then +2 B for @dvc-kit/vn's subpath imports (see standaloneGzip).
  //     Then +1 B for the <dvc-procedure-list> entry (issue 13).
  //     Then +104 B for the <dvc-stats> entry (issue 13, see standaloneGzip).
  standalonePrecompiledGzip: 29_807 + 754 + 549 + 233 + 1_607 + 346 + 134 + 2 + 1 + 104,
  // (g) a page with <dvc-fee-widget> alone (a payment page), up front: set at its first build (issue 12). Most of it is
  //     the engine's eval-free interpreter, which computeFees (@dvc-kit/procedure) imports to decide the fees' and
  //     exemptions' conditions (form-engine ~30 KB of the ~82 KB minified); on a page with <dvc-dossier-form> that is
  //     shared.
  //     Then +655 B (29,499 → 30,154) for `source-url` (a page without a bundler can show the payment status): the
  //     HTTP source loads on demand, but esbuild moves what that chunk shares with the page into a second file loaded
  //     up front.
  //     Then +120 B: the widget writes a payment's time with the tracker's Vietnam-time helper (shared/vietnam-time.ts,
  //     which also reads civil dates) instead of a copy of its own.
  //     Then +3 B: computeFees imported by @dvc-kit/procedure's ./fees subpath (see standaloneFeeWidgetGzip).
  //     Then +10 B: a failed payment closes the transfer details, so one press of the pay button starts a new attempt.
  feeWidgetGzip: 29_499 + 655 + 120 + 3 + 10,
  // (g) what the widget loads the first time it shows a QR code: uqr and the path builder (issue 12, first build).
  feeWidgetQrGzip: 4_022,
  // (e) the standalone dvc-fee-widget.js up front (13 files), first build (issue 12): more than (g) because the chunks
  //     it shares with the form carry the code the form uses from the same modules (see standaloneGzip).
  //     Then +8,655 B (59,760 → 68,415) once the <dvc-status-tracker> entry joined the build: the widget imports
  //     @dvc-kit/dossier (its error and payment types) through the package index, and esbuild places the tracker's
  //     live code of that package (HTTP source, contract reader, timeliness with @dvc-kit/vn's calendar) in the chunks
  //     both entries share. A fee page built by a bundler (g) does not pay it. To win it back: subpath exports in
  //     @dvc-kit/dossier (types and errors apart from the HTTP source), or one standalone build per entry.
  //     Then −6,088 B (68,415 → 62,327) once everything imports @dvc-kit/vn by its subpaths (see standaloneGzip).
  //     Then −8,723 B (62,327 → 53,604) once the elements import @dvc-kit/dossier by its subpaths (types, timeliness,
  //     http) and the HTTP source made from `source-url` loads on demand: the tracker's client and contract check are
  //     no longer in chunks the widget loads up front.
  //     Then +268 B for the shared Vietnam-time helper (see feeWidgetGzip), a chunk of its own in this build.
  //     Then −8,702 B (53,872 → 45,170; 17 → 14 files) once the widget imports computeFees by @dvc-kit/procedure's
  //     ./fees subpath: through the package index it reached the due-date module (@dvc-kit/vn's calendar), the
  //     catalogue and the fees' wording, live in this build for the other entries (the form +376 B, see standaloneGzip).
  //     Then +110 B (14 → 15 files) for the <dvc-procedure-list> entry (issue 13): the Vietnam-time helper, which the
  //     widget shared a chunk with @dvc-kit/vn's money module in, gets a chunk of its own (the list uses money, not it).
  //     Then +11 B: a failed payment closes the transfer details (see feeWidgetGzip).
  //     Then +2 B: the Vietnam-time helper moved from the elements to @dvc-kit/vn/time (its module path in the chunk).
  standaloneFeeWidgetGzip: 59_760 + 8_655 - 6_088 - 8_723 + 268 - 8_702 + 110 + 11 + 2,
  // (f) <dvc-status-tracker> (issue 12), the define file alone as a page loads it, and its standalone entry up front:
  //     set at the figures of its first build, so that they only grow on purpose. Minified (before gzip): the element
  //     with its vi and en text ~28 KB, @dvc-kit/dossier's HTTP source with its contract reader (every answer checked
  //     before it is shown) and timeliness ~14 KB, @dvc-kit/vn's working-day calendar ~12 KB, Lit ~16 KB.
  //     The standalone entry +2,930 B (35,416 → 38,346) once it shares the build with <dvc-fee-widget>: code the widget
  //     uses from modules both reach (@dvc-kit/vn's index, @dvc-kit/dossier's) becomes live in chunks both load.
  //     Then the standalone entry −5,323 B (38,346 → 33,023) and the page +7 B once everything imports @dvc-kit/vn by
  //     its subpaths (see standaloneGzip).
  //     Then +8 B on the page and +617 B on the standalone entry (one more file up front) once the HTTP source made
  //     from `source-url` is a module the tracker shares with the fee widget (shared/source-from-url.ts), which loads it
  //     on demand.
  //     Then +16 B on the page and +36 B on the standalone entry: its Vietnam-time helpers moved to shared/ for the fee
  //     widget too (see feeWidgetGzip).
  //     Then +3 B on the page for ContractError in a module of its own (which the statistics reader shares without the
  //     dossier reader and its calendar), and +314 B (33,786 → 34,100; 17 files) on the standalone entry for the
  //     <dvc-stats> entry (issue 13): the modules both use (the field scaffold, the dvc-error event, ContractError)
  //     leave the chunks that held them with what only the tracker uses (see standaloneGzip).
  statusTrackerGzip: 27_037 + 7 + 8 + 16 + 3,
  //     Then +110 B on the standalone entry (one more file up front) for the <dvc-procedure-list> entry (issue 13), as
  //     for the fee widget (see standaloneFeeWidgetGzip).
  statusTrackerStandaloneGzip: 35_416 + 2_930 - 5_323 + 617 + 36 + 110 + 314,
  // (h) <dvc-procedure-list> (issue 13), the define file alone as a start page loads it, and its standalone entry up
  //     front: set at the figures of its first build, so that they only grow on purpose. Minified (before gzip): the
  //     element with its vi and en text, the catalogue reader (every catalogue checked by hand before it is shown, no
  //     ajv) and the search ~29 KB, Lit ~16 KB, @dvc-kit/procedure's wording ~3 KB, @dvc-kit/vn's folding and money
  //     ~1.3 KB, the form engine's URL check ~1 KB. The standalone entry loads 10 files, Lit shared with the others.
  procedureListGzip: 18_724,
  //     Then +94 B on the standalone entry for the <dvc-stats> entry (issue 13, see standaloneGzip).
  procedureListStandaloneGzip: 22_445 + 94,
  // (i) <dvc-stats> (issue 13), the define file alone as a page loads it, and its standalone entry up front: set at the
  //     figures of its first build. Minified: the element with its vi and en text and the chart ~25 KB, the contract
  //     reader (@dvc-kit/dossier/statistics/read: no working-day calendar, no computeStatistics) ~4 KB, Lit ~16 KB.
  statsGzip: 17_043,
  //     Then +1 B on the standalone entry: the Vietnam-time helper moved to @dvc-kit/vn/time.
  statsStandaloneGzip: 18_783 + 1,
  // (j) the demo site's pages (issue 13), scripts up front, set at their first build so that they only grow on purpose.
  //     The procedure page is the precompiled form page (a) plus the bundled catalogue and its wording (~2.8 KB), the
  //     site frame (~2.6 KB: header, navigation, footer, language), the draft, idempotency key and submission code
  //     (~2.1 KB) and the form's schema-text helpers; the fee widget loads only for a procedure with fees. The tracking
  //     page is (f) plus the frame and @dvc-kit/dossier's HTTP source up front (~1.8 KB: the page gives the tracker a
  //     source that sends the tab's receipt token, and the tracker would load that source at once anyway); the
  //     confirmation page carries uqr (~3.7 KB) for the slip's QR of the dossier code. The start page is the list's
  //     page (h) plus 6,195 B for the frame and the page's script, so it follows the list's budget (it was 6,837 B
  //     with an interim list before <dvc-procedure-list>); the other pages grew 49–185 B when the list joined the
  //     build (Vite's chunks shared between the pages moved). The procedure page then +277 B: the documents listed by
  //     name with whether each is required, and a refusal in the server's English words; then +36 B: no second submit
  //     between the server's answer and the confirmation page.
  //     When <dvc-stats> joined (the statistics page is its page (i) plus 4,597 B of frame and page script) the
  //     pages' shared chunks moved again: index +87, procedure +107, confirmation +18, tracking +305 B. Such moves
  //     follow every element added to the build; these are the figures at that point. Then tracking +5 B: the
  //     dossier source takes its base URL as an option (tested in Node).
  //     Then index +198 B and procedure +329 B: the procedure page words its facts with @dvc-kit/procedure/wording
  //     (no second copy of the catalogue's words in the page's dictionary), so that module is now a chunk both pages
  //     share (3.2 KB minified): one more file for the start page, the whole wording module for the procedure page.
  //     Then the officer console +1,456 B: it names an address's province and commune (loading @dvc-kit/vn's units on
  //     demand, ~600 B of its own code) and so needs Vite's preload helper for dynamic imports (858 B, a file of its
  //     own); the helper leaves the chunk the procedure and confirmation pages shared it in, which costs them and the
  //     tracking page a file more: procedure +129, confirmation +110, tracking +121 B.
  //     Then procedure +92, confirmation +77, tracking +87 B: the receipt module they share checks the whole Receipt
  //     of @dvc-kit/dossier (expected due date, delivery and its place, component field, fee line key, kind and gross)
  //     before it is shown or kept.
  //     Then procedure +307, confirmation +313, console +494 B: the slip's and the console's dates come from
  //     @dvc-kit/vn/time, the one Vietnam-time formatter the elements use too, instead of two copies of their own;
  //     Vite now ships that module (Intl's parts, civil dates checked) in a chunk the pages share.
  get sitePagesGzip() {
    return {
      'index.html': this.procedureListGzip + 6_195 + 87 + 198,
      'thu-tuc.html': 47_066 + 277 + 36 + 107 + 329 + 129 + 92 + 307,
      'xac-nhan.html': 15_796 + 18 + 110 + 77 + 313,
      'tra-cuu.html': 35_820 + 305 + 5 + 331 + 121 + 87,
      'thong-ke.html': this.statsGzip + 4_597,
      '404.html': 2_998,
      // The officer console (issue 13), set at its first build: its own code ~80% (the vi and en text ~19 KB minified,
      // views, action forms, API client), the site frame, and @dvc-kit/dossier's lifecycle, apology and timeliness with
      // @dvc-kit/vn's working-day calendar. Sharing those with the tracking page moved them into chunks of their own:
      // tracking +331 B. After the +1,456 B above, +19 B: the actions a state allows come from @dvc-kit/dossier's officer actions, the
      // server's own table (the apology's day rule checked by apologize() itself).
      'can-bo.html': 27_967 + 1_456 + 19 + 494,
    };
  },
  // (j) the site's one stylesheet (every page but the console's).
  siteCssGzip: 2_053,
  // (j) the officer console's stylesheets: the site's and its own console.css (forms, tables, error summary).
  officerConsoleCssGzip: 3_230,
};
/** (j) the demo site as its Vite build writes it. */
const SITE_DIST = join(root, 'apps/demo/dist');
/** (j) the officer console's page, which adds a stylesheet of its own to the site's. */
const OFFICER_PAGE = 'can-bo.html';
const TRACKER_DEFINE = '@dvc-kit/elements/define/dvc-status-tracker.js';
/** (h) a start page with <dvc-procedure-list> alone: the catalogue's search and list. */
const LIST_DEFINE = '@dvc-kit/elements/define/dvc-procedure-list.js';
/** (i) a statistics page with <dvc-stats> alone. */
const STATS_DEFINE = '@dvc-kit/elements/define/dvc-stats.js';

const DEFINE = '@dvc-kit/elements/define/dvc-dossier-form.js';
/** (g) a page with <dvc-fee-widget> alone (a payment page): the widget up front, its QR code drawn by a lazy chunk. */
const FEE_WIDGET_DEFINE = '@dvc-kit/elements/define/dvc-fee-widget.js';
const isQrInput = (path) => /(^|\/)node_modules\/uqr\/|fee-widget\/internal\/qr-code\.js$/.test(path);
const PRECOMPILED_DEFINE = '@dvc-kit/elements/define/dvc-dossier-form-precompiled.js';
/** Modules a precompiled page must not load: the interpreter, the full createForm, the x-dvc meta-schema and its check. */
const VALIDATOR_INPUTS = /form-engine\/dist\/(validator\/|create-form)|procedure\/dist\/(meta-schema|check|vocabulary)\.js/;
const AJV_ADAPTER = '@dvc-kit/form-engine/ajv';
const AJV_MODULES = /^(ajv|ajv-formats|ajv\/.*|ajv-formats\/.*|@dvc-kit\/form-engine\/ajv)$/;
const isAjvInput = (path) =>
  /(^|\/)node_modules\/(ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse|require-from-string)\//.test(path) || /form-engine\/dist\/ajv\//.test(path);

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  write: true,
  logLevel: 'error',
  absWorkingDir: root,
};

function bytes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/** Minified bytes per package of the given outputs, from the metafile. */
function breakdown(outputList) {
  const by = {};
  for (const output of outputList) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      let pkg;
      const nm = input.lastIndexOf('node_modules/');
      if (nm >= 0) {
        const rest = input.slice(nm + 13).split('/');
        pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      } else if (input.startsWith('packages/')) pkg = `@dvc-kit/${input.split('/')[1]}`;
      else pkg = '(page entry)';
      by[pkg] = (by[pkg] || 0) + bytesInOutput;
    }
  }
  return by;
}

/** Largest input files of the given outputs, for `--files`. */
function topFiles(outputList, count = 14) {
  const all = outputList.flatMap((o) => Object.entries(o.inputs)).filter(([, v]) => v.bytesInOutput);
  return all.sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput).slice(0, count).map(([f, v]) => `  ${String(v.bytesInOutput).padStart(8)}  ${f}`);
}

/** Packages bundled from more than one installed copy (e.g. two ajv 8 trees that npm could not hoist). */
function duplicates(outputs) {
  const roots = {};
  for (const o of Object.values(outputs)) {
    for (const input of Object.keys(o.inputs)) {
      const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) (roots[m[2]] ||= new Set()).add(m[1] + m[2]);
    }
  }
  return Object.entries(roots).filter(([, r]) => r.size > 1).map(([pkg, r]) => ({ pkg, copies: [...r] }));
}

/** Split outputs into what the page loads up front (entry + static imports) and lazy chunks. */
function splitOutputs(outputs) {
  // Dynamic imports are entry points too in esbuild's metafile: the page is the stdin entry, page.js.
  const entry = Object.keys(outputs).find((f) => /(^|\/)page\.js$/.test(f));
  const initial = initialOutputs(outputs, entry);
  const js = Object.keys(outputs).filter((f) => f.endsWith('.js'));
  return { initial: js.filter((f) => initial.has(f)), lazy: js.filter((f) => !initial.has(f)) };
}

// ---------------------------------------------------------------- preflight: built packages?
if (!existsSync(STANDALONE_DEFINE_DIR)) {
  console.error(`size: cannot find ${relative(root, STANDALONE_DEFINE_DIR)}. Build first: npx turbo run build`);
  process.exit(1);
}
for (const spec of [DEFINE, PRECOMPILED_DEFINE, AJV_ADAPTER]) {
  let path = null;
  try {
    path = fileURLToPath(import.meta.resolve(spec));
  } catch {
    // reported below
  }
  if (!path || !existsSync(path)) {
    console.error(`size: cannot find ${spec} (packages/*/dist). Build first: npx turbo run build`);
    process.exit(1);
  }
}

if (!existsSync(join(SITE_DIST, '.vite/manifest.json'))) {
  console.error('size: cannot find apps/demo/dist/.vite/manifest.json. Build the site first: npx turbo run build --filter=@dvc-kit/demo');
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'dvc-size-'));
const stdin = (contents) => ({ contents, resolveDir: root, sourcefile: 'size-entry.js', loader: 'js' });
const result = {};
try {
  // (a), (c) without ajv: the define file alone; any import that reaches ajv stays external
  const noAjvPlugin = {
    name: 'no-ajv',
    setup(b) {
      b.onResolve({ filter: /ajv/ }, async (args) => {
        if (args.pluginData?.noAjv) return undefined;
        if (AJV_MODULES.test(args.path)) return { path: args.path, external: true };
        const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { noAjv: true } });
        return !r.errors.length && isAjvInput(relative(root, r.path).split('\\').join('/')) ? { path: args.path, external: true } : undefined;
      });
    },
  };
  // split build: what the page loads up front vs anything the element imports lazily (not ajv)
  const page = async (define, name) => {
    const a = await build({ ...common, stdin: stdin(`import '${define}';\n`), outdir: join(out, name), entryNames: 'page', chunkNames: 'chunk-[hash]', splitting: true, plugins: [noAjvPlugin] });
    const aParts = splitOutputs(a.metafile.outputs);
    const aMeasure = (f) => bytes(readFileSync(join(root, f)));
    const aOutputs = aParts.initial.map((f) => a.metafile.outputs[f]);
    return {
      ...aParts.initial.map(aMeasure).reduce(add, ZERO),
      lazy: aParts.lazy.map(aMeasure).reduce(add, ZERO),
      lazyChunks: aParts.lazy.length,
      externalAjvImports: [...new Set(Object.values(a.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => `${i.path} (${i.kind})`)))],
      validatorInputs: [...new Set(Object.values(a.metafile.outputs).flatMap((o) => Object.keys(o.inputs)).filter((i) => VALIDATOR_INPUTS.test(i)))],
      breakdown: breakdown(aOutputs),
      files: topFiles(aOutputs),
    };
  };
  // The same pages as the demo's bundler ships them (Vite: Rolldown + minify): there, the shared code the lazy
  // chunks import stays in the entry chunk, so the page loads one chunk up front instead of esbuild's two.
  const LIT_MODULES = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
  const vitePage = async (define, { litApart = false } = {}) => {
    // Vite picks Lit's development or production build by NODE_ENV: measure production whatever the shell says.
    process.env.NODE_ENV = 'production';
    const entry = fileURLToPath(import.meta.resolve(define));
    const output = await viteBuild({
      configFile: false,
      logLevel: 'silent',
      root,
      build: {
        write: false,
        target: 'es2022',
        modulePreload: false,
        reportCompressedSize: false,
        rollupOptions: {
          input: entry,
          preserveEntrySignatures: false,
          external: (id) =>
            AJV_MODULES.test(id) || isAjvInput(relative(root, id).split('\\').join('/')) || (litApart && LIT_MODULES.test(id)),
        },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const initial = new Set();
    const stack = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
    while (stack.length) {
      const name = stack.pop();
      if (initial.has(name) || !byName.has(name)) continue;
      initial.add(name);
      stack.push(...byName.get(name).imports);
    }
    const measure = (c) => bytes(Buffer.from(c.code));
    return {
      ...chunks.filter((c) => initial.has(c.fileName)).map(measure).reduce(add, ZERO),
      chunks: initial.size,
      lazy: chunks.filter((c) => !initial.has(c.fileName)).map(measure).reduce(add, ZERO),
      lazyChunks: chunks.length - initial.size,
    };
  };
  result.precompiled = await page(PRECOMPILED_DEFINE, 'p');
  result.precompiledVite = await vitePage(PRECOMPILED_DEFINE);
  result.precompiledOwnCode = await vitePage(PRECOMPILED_DEFINE, { litApart: true });
  result.withoutAjv = await page(DEFINE, 'a');
  result.statusTracker = await page(TRACKER_DEFINE, 't');
  result.procedureList = await page(LIST_DEFINE, 'l');
  result.stats = await page(STATS_DEFINE, 's');
  result.withoutAjvVite = await vitePage(DEFINE);

  // (g) the fee widget's page: what it loads up front, and the chunk that draws the QR code (uqr), loaded on demand
  const fee = await build({ ...common, stdin: stdin(`import '${FEE_WIDGET_DEFINE}';\n`), outdir: join(out, 'fee'), entryNames: 'page', chunkNames: 'chunk-[hash]', splitting: true, plugins: [noAjvPlugin] });
  const feeParts = splitOutputs(fee.metafile.outputs);
  const feeMeasure = (f) => bytes(readFileSync(join(root, f)));
  const qrChunks = feeParts.lazy.filter((f) => Object.keys(fee.metafile.outputs[f].inputs).some(isQrInput));
  result.feeWidget = {
    ...feeParts.initial.map(feeMeasure).reduce(add, ZERO),
    files: feeParts.initial.length,
    qr: qrChunks.map(feeMeasure).reduce(add, ZERO),
    qrChunks: qrChunks.length,
    qrUpFront: feeParts.initial.some((f) => Object.keys(fee.metafile.outputs[f].inputs).some(isQrInput)),
    breakdown: breakdown(feeParts.initial.map((f) => fee.metafile.outputs[f])),
  };

  // (b) the generated validator of every procedure (schema-cli's when built, else the same recipe inline)
  const generator = await import('../packages/elements/src/csp/standalone-validator.mjs');
  result.validators = [];
  for (const id of generator.procedureIds()) {
    try {
      const { code, by } = await generator.precompiledValidator(join(generator.PROCEDURES_DIR, id, 'schema.json'));
      result.validators.push({ id, by, ...bytes(Buffer.from(code)) });
    } catch (error) {
      result.validators.push({ id, error: String(error instanceof Error ? error.message : error).split('\n')[0] });
    }
  }

  // does the define file on its own reach ajv (e.g. a lazy default validator)?
  const d = await build({ ...common, stdin: stdin(`import '${DEFINE}';\n`), outdir: join(out, 'd'), entryNames: 'page', chunkNames: 'chunk-[hash]', splitting: true });
  result.defaultReachesAjv = Object.values(d.metafile.outputs).some((o) => Object.keys(o.inputs).some(isAjvInput));

  // (d) with ajv as a lazy chunk
  const bDir = join(out, 'b');
  const b = await build({
    ...common,
    stdin: stdin(`import '${DEFINE}';\nexport async function useAjv(element, schema) {\n  const { createAjvValidator } = await import('${AJV_ADAPTER}');\n  element.validator = createAjvValidator(schema);\n}\n`),
    outdir: bDir,
    entryNames: 'page',
    chunkNames: 'chunk-[hash]',
    splitting: true,
  });
  const outputs = b.metafile.outputs;
  const parts = splitOutputs(outputs);
  const measure = (f) => ({ file: relative(bDir, join(root, f)), ...bytes(readFileSync(join(root, f))), ajv: Object.keys(outputs[f].inputs).some(isAjvInput) });
  const initial = parts.initial.map(measure);
  // what `import('@dvc-kit/form-engine/ajv')` loads: the adapter's output and its static imports
  // not already loaded up front; other lazy chunks are the element's own on-demand ones, as in (c)
  const adapterOut = Object.keys(outputs).find((f) => outputs[f].entryPoint && /form-engine\/dist\/ajv\//.test(outputs[f].entryPoint));
  const ajvLoad = new Set();
  const stack = adapterOut ? [adapterOut] : [];
  while (stack.length) {
    const f = stack.pop();
    if (ajvLoad.has(f) || parts.initial.includes(f)) continue;
    ajvLoad.add(f);
    for (const imp of outputs[f].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) stack.push(imp.path);
  }
  const ajvFiles = parts.lazy.filter((f) => ajvLoad.has(f));
  const lazy = ajvFiles.map(measure);
  result.withAjv = {
    main: initial.reduce(add, ZERO),
    lazy: lazy.reduce(add, ZERO),
    total: [...initial, ...lazy].reduce(add, ZERO),
    mainHasAjv: initial.some((c) => c.ajv),
    lazyHasAjv: lazy.some((c) => c.ajv),
    lazyChunks: lazy.map((c) => c.file),
    lazyBreakdown: breakdown(ajvFiles.map((f) => outputs[f])),
    lazyFiles: topFiles(ajvFiles.map((f) => outputs[f])),
    duplicates: duplicates(outputs),
  };

  // (e) the standalone folder, as build-standalone.mjs writes it (built in memory here)
  const standalone = await build({ ...standaloneOptions(join(out, 'standalone')), write: false, logLevel: 'error' });
  // One flat folder: an output is known by its file name.
  const standaloneBytes = new Map(standalone.outputFiles.map((f) => [basename(f.path), bytes(Buffer.from(f.contents))]));
  const sOutputs = standalone.metafile.outputs;
  const sMeasure = (f) => standaloneBytes.get(basename(f));
  result.standalone = Object.keys(sOutputs)
    .filter((f) => sOutputs[f].entryPoint?.startsWith('dist/define/'))
    .sort()
    .map((entry) => {
      const upFront = initialOutputs(sOutputs, entry);
      const reachable = new Set();
      const stack = [entry];
      while (stack.length) {
        const f = stack.pop();
        if (reachable.has(f) || !sOutputs[f]) continue;
        reachable.add(f);
        for (const imp of sOutputs[f].imports) stack.push(imp.path);
      }
      const lazy = [...reachable].filter((f) => !upFront.has(f));
      return {
        entry: entry.split('/').pop(),
        files: upFront.size,
        ...[...upFront].map(sMeasure).reduce(add, ZERO),
        lazy: lazy.map(sMeasure).reduce(add, ZERO),
        lazyChunks: lazy.length,
      };
    });
  // (j) the site's pages: each HTML entry's scripts up front (entry + static imports) and its stylesheets
  const manifest = JSON.parse(readFileSync(join(SITE_DIST, '.vite/manifest.json'), 'utf8'));
  const siteBytes = (file) => bytes(readFileSync(join(SITE_DIST, file)));
  result.sitePages = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isEntry && key.endsWith('.html'))
    .map(([key]) => {
      const upFront = new Set();
      const css = new Set();
      const stack = [key];
      while (stack.length) {
        const name = stack.pop();
        if (upFront.has(name) || !manifest[name]) continue;
        upFront.add(name);
        for (const file of manifest[name].css ?? []) css.add(file);
        stack.push(...(manifest[name].imports ?? []));
      }
      return {
        page: key,
        files: upFront.size,
        ...[...upFront].map((name) => siteBytes(manifest[name].file)).reduce(add, ZERO),
        css: [...css].map(siteBytes).reduce(add, ZERO),
      };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
} finally {
  rmSync(out, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const n = (v) => v.toLocaleString('en-US');
const k = (v) => (v / KiB).toFixed(1);
const row = (label, s) => `| ${label} | ${n(s.raw)} | ${n(s.gzip)} | ${n(s.brotli)} | ${k(s.gzip)} |`;
const w = result.withAjv;
const lines = [];
lines.push('## `<dvc-dossier-form>` page bytes (esbuild: bundle, minify, ESM, browser, es2022; and Vite 8 as the demo builds)');
lines.push('');
lines.push('| bundle | raw bytes | gzip -9 bytes | brotli -11 bytes | gzip KiB |');
lines.push('|---|---:|---:|---:|---:|');
const p = result.precompiled;
lines.push(row('(a) precompiled page: engine core + element + Lit (no validator)', p));
if (p.lazyChunks) lines.push(row(`(a) precompiled page: lazy chunks the element imports on demand (${p.lazyChunks})`, p.lazy));
const pv = result.precompiledVite;
lines.push(row(`(a) precompiled page as Vite ships it (${pv.chunks} chunk${pv.chunks === 1 ? '' : 's'} up front)`, pv));
lines.push(row('(a) engine core + element alone (the same page built by Vite with Lit left out)', result.precompiledOwnCode));
for (const v of result.validators) {
  if (v.error) lines.push(`| (b) generated validator ${v.id}: **not built** (${v.error.replaceAll('|', '\\|')}) | | | | |`);
  else lines.push(row(`(b) generated validator ${v.id} (${v.by})`, v));
}
lines.push(row('(c) default page: engine + eval-free interpreter + element + Lit', result.withoutAjv));
if (result.withoutAjv.lazyChunks) lines.push(row(`(c) default page: lazy chunks the element imports on demand (${result.withoutAjv.lazyChunks})`, result.withoutAjv.lazy));
const cv = result.withoutAjvVite;
lines.push(row(`(c) default page as Vite ships it (${cv.chunks} chunk${cv.chunks === 1 ? '' : 's'} up front)`, cv));
lines.push(row('(f) <dvc-status-tracker> page: element + dossier source + Lit (define/dvc-status-tracker.js)', result.statusTracker));
lines.push(row('(h) <dvc-procedure-list> page: element + catalogue reader + search + Lit (define/dvc-procedure-list.js)', result.procedureList));
lines.push(row('(i) <dvc-stats> page: element + statistics reader + Lit (define/dvc-stats.js)', result.stats));
lines.push(row('(d) with ajv: main chunk', w.main));
lines.push(row(`(d) with ajv: what \`import('${AJV_ADAPTER}')\` loads (${w.lazyChunks.length} chunk${w.lazyChunks.length === 1 ? '' : 's'})`, w.lazy));
lines.push(row('(d) with ajv: main + ajv', w.total));
const fw = result.feeWidget;
lines.push(row(`(g) fee widget page: define/dvc-fee-widget.js up front (${fw.files} file${fw.files === 1 ? '' : 's'})`, fw));
lines.push(row(`(g) fee widget page: the QR code's lazy chunk (uqr; ${fw.qrChunks})`, fw.qr));
for (const sitePage of result.sitePages) {
  lines.push(row(`(j) site page ${sitePage.page}: scripts up front (${sitePage.files} file${sitePage.files === 1 ? '' : 's'})`, sitePage));
}
const sitePagesButConsole = result.sitePages.filter((p) => p.page !== OFFICER_PAGE);
const officerPage = result.sitePages.find((p) => p.page === OFFICER_PAGE);
if (sitePagesButConsole.length) lines.push(row('(j) site stylesheet (every page)', sitePagesButConsole[0].css));
if (officerPage) lines.push(row("(j) officer console's stylesheets (the site's and console.css)", officerPage.css));
for (const e of result.standalone) {
  lines.push(row(`(e) standalone \`${e.entry}\` (no bundler): up front (${e.files} file${e.files === 1 ? '' : 's'})`, e));
  if (e.lazyChunks) lines.push(row(`(e) standalone \`${e.entry}\`: every chunk it can load on demand (${e.lazyChunks})`, e.lazy));
}
lines.push('');
lines.push(
  `The define file's default validator ${result.defaultReachesAjv ? '**loads ajv** (a lazy chunk)' : 'is the engine\'s eval-free one: the default page never loads ajv'}` +
    (result.withoutAjv.externalAjvImports.length ? `; (c) left out: ${result.withoutAjv.externalAjvImports.join(', ')}` : '') +
    '.',
);
lines.push('');
lines.push('Minified bytes by package (before compression):');
lines.push('');
const pk = (by) => Object.entries(by).sort((x, y) => y[1] - x[1]).map(([p, v]) => `${p} ${n(v)}`).join(', ');
lines.push(`- (a) precompiled page: ${pk(p.breakdown)}`);
lines.push(`- (c) default page: ${pk(result.withoutAjv.breakdown)}`);
lines.push(`- (d) ajv load: ${pk(w.lazyBreakdown)}`);
lines.push(`- (g) fee widget page: ${pk(fw.breakdown)}`);
lines.push(`- (h) procedure list page: ${pk(result.procedureList.breakdown)}`);
for (const d of w.duplicates) {
  lines.push(`- **${d.pkg} is bundled ${d.copies.length} times** (${d.copies.join(', ')}): npm could not hoist a single copy; dedupe it.`);
}
lines.push('');
if (process.argv.includes('--files')) {
  lines.push('Largest files (minified bytes):', '', '```', '(a) precompiled page', ...p.files, '(c) default page', ...result.withoutAjv.files, '(d) ajv load', ...w.lazyFiles, '```', '');
}

const checks = [
  { what: '(a) engine core + element, Lit apart (validator apart), gzip', value: result.precompiledOwnCode.gzip, budget: BUDGETS.precompiledOwnCodeGzip },
  { what: '(a) precompiled page with Lit (validator apart) as Vite ships it, gzip', value: pv.gzip, budget: BUDGETS.precompiledGzip },
  { what: '(c) default page with the interpreter as Vite ships it, gzip', value: cv.gzip, budget: BUDGETS.withoutAjvGzip },
  { what: '(d) main chunk of a page using ajv, gzip', value: w.main.gzip, budget: BUDGETS.withAjvMainGzip },
  { what: '(f) <dvc-status-tracker> page, up front, gzip', value: result.statusTracker.gzip, budget: BUDGETS.statusTrackerGzip },
  { what: '(i) <dvc-stats> page, up front, gzip', value: result.stats.gzip, budget: BUDGETS.statsGzip },
  { what: '(g) fee widget page, up front, gzip', value: fw.gzip, budget: BUDGETS.feeWidgetGzip },
  { what: '(h) <dvc-procedure-list> page, up front, gzip', value: result.procedureList.gzip, budget: BUDGETS.procedureListGzip },
  { what: "(g) fee widget's QR chunk, gzip", value: fw.qr.gzip, budget: BUDGETS.feeWidgetQrGzip },
  ...Object.entries(BUDGETS.sitePagesGzip).map(([page, budget]) => ({
    what: `(j) site page ${page}, scripts up front, gzip`,
    value: result.sitePages.find((p) => p.page === page)?.gzip ?? Infinity,
    budget,
  })),
  { what: '(j) site stylesheet, gzip', value: Math.max(0, ...sitePagesButConsole.map((p) => p.css.gzip)), budget: BUDGETS.siteCssGzip },
  { what: "(j) officer console's stylesheets, gzip", value: officerPage?.css.gzip ?? Infinity, budget: BUDGETS.officerConsoleCssGzip },
  ...[
    ['dvc-dossier-form.js', BUDGETS.standaloneGzip],
    ['dvc-dossier-form-precompiled.js', BUDGETS.standalonePrecompiledGzip],
    ['dvc-fee-widget.js', BUDGETS.standaloneFeeWidgetGzip],
    ['dvc-status-tracker.js', BUDGETS.statusTrackerStandaloneGzip],
    ['dvc-procedure-list.js', BUDGETS.procedureListStandaloneGzip],
    ['dvc-stats.js', BUDGETS.statsStandaloneGzip],
  ].map(([entry, budget]) => ({
    what: `(e) standalone ${entry}, up front, gzip`,
    value: result.standalone.find((e) => e.entry === entry)?.gzip ?? Infinity,
    budget,
  })),
];
lines.push('| budget | gzip bytes | budget bytes | |');
lines.push('|---|---:|---:|---|');
for (const c of checks) lines.push(`| ${c.what} | ${n(c.value)} | ${n(c.budget)} (${k(c.budget)} KiB) | ${c.value <= c.budget ? 'ok' : 'OVER BUDGET'} |`);
const failures = checks.filter((c) => c.value > c.budget).map((c) => `${c.what} is ${n(c.value)} B > budget ${n(c.budget)} B (+${n(c.value - c.budget)} B)`);
if (p.validatorInputs.length) failures.push(`(a) the precompiled page loads a validator: ${p.validatorInputs.join(', ')}`);
if (fw.qrUpFront || fw.qrChunks === 0) failures.push('(g) the QR code (uqr) is not in a lazy chunk of its own: the fee widget must import it on demand');
if (w.mainHasAjv) failures.push('(d) ajv landed in the main chunk: something imports ajv statically');
if (!w.lazyHasAjv) failures.push('(d) no ajv in the lazy chunk: is @dvc-kit/form-engine/ajv wired to ajv?');
console.log(lines.join('\n'));
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
if (failures.length) {
  console.error(`\nsize: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nsize: all budgets met');
