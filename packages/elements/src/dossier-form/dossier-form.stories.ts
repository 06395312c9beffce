import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-dossier-form.js';
import { DvcDossierForm } from './dossier-form.js';
import procedure from '../../../../schemas/procedures/1.013792/schema.json';
import validIndividual from '../../../../schemas/procedures/1.013792/examples/valid-individual.json';
import validOrganisationPost from '../../../../schemas/procedures/1.013792/examples/valid-organisation-post.json';
import invalidMissingFields from '../../../../schemas/procedures/1.013792/examples/invalid-missing-fields.json';
import invalidFormats from '../../../../schemas/procedures/1.013792/examples/invalid-formats.json';

/** What a story sets on `<dvc-dossier-form>`, plus `submitted`: press submit once it has rendered. */
export interface DossierFormArgs {
  schema?: object;
  schemaSrc?: string;
  data?: unknown;
  lang: 'vi' | 'en';
  readonly: boolean;
  disabled: boolean;
  submitted: boolean;
}

type Story = StoryObj<DossierFormArgs>;

/** URL of the procedure schema; Storybook serves `schemas/` (see .storybook/main.ts), web-test-runner serves the repo root. */
const PROCEDURE_URL = '/schemas/procedures/1.013792/schema.json';

/** A `schema-src` whose server never answers while the Loading story shows (see `holdBackSchemaRequest`). */
const NEVER_ANSWERED_URL = `${PROCEDURE_URL}?story=never-answered`;

/**
 * Story `beforeEach`: until the story is left, a request for `NEVER_ANSWERED_URL` never answers, as a slow or
 * stalled server; every other request goes through.
 */
function holdBackSchemaRequest(): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.endsWith(NEVER_ANSWERED_URL) ? new Promise<Response>(() => {}) : original(input, init);
  };
  return () => {
    window.fetch = original;
  };
}

/**
 * Story `beforeEach`: until the story is left, a language's text never finishes downloading, and the form waits for
 * it (rather than show Vietnamese after `languageWaitMs`, 3 s by default).
 */
function holdBackLanguages(): () => void {
  const { loadLanguage, languageWaitMs } = DvcDossierForm;
  DvcDossierForm.loadLanguage = () => new Promise<void>(() => {});
  DvcDossierForm.languageWaitMs = 60 * 60 * 1000;
  return () => {
    DvcDossierForm.loadLanguage = loadLanguage;
    DvcDossierForm.languageWaitMs = languageWaitMs;
  };
}

const submittedForms = new WeakSet<Element>();
/** Submits the form once, after its first render, so that every error and the summary show. */
function submitOnce(element: Element | undefined): void {
  if (!element || submittedForms.has(element)) return;
  submittedForms.add(element);
  const form = element as HTMLElement & { updateComplete?: Promise<unknown>; requestSubmit?: () => void };
  void Promise.resolve(form.updateComplete).then(() => form.requestSubmit?.());
}

function showSubmitted(event: Event): void {
  const output = (event.currentTarget as HTMLElement).parentElement?.querySelector('pre');
  const detail = (event as CustomEvent<{ data: unknown }>).detail;
  if (output) output.textContent = JSON.stringify(detail.data, null, 2);
}

function renderForm(args: DossierFormArgs): TemplateResult {
  return html`<dvc-dossier-form
    .schema=${args.schema}
    .data=${args.data}
    schema-src=${ifDefined(args.schemaSrc)}
    lang=${args.lang}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    ${args.submitted ? ref(submitOnce) : nothing}
  ></dvc-dossier-form>`;
}

/**
 * Renders a JSON Schema as a complete, validated, accessible dossier form.
 * Data goes in and out as plain JSON; `dvc-change` and `dvc-submit` report what the citizen did.
 */
