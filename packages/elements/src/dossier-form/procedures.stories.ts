import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

import '../define/dvc-dossier-form.js';
import gamePoint from '../../../../schemas/procedures/1.013792/schema.json';
import gamePointValid from '../../../../schemas/procedures/1.013792/examples/valid-organisation-post.json';
import birth from '../../../../schemas/procedures/1.001193/schema.json';
import birthValid from '../../../../schemas/procedures/1.001193/examples/valid-in-person.json';
import judicialRecord from '../../../../schemas/procedures/3.000333/schema.json';
import judicialRecordValid from '../../../../schemas/procedures/3.000333/examples/valid-self-online.json';
import householdBusiness from '../../../../schemas/procedures/2.000720/schema.json';
import householdBusinessValid from '../../../../schemas/procedures/2.000720/examples/valid-household-members-authorised.json';
import landCertificate from '../../../../schemas/procedures/1.012783/schema.json';
import landCertificateValid from '../../../../schemas/procedures/1.012783/examples/valid-remeasurement-authorised-post.json';

/** What a procedure story sets on `<dvc-dossier-form>`. */
export interface ProcedureArgs {
  schema: object;
  data?: unknown;
  lang: 'vi' | 'en';
}

type Story = StoryObj<ProcedureArgs>;

function renderForm(args: ProcedureArgs): TemplateResult {
  return html`<dvc-dossier-form .schema=${args.schema} .data=${args.data} lang=${args.lang}></dvc-dossier-form>`;
}

/**
 * The five real procedures of `schemas/procedures/`, each with its `x-dvc` catalogue block (fees, dossier
 * components, delivery): empty, as a citizen first sees it, and pre-filled with a valid example (attachments included).
 */
const meta: Meta<ProcedureArgs> = {
  title: 'Procedures/Five real procedures',
  component: 'dvc-dossier-form',
  render: renderForm,
  args: { schema: gamePoint, data: undefined, lang: 'vi' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    schema: { control: 'object' },
    data: { control: 'object' },
  },
};
export default meta;

/** 1.013792 Certificate of eligibility to operate a public electronic game service point (commune, 15 days, no fee). */
export const GamePoint: Story = { args: { schema: gamePoint } };
/** 1.013792 pre-filled: an enterprise owner, the result by post. */
export const GamePointPrefilled: Story = { args: { schema: gamePoint, data: gamePointValid } };

/** 1.001193 Birth registration (commune, same day before 15:00, free on time, 8,000 đ per extract copy). */
export const BirthRegistration: Story = { args: { schema: birth } };
/** 1.001193 pre-filled: both parents, the father files, two extract copies. */
export const BirthRegistrationPrefilled: Story = { args: { schema: birth, data: birthValid } };

/** 3.000333 Judicial record certificate (provincial police, 10 days, 200,000 đ with exemptions and reductions). */
export const JudicialRecord: Story = { args: { schema: judicialRecord } };
/** 3.000333 pre-filled: certificate no. 1, filed by the person, result online. */
export const JudicialRecordPrefilled: Story = { args: { schema: judicialRecord, data: judicialRecordValid } };

/** 2.000720 Household business registration (commune, 3 working days, 100,000 đ demo charge). */
export const HouseholdBusiness: Story = { args: { schema: householdBusiness } };
/** 2.000720 pre-filled: registered by household members, filed by an authorised person. */
export const HouseholdBusinessPrefilled: Story = { args: { schema: householdBusiness, data: householdBusinessValid } };

/** 1.012783 Exchange of the land use right certificate (Land Registration Office, 5 working days, 50,000 đ). */
export const LandCertificate: Story = { args: { schema: landCertificate } };
/** 1.012783 pre-filled: re-measurement requested, filed by an authorised person, result by post. */
export const LandCertificatePrefilled: Story = { args: { schema: landCertificate, data: landCertificateValid } };

/** 1.001193 in English (`lang="en"`), from `x-ui.en`. */
export const BirthRegistrationEnglish: Story = { args: { schema: birth, data: birthValid, lang: 'en' } };
