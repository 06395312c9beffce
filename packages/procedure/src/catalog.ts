/**
 * The catalogue entry of a procedure: its x-dvc facts as a portal lists them (`dvc-schema build` writes one
 * `catalog.json` of them), with each fee summarised for the list.
 */
import type { DvcProcedure, Fee, Text } from './vocabulary-types.js';

/** The files `dvc-schema build` writes per procedure, each as a path relative to `catalog.json`. */
export interface CatalogFiles {
  /** The standalone validator (ESM). */
  validator: string;
  /** Its declarations. */
  validatorTypes: string;
  /** The `.d.ts` of the dossier data. */
  types: string;
  /** The prepared schema. */
  schema: string;
}

/** One procedure in `catalog.json`: its x-dvc facts (checked against the meta-schema by the build) and files. */
export interface CatalogEntry {
  id: string;
  $id?: string;
  title?: string;
  code: string;
  /** The x-dvc name, else the schema's title. */
  name: Text;
  /** The x-dvc facts: absent only for a schema without x-dvc. */
  sector?: Text;
  agency?: Text;
  level?: DvcProcedure['level'];
  onlineService?: DvcProcedure['onlineService'];
  processingTime?: DvcProcedure['processingTime'];
  fees: FeeSummary[];
  free: boolean;
  components: number;
  requiredComponents: number;
  delivery?: DvcProcedure['delivery'];
  files: CatalogFiles;
}

export const FEE_BASES = ['FIXED', 'PER_COPY', 'PER_PAGE', 'PERCENT'] as const;
/** How a fee is counted: per dossier, per copy, per page, or as a percentage of a declared value. */
export type FeeBasis = (typeof FEE_BASES)[number];

export interface FeeSummary {
  key: string;
  kind: Fee['kind'];
  name: Text;
  basis: FeeBasis;
  /** The fixed amount, or per copy or page the price of the first unit (see `tiers`). */
  amount?: number;
  /** Per copy or page with more than one tier: each price and the last unit it applies to (none on the last). */
  tiers?: { price: number; upTo?: number }[];
  percent?: number;
  min?: number;
  max?: number;
  /** The fee applies only when the data matches its `when`. */
  conditional: boolean;
  exemptions: number;
}

export interface Catalog {
  generator: string;
  procedures: CatalogEntry[];
}

/**
 * The catalogue entry of a procedure schema whose `x-dvc` passed its checks (`checkProcedure`); a schema without
 * `x-dvc` gets an entry named by its title, or by `id`.
 */
export function catalogEntry(id: string, schema: Readonly<Record<string, unknown>>, files: CatalogFiles): CatalogEntry {
  const dvc = (Object.hasOwn(schema, 'x-dvc') ? schema['x-dvc'] : {}) as Partial<DvcProcedure>;
  const fees = dvc.fees ?? [];
  const components = dvc.components ?? [];
  return {
    id,
    ...(typeof schema.$id === 'string' ? { $id: schema.$id } : {}),
    ...(typeof schema.title === 'string' ? { title: schema.title } : {}),
    code: dvc.code ?? id,
    name: dvc.name ?? (typeof schema.title === 'string' ? schema.title : id),
    sector: dvc.sector,
    agency: dvc.agency,
    level: dvc.level,
    onlineService: dvc.onlineService,
    processingTime: dvc.processingTime,
    fees: fees.map(feeSummary),
    free: fees.length === 0,
    components: components.length,
    requiredComponents: components.filter((c) => c.required === true || c.requiredWhen !== undefined).length,
    delivery: dvc.delivery,
    files: { ...files },
  };
}

/** A fee as the catalogue lists it: its basis and prices, without its conditions. */
export function feeSummary(fee: Fee): FeeSummary {
  const amount = fee.amount;
  const summary: FeeSummary = {
    key: fee.key,
    kind: fee.kind,
    name: fee.name,
    basis: 'fixed' in amount ? 'FIXED' : 'percent' in amount ? 'PERCENT' : amount.unit === 'PAGE' ? 'PER_PAGE' : 'PER_COPY',
    conditional: fee.when !== undefined,
    exemptions: fee.exemptions?.length ?? 0,
  };
  if ('fixed' in amount) summary.amount = amount.fixed;
  if ('tiers' in amount) {
    const tiers = amount.tiers.map((tier) => ({ price: tier.price, ...(tier.upTo !== undefined ? { upTo: tier.upTo } : {}) }));
    summary.amount = tiers[0]!.price;
    if (tiers.length > 1) summary.tiers = tiers;
  }
  if ('percent' in amount) summary.percent = amount.percent;
  if (!('fixed' in amount)) {
    if (amount.min !== undefined) summary.min = amount.min;
    if (amount.max !== undefined) summary.max = amount.max;
  }
  return summary;
}