const meta: Meta<DossierFormArgs> = {
  title: 'Elements/dvc-dossier-form',
  component: 'dvc-dossier-form',
  render: renderForm,
  args: {
    schema: procedure,
    data: undefined,
    lang: 'vi',
    readonly: false,
    disabled: false,
    submitted: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    readonly: { control: 'boolean' },
    disabled: { control: 'boolean' },
    submitted: { control: false, description: 'Submit once rendered (story helper, not an element property).' },
    schema: { control: 'object' },
    data: { control: 'object' },
    schemaSrc: { control: 'text' },
  },
};
export default meta;

// ---------------------------------------------------------------------------------------------
// Playground

/** Every property as a control. Submitting shows the submitted data (`dvc-submit` detail) below the form. */
export const Playground: Story = {
  render: (args) => html`<div>
    <div @dvc-submit=${showSubmitted}>${renderForm(args)}</div>
    <h2>Dữ liệu gửi đi (dvc-submit)</h2>
    <pre>—</pre>
  </div>`,
};

// ---------------------------------------------------------------------------------------------
// States of the real procedure (1.013792)

/** The procedure as a citizen first sees it. */
export const Empty: Story = {};

/** Pre-filled with valid data of an individual owner who collects the result in person. */
export const Prefilled: Story = { args: { data: validIndividual } };

/** Wrong formats (ID, phone, email, date, numbers, an unticked condition), after submit: summary and inline errors. */
export const ErrorsShown: Story = { args: { data: invalidFormats, submitted: true } };

/** Required fields missing, after submit. */
export const MissingFields: Story = { args: { data: invalidMissingFields, submitted: true } };

/** Conditional branch: the owner is an organisation (the `then` branch), and the result goes by post. */
export const OrganisationOwner: Story = { args: { data: validOrganisationPost } };

/** Conditional branch: choosing post as the return channel makes the postal block appear and required. */
export const PostDelivery: Story = {
  args: { data: { ownerType: 'INDIVIDUAL', delivery: { returnChannel: 'POST' } } },
};

/** Every field read-only: values can be read and copied, not changed. */
export const ReadOnly: Story = { args: { data: validOrganisationPost, readonly: true } };

/** The whole form disabled. */
export const Disabled: Story = { args: { data: validIndividual, disabled: true } };

/** English labels, options and messages (`lang="en"`), from `x-ui.en`. */
export const English: Story = { args: { data: validOrganisationPost, lang: 'en' } };

/** English error messages after submit. */
export const EnglishErrors: Story = { args: { data: invalidFormats, lang: 'en', submitted: true } };

/** The schema loaded from a URL with the `schema-src` attribute. */
export const SchemaFromUrl: Story = { args: { schema: undefined, schemaSrc: PROCEDURE_URL } };

// ---------------------------------------------------------------------------------------------
// Waiting: what the citizen sees before the form can show

/** The schema is loading from `schema-src` and its server does not answer yet: a status line says so (`:state(loading)`). */
export const Loading: Story = {
  args: { schema: undefined, schemaSrc: NEVER_ANSWERED_URL },
  beforeEach: holdBackSchemaRequest,
};

/**
 * English wanted (`lang="en"`) and its text still downloading: the form shows the loading line rather than Vietnamese
 * first. (A page's first English form waits up to `languageWaitMs`; here the download never ends. Once another story
 * has loaded English in this page, this one shows English at once: reload to see the wait.)
 */
export const WaitingForLanguage: Story = {
  args: { lang: 'en' },
  beforeEach: holdBackLanguages,
};

// ---------------------------------------------------------------------------------------------
// Constructs, one small schema each

const S2020 = 'https://json-schema.org/draft/2020-12/schema';

