import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DossierSourceErrorCode, SecondFactorKind } from '@dvc-kit/dossier';

import '../define/dvc-status-tracker.js';
import type { DvcStatusTracker } from './status-tracker.js';
import { ALL_TRACKER_DOSSIERS, TRACKER_DOSSIERS, scriptedSource, type TrackerCase } from '../test-support/dossiers.js';

/**
 * What a story sets on `<dvc-status-tracker>`: the dossier it shows (`dossier-code`, looked up in an in-memory source
 * holding one dossier per case), the second factors the source asks for, a failure of the source, and story helpers
 * that fill in the form and submit it once rendered.
 */
export interface StatusTrackerArgs {
  lang: 'vi' | 'en';
  /** The dossier to show at once (`dossier-code`); none: the lookup form. */
  dossier?: TrackerCase;
  /** A code the source does not know, given as `dossier-code` or typed in the form. */
  unknownCode?: string;
  secondFactors: SecondFactorKind[];
  /** The source fails every lookup with this code. */
  fail?: DossierSourceErrorCode;
  /** Story helper: type this code and second factor, then submit, once rendered. */
  typed?: { code: string; secondFactor?: string };
  refreshInterval: number;
}

type Story = StoryObj<StatusTrackerArgs>;

const prepared = new WeakSet<Element>();
/** After the first render: type what `typed` says and submit, as a citizen would. */
function fillAndSubmit(args: StatusTrackerArgs): (element: Element | undefined) => void {
  return (element) => {
    if (!element || prepared.has(element) || !args.typed) return;
    prepared.add(element);
    const tracker = element as DvcStatusTracker;
    const typed = args.typed;
    void tracker.updateComplete.then(() => {
      const root = tracker.shadowRoot!;
      const fill = (id: string, value: string) => {
        const input = root.querySelector<HTMLInputElement>(`#${id}`);
        if (!input || input.readOnly) return;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      fill('dossier-code', typed.code);
      if (typed.secondFactor !== undefined) fill('second-factor', typed.secondFactor);
      root.querySelector<HTMLButtonElement>('[part~="lookup-button"]')?.click();
    });
  };
}

function renderTracker(args: StatusTrackerArgs): TemplateResult {
  const source = scriptedSource(ALL_TRACKER_DOSSIERS, args.secondFactors, [args.fail ? { fail: args.fail } : {}]);
  const code = args.dossier ? TRACKER_DOSSIERS[args.dossier].code : (args.unknownCode ?? '');
  return html`<dvc-status-tracker
    lang=${args.lang}
    .source=${source}
    dossier-code=${code}
    refresh-interval=${args.refreshInterval}
    ${args.typed ? ref(fillAndSubmit(args)) : nothing}
  ></dvc-status-tracker>`;
}

/**
 * The status of a dossier after "Nộp hồ sơ", looked up by its code (and, when the source asks, the applicant's ID
 * number or phone), or given by `dossier-code`. These stories read an in-memory source; a portal gives `source-url`
 * (the HTTP API of `schemas/api/`) or a `source` of its own.
 */
const meta: Meta<StatusTrackerArgs> = {
  title: 'Elements/dvc-status-tracker',
  component: 'dvc-status-tracker',
  render: renderTracker,
  args: {
    lang: 'vi',
    dossier: undefined,
    unknownCode: undefined,
    secondFactors: [],
    fail: undefined,
    typed: undefined,
    refreshInterval: 0,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    dossier: { control: 'select', options: [undefined, ...Object.keys(TRACKER_DOSSIERS)] },
    secondFactors: { control: 'check', options: ['id-number', 'phone'] },
    fail: {
      control: 'select',
      options: [undefined, 'not-found', 'wrong-second-factor', 'rate-limited', 'server', 'network', 'timeout', 'malformed'],
    },
    refreshInterval: { control: 'number' },
    unknownCode: { control: 'text' },
    typed: { control: false, description: 'Type this and submit once rendered (story helper, not an element property).' },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** The lookup form over every sample dossier; the applicant's ID number is `001099012345`, the phone `0912345678`. */
export const Playground: Story = {
  args: { secondFactors: ['id-number', 'phone'], refreshInterval: 60_000 },
};

/** The empty lookup form, asking for the applicant's ID number as second factor. */
export const LookupForm: Story = { args: { secondFactors: ['id-number'] } };

// ---------------------------------------------------------------------------------------------
// Each state of the lifecycle

/** Filed online, waiting for the one-stop desk's intake check: no appointment date yet. */
export const Submitted: Story = { args: { dossier: 'submitted' } };
/** Received (slip 01): the appointment date, with the working days left. */
export const Received: Story = { args: { dossier: 'received' } };
/** Not accepted (slip 03), with the reason. */
export const Refused: Story = { args: { dossier: 'refused' } };
/** More documents asked at the intake check (slip 02): the reason, the items to add, the deadline. */
export const SupplementRequiredAtIntake: Story = { args: { dossier: 'supplementIntake' } };
/** More documents asked during processing. */
export const SupplementRequiredInProcessing: Story = { args: { dossier: 'supplementProcessing' } };
/** Being processed: the agency holding it and the step. */
export const InProcess: Story = { args: { dossier: 'inProcess' } };
/** Fees or other payments due: the amount in VND. */
export const PaymentRequired: Story = { args: { dossier: 'paymentRequired' } };
/** The result is ready: granted, with the electronic result to download. */
export const ResultReadyOnline: Story = { args: { dossier: 'resultReadyOnline' } };
/** Returned in person: the place, its address and hours. */
export const ReturnedInPerson: Story = { args: { dossier: 'returnedInPerson' } };
/** The result goes by post: the carrier and the tracking number. */
export const ResultByPost: Story = { args: { dossier: 'resultReadyPost' } };
/** Withdrawn at the citizen's request. */
export const Withdrawn: Story = { args: { dossier: 'withdrawn' } };
/** Processing stopped (stop notice), with the reason. */
export const Stopped: Story = { args: { dossier: 'stopped' } };

// ---------------------------------------------------------------------------------------------
// Timeliness

/** Past its appointment date and still open: the badge says overdue, with the working days over. */
export const Late: Story = { args: { dossier: 'late' } };
/** After a letter of apology: its reason and the new date, beside the original date (still overdue against it). */
export const Apology: Story = { args: { dossier: 'apology' } };

// ---------------------------------------------------------------------------------------------
// Lookup errors, each in words with a retry

/** No dossier has the code typed: the code field is marked and the summary links to it. */
export const NotFound: Story = { args: { typed: { code: '000.00.01.H29-000000-9999' } } };
/** The second factor does not match: that field is marked. */
export const WrongSecondFactor: Story = {
  args: { secondFactors: ['id-number'], typed: { code: TRACKER_DOSSIERS.received.code, secondFactor: '001099000000' } },
};
/** The server could not be reached. */
export const NetworkError: Story = { args: { fail: 'network', typed: { code: TRACKER_DOSSIERS.received.code } } };
/** The server did not answer in time. */
export const Timeout: Story = { args: { fail: 'timeout', typed: { code: TRACKER_DOSSIERS.received.code } } };
/** Too many lookups (429). */
export const RateLimited: Story = { args: { fail: 'rate-limited', typed: { code: TRACKER_DOSSIERS.received.code } } };
/** The server failed (5xx). */
export const ServerError: Story = { args: { fail: 'server', typed: { code: TRACKER_DOSSIERS.received.code } } };
/** The server's answer cannot be read. */
export const Malformed: Story = { args: { fail: 'malformed', typed: { code: TRACKER_DOSSIERS.received.code } } };
/** Given by `dossier-code` and not found: no form to correct, the words and a retry. */
export const NotFoundByAttribute: Story = { args: { unknownCode: '000.00.01.H29-000000-9999' } };

// ---------------------------------------------------------------------------------------------
// Language

/** In English (`lang="en"`), late. */
export const English: Story = { args: { lang: 'en', dossier: 'late' } };

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs in status-tracker.stories.browser.test.ts on every story.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-status-tracker&gt;</code> must:</p>
    <ul>
      <li>label the code and second-factor inputs with visible labels and hints, read with the input
        (<code>aria-describedby</code>); the choice between ID number and phone is a group of radio buttons</li>
      <li>after a failed lookup, show an error summary at the top whose inner container has <code>role="alert"</code>,
        focus it, and link each field's error to its input; inline errors start with a visually hidden “Lỗi:”</li>
      <li>say every failure in words (not found, wrong second factor, too many lookups, network, timeout, server,
        unreadable answer) with a “Thử lại” button</li>
      <li>after a lookup the citizen asked for, move focus to the dossier's heading (“Hồ sơ …”); a dossier given by
        <code>dossier-code</code> does not take focus</li>
      <li>show the state in plain Vietnamese, never a status code; the timeliness badge says its meaning in words
        (“Quá hạn · Quá 2 ngày làm việc”): colour only repeats it</li>
      <li>give the history as an ordered list, each step with a <code>&lt;time datetime&gt;</code> shown as
        dd/mm/yyyy HH:mm in Vietnam time</li>
      <li>announce a refresh in a polite live region without moving focus; refreshes pause while the tab is hidden</li>
      <li>never show a full ID number or phone, and never inject text from the server as HTML</li>
      <li>have no axe-core violations in every story</li>
    </ul>
  </article>`,
};