/** Strings: required, length limits, pattern with its own message, email, URI, textarea, placeholder and help. */
export const Strings: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Chuỗi ký tự',
      required: ['fullName', 'personalId'],
      properties: {
        fullName: { type: 'string', title: 'Họ và tên', minLength: 2, maxLength: 50, 'x-ui': { autocomplete: 'name', en: { title: 'Full name' } } },
        personalId: {
          type: 'string',
          title: 'Số định danh cá nhân',
          pattern: '^\\d{12}$',
          'x-ui': {
            inputMode: 'numeric',
            placeholder: '001090012345',
            help: '12 chữ số in trên thẻ căn cước.',
            en: { title: 'Personal identification number', description: 'The 12 digits printed on the identity card.' },
            messages: { pattern: { vi: 'Vui lòng nhập số CCCD gồm 12 chữ số', en: 'Enter the 12-digit ID number' } },
          },
        },
        email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-ui': { en: { title: 'Email' } } },
        website: { type: 'string', format: 'uri', title: 'Trang web', 'x-ui': { en: { title: 'Website' } } },
        note: {
          type: 'string',
          title: 'Ghi chú',
          description: 'Tối đa 500 ký tự.',
          maxLength: 500,
          'x-ui': { widget: 'textarea', rows: 4, en: { title: 'Note', description: 'At most 500 characters.' } },
        },
      },
    },
  },
};

/** Numbers: integers with minimum and maximum, a decimal with exclusiveMinimum, a multipleOf step. */
export const Numbers: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Số',
      required: ['computerCount'],
      properties: {
        computerCount: { type: 'integer', title: 'Số máy tính', minimum: 1, maximum: 300, 'x-ui': { en: { title: 'Number of computers' } } },
        areaM2: { type: 'number', title: 'Diện tích (m²)', exclusiveMinimum: 0, 'x-ui': { inputMode: 'decimal', en: { title: 'Area (m²)' } } },
        feeVnd: { type: 'integer', title: 'Lệ phí (đồng)', minimum: 0, multipleOf: 1000, 'x-ui': { en: { title: 'Charge (VND)' } } },
      },
    },
    data: { computerCount: 0, areaM2: 12.5 },
  },
};

/** Choices: radio buttons and a select from `oneOf` {const, title}, a plain `enum`, and checkboxes for several values. */
export const Enums: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Lựa chọn',
      required: ['returnChannel'],
      properties: {
        returnChannel: {
          type: 'string',
          title: 'Nhận kết quả',
          oneOf: [
            { const: 'IN_PERSON', title: 'Trực tiếp' },
            { const: 'ONLINE', title: 'Trực tuyến' },
            { const: 'POST', title: 'Qua bưu chính' },
          ],
          'x-ui': { widget: 'radio', en: { title: 'Receive the result', options: { IN_PERSON: 'In person', ONLINE: 'Online', POST: 'By post' } } },
        },
        level: {
          type: 'string',
          title: 'Cấp thực hiện',
          oneOf: [
            { const: 'PROVINCE', title: 'Cấp tỉnh' },
            { const: 'COMMUNE', title: 'Cấp xã' },
          ],
          'x-ui': { widget: 'select', en: { title: 'Level', options: { PROVINCE: 'Provincial', COMMUNE: 'Commune' } } },
        },
        sex: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'], 'x-ui': { en: { title: 'Sex', options: { Nam: 'Male', Nữ: 'Female' } } } },
        channels: {
          type: 'array',
          title: 'Kênh liên hệ',
          uniqueItems: true,
          items: { type: 'string', enum: ['SMS', 'EMAIL', 'ZALO'] },
          'x-ui': { widget: 'checkboxes', en: { title: 'Contact channels' } },
        },
      },
    },
  },
};

/** Booleans: an optional checkbox and a declaration that must be ticked (`const: true`). */
export const Booleans: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Xác nhận',
      required: ['truthfulness'],
      properties: {
        newsletter: { type: 'boolean', title: 'Nhận thông báo qua thư điện tử', 'x-ui': { en: { title: 'Receive email notifications' } } },
        truthfulness: {
          type: 'boolean',
          const: true,
          title: 'Tôi cam đoan các thông tin kê khai là đúng sự thật',
          'x-ui': {
            en: { title: 'I declare that the information is true' },
            messages: { const: { vi: 'Vui lòng xác nhận cam đoan', en: 'Please confirm the declaration' } },
          },
        },
      },
    },
  },
};

/** Dates and times: `date`, `date-time`, `time`. */
export const Dates: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Ngày giờ',
      required: ['birthDate'],
      properties: {
        birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-ui': { en: { title: 'Date of birth' } } },
        appointment: { type: 'string', format: 'date-time', title: 'Thời điểm hẹn', 'x-ui': { en: { title: 'Appointment' } } },
        openingTime: { type: 'string', format: 'time', title: 'Giờ mở cửa', 'x-ui': { en: { title: 'Opening time' } } },
      },
    },
    data: { birthDate: '1990-05-14' },
  },
};

/** The date input's states: a date of birth (three parts, `bday` autocomplete) and a date with its own help. */
const datesSchema = {
  type: 'object',
  title: 'Ngày tháng',
  required: ['birthDate'],
  properties: {
    birthDate: { type: 'string', format: 'date', title: 'Ngày sinh', 'x-ui': { autocomplete: 'bday', en: { title: 'Date of birth' } } },
    issuedOn: {
      type: 'string',
      format: 'date',
      title: 'Ngày cấp',
      description: 'Ghi ở mặt sau thẻ căn cước.',
      'x-ui': { en: { title: 'Date of issue', description: 'Printed on the back of the identity card.' } },
    },
  },
};

/** A date typed as day, month and year: empty. */
export const DateEmpty: Story = { args: { schema: datesSchema } };

/** A date typed as day, month and year: filled. */
export const DateFilled: Story = { args: { schema: datesSchema, data: { birthDate: '2007-03-27', issuedOn: '2021-07-01' } } };

/** A month left out, and a day that does not exist: only the parts to correct are marked. */
export const DateErrors: Story = { args: { schema: datesSchema, data: { birthDate: '2007--27', issuedOn: '2021-02-30' }, submitted: true } };

/** The same in English. */
export const DateErrorsEnglish: Story = { args: { schema: datesSchema, data: { birthDate: '07-3-27' }, lang: 'en', submitted: true } };

/** Nested objects, as fieldsets with legends, with `$defs` and `$ref` and a `readOnly` field. */
export const NestedObjects: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Đối tượng lồng nhau',
      properties: {
        procedureCode: { type: 'string', title: 'Mã thủ tục', readOnly: true, default: '1.013792', 'x-ui': { en: { title: 'Procedure code' } } },
        applicant: {
          type: 'object',
          title: 'Người nộp hồ sơ',
          required: ['fullName'],
          properties: {
            fullName: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } },
            address: { $ref: '#/$defs/address', title: 'Nơi cư trú', 'x-ui': { en: { title: 'Residence' } } },
          },
          'x-ui': { en: { title: 'Applicant' } },
        },
      },
      $defs: {
        address: {
          type: 'object',
          required: ['detail'],
          properties: {
            province: { type: 'string', title: 'Tỉnh, thành phố', 'x-ui': { en: { title: 'Province' } } },
            detail: { type: 'string', title: 'Số nhà, đường', 'x-ui': { en: { title: 'House number, street' } } },
          },
        },
      },
    },
  },
};

/** Arrays: a list of strings and a list of objects, with add, remove and move, minItems and maxItems. */
export const Arrays: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Danh sách',
      properties: {
        keywords: { type: 'array', title: 'Từ khóa', maxItems: 5, items: { type: 'string', title: 'Từ khóa' }, 'x-ui': { itemLabel: 'Từ khóa', en: { title: 'Keywords', itemLabel: 'Keyword' } } },
        staff: {
          type: 'array',
          title: 'Người quản lý',
          minItems: 1,
          maxItems: 3,
          items: {
            type: 'object',
            required: ['fullName'],
            properties: {
              fullName: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } },
              phone: { type: 'string', title: 'Số điện thoại', pattern: '^0\\d{9}$', 'x-ui': { widget: 'tel', en: { title: 'Phone' } } },
            },
          },
          'x-ui': { itemLabel: 'Người quản lý', en: { title: 'Managers', itemLabel: 'Manager' } },
        },
      },
    },
    data: {
      keywords: ['internet', 'trò chơi'],
      staff: [
        { fullName: 'Lê Văn Cường', phone: '0903123456' },
        { fullName: 'Phạm Thị Dung', phone: '0387654321' },
      ],
    },
  },
};

/**
 * A key–value map: phone numbers by who answers them. Other keys come from `additionalProperties` (a phone number),
 * keys starting with "x-" from `patternProperties` (an extension number); `propertyNames` checks every key. Add a
 * key, rename one (a taken key is refused and said), remove one.
 */
export const KeyValueMap: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Liên hệ',
      properties: {
        owner: { type: 'string', title: 'Chủ hộ', 'x-ui': { en: { title: 'Householder' } } },
        phones: {
          type: 'object',
          title: 'Số điện thoại liên hệ',
          description: 'Mỗi dòng: người nghe máy và số của họ; số máy lẻ đặt tên bắt đầu bằng "x-".',
          propertyNames: { title: 'Người nghe', pattern: '^[a-z0-9-]+$', maxLength: 20 },
          patternProperties: { '^x-': { type: 'integer', minimum: 1, maximum: 9999 } },
          additionalProperties: { type: 'string', pattern: '^0\\d{9}$' },
          maxProperties: 5,
          'x-ui': { en: { title: 'Contact phones', description: 'One row per person who answers, with their number; extensions are named "x-…".' } },
        },
      },
    },
    data: { owner: 'Nguyễn Văn An', phones: { ban: '0903123456', 'x-12': 12, 'Bố Mẹ': '0387654321' } },
  },
};

/**
 * A recursive schema: a person whose father, mother and guardian are persons. The form unfolds it only as far as the
 * data goes; each group below is closed, with a button that opens one more level ("Nhập người cha").
 */
export const RecursivePerson: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Tờ khai thông tin người giám hộ',
      $defs: {
        person: {
          type: 'object',
          properties: {
            hoTen: { type: 'string', title: 'Họ và tên', 'x-ui': { en: { title: 'Full name' } } },
            cha: { $ref: '#/$defs/person', title: 'Người cha', 'x-ui': { en: { title: 'Father' } } },
            me: { $ref: '#/$defs/person', title: 'Người mẹ', 'x-ui': { en: { title: 'Mother' } } },
            giamHo: { $ref: '#/$defs/person', title: 'Người giám hộ', 'x-ui': { en: { title: 'Guardian' } } },
          },
        },
      },
      properties: { tre: { $ref: '#/$defs/person', title: 'Trẻ em', 'x-ui': { en: { title: 'Child' } } } },
    },
    data: { tre: { hoTen: 'Nguyễn Minh Khang', cha: { hoTen: 'Nguyễn Văn Bình' } } },
  },
};

/** A tuple: `prefixItems` position by position (latitude, longitude), then free notes that `items` allows. */
export const Tuple: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Vị trí',
      properties: {
        point: {
          type: 'array',
          title: 'Tọa độ điểm kinh doanh',
          prefixItems: [
            { type: 'number', title: 'Vĩ độ', minimum: -90, maximum: 90, 'x-ui': { en: { title: 'Latitude' } } },
            { type: 'number', title: 'Kinh độ', minimum: -180, maximum: 180, 'x-ui': { en: { title: 'Longitude' } } },
          ],
          items: { type: 'string', maxLength: 100 },
          minItems: 2,
          maxItems: 4,
          'x-ui': { itemLabel: 'Ghi chú', en: { title: 'Coordinates', itemLabel: 'Note' } },
        },
      },
    },
    data: { point: [21.0285, 105.8542, 'Gần Hồ Gươm'] },
  },
};

/** Conditions: `if`/`then`/`else`, `dependentRequired` and `dependentSchemas`. */
export const Conditionals: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Điều kiện',
      required: ['actingAs'],
      properties: {
        actingAs: {
          type: 'string',
          title: 'Bạn nộp hồ sơ với tư cách',
          oneOf: [
            { const: 'SELF', title: 'Chính chủ' },
            { const: 'AUTHORISED', title: 'Người được ủy quyền' },
          ],
          'x-ui': { widget: 'radio', en: { title: 'You are filing as', options: { SELF: 'The owner', AUTHORISED: 'An authorised person' } } },
        },
        email: { type: 'string', format: 'email', title: 'Thư điện tử', 'x-ui': { en: { title: 'Email' } } },
        emailConsent: { type: 'boolean', title: 'Đồng ý nhận thông báo qua thư điện tử', 'x-ui': { en: { title: 'I agree to receive emails' } } },
        hasVehicle: { type: 'boolean', title: 'Có phương tiện đỗ tại điểm', 'x-ui': { en: { title: 'A vehicle is parked at the point' } } },
      },
      if: { properties: { actingAs: { const: 'AUTHORISED' } }, required: ['actingAs'] },
      then: {
        required: ['authorisationNo'],
        properties: { authorisationNo: { type: 'string', title: 'Số văn bản ủy quyền', 'x-ui': { en: { title: 'Authorisation number' } } } },
      },
      else: {
        properties: { selfNote: { type: 'string', title: 'Ghi chú của chính chủ', 'x-ui': { en: { title: 'Owner’s note' } } } },
      },
      dependentRequired: { email: ['emailConsent'] },
      dependentSchemas: {
        hasVehicle: {
          properties: { plateNumber: { type: 'string', title: 'Biển số xe', 'x-ui': { en: { title: 'Number plate' } } } },
          required: ['plateNumber'],
        },
      },
    },
    data: { actingAs: 'AUTHORISED', hasVehicle: true },
  },
};

/** Alternatives: `oneOf` object shapes discriminated by a `const` property (ID card or passport). */
export const Alternatives: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      title: 'Giấy tờ tùy thân',
      required: ['document'],
      properties: {
        document: {
          title: 'Giấy tờ tùy thân',
          oneOf: [
            {
              title: 'Thẻ căn cước',
              type: 'object',
              required: ['kind', 'number'],
              properties: {
                kind: { const: 'CCCD' },
                number: { type: 'string', title: 'Số định danh cá nhân', pattern: '^\\d{12}$', 'x-ui': { en: { title: 'Personal ID number' } } },
              },
              'x-ui': { en: { title: 'Identity card' } },
            },
            {
              title: 'Hộ chiếu',
              type: 'object',
              required: ['kind', 'number', 'expiresAt'],
              properties: {
                kind: { const: 'PASSPORT' },
                number: { type: 'string', title: 'Số hộ chiếu', minLength: 8, maxLength: 9, 'x-ui': { en: { title: 'Passport number' } } },
                expiresAt: { type: 'string', format: 'date', title: 'Ngày hết hạn', 'x-ui': { en: { title: 'Expiry date' } } },
              },
              'x-ui': { en: { title: 'Passport' } },
            },
          ],
          'x-ui': { en: { title: 'Identity document' } },
        },
      },
    },
    data: { document: { kind: 'PASSPORT', number: 'C1234567', expiresAt: '2031-01-31' } },
  },
};

/** A draft-07 schema: `definitions` and `#/definitions/…` references, as most existing tools produce. */
export const Draft07: Story = {
  args: {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      title: 'Tờ khai (draft-07)',
      required: ['applicant'],
      properties: {
        applicant: { $ref: '#/definitions/person' },
        spouse: { $ref: '#/definitions/person', title: 'Vợ hoặc chồng' },
      },
      definitions: {
        person: {
          type: 'object',
          title: 'Người khai',
          required: ['fullName', 'birthDate'],
          properties: {
            fullName: { type: 'string', title: 'Họ và tên', minLength: 2 },
            birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
          },
        },
      },
    },
    data: { applicant: { fullName: 'Nguyễn Văn An', birthDate: '1990-05-14' } },
  },
};

// ---------------------------------------------------------------------------------------------
// Broken schemas: an error box listing every problem, and a `dvc-error` event

/** A misspelt keyword (`minLenght`) and a misspelt `x-ui` member (`widgit`). */
export const BrokenSchemaUnknownKeyword: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      properties: {
        fullName: { type: 'string', title: 'Họ và tên', minLenght: 2 },
        sex: { type: 'string', enum: ['Nam', 'Nữ'], 'x-ui': { widgit: 'radio' } },
      },
    },
  },
};

/** A `$ref` to a definition that does not exist. */
export const BrokenSchemaDanglingRef: Story = {
  args: {
    schema: {
      $schema: S2020,
      type: 'object',
      properties: { address: { $ref: '#/$defs/adress' } },
      $defs: { address: { type: 'object', properties: { detail: { type: 'string' } } } },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * The acceptance criteria, in prose, as GOV.UK writes them for its components.
 * The automatic part (axe-core, no violations) runs on the main stories in dossier-form.stories.browser.test.ts.
 */
export const Accessibility: Story = {
  render: () => html`<article lang="en" style="max-width: 46rem; font: 1rem/1.5 system-ui, sans-serif">
    <h1>Accessibility acceptance criteria</h1>
    <p>A <code>&lt;dvc-dossier-form&gt;</code> must:</p>
    <ul>
      <li>give every field a visible label that is programmatically tied to its input; hints and errors are linked to the
        input with <code>aria-describedby</code>, and the label, hint, error and input live in one shadow root so the ids resolve</li>
      <li>group radio buttons, checkboxes, nested objects and array items in fieldsets whose legend names the group;
        sections are fieldsets with headings</li>
      <li>mark required fields in text, not by colour alone, and set <code>required</code> on the input</li>
      <li>show an inline error only once the field was touched and changed, was pre-filled, or the form was submitted; the
        error starts with a visually hidden “Lỗi:” (“Error:” in English) and the input gets <code>aria-invalid="true"</code></li>
      <li>after a failed submit, show an error summary at the top whose inner container has <code>role="alert"</code>,
        move focus to it, and link every problem to its field: following a link focuses the field and scrolls its label
        or legend into view</li>
      <li>be completable with the keyboard alone, in reading order, including adding, removing and moving array items,
        whose buttons name the item (“Xóa Người quản lý 2”)</li>
      <li>keep focus visible on every control, and keep text and control contrast at 4.5:1 and 3:1 or more</li>
      <li>announce conditional fields by placing them straight after the question that reveals them, without moving focus</li>
      <li>keep read-only fields focusable and readable by screen readers; disabled forms are announced as disabled</li>
      <li>speak the page’s language: Vietnamese by default, English when <code>lang="en"</code> is set on the element or an
        ancestor, for labels, options, hints, buttons and messages alike</li>
      <li>in a key–value map, label every key box (“Người nghe (dòng 2)”) and name every remove button by its key; say a
        refused key at its box and keep the focus there; after adding a key, move focus to its value, after removing a row,
        to the row now in its place</li>
      <li>render a broken schema as a readable error box that lists each problem, never a blank area</li>
      <li>reflow at 320 CSS pixels wide and at 400% zoom without horizontal scrolling</li>
      <li>have no axe-core violations in the Empty, Prefilled, ErrorsShown, OrganisationOwner, ReadOnly, English and
        construct stories</li>
    </ul>
  </article>`,
};
