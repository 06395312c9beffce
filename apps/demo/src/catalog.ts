/**
 * The procedure catalogue that `dvc-schema build` writes (`catalog.json`), typed with the x-dvc vocabulary
 * (schemas/README.md), and its facts worded for the page. No DOM here. The model and all the catalogue's
 * wording come from @dvc-kit/procedure.
 */
import type { Catalog, CatalogEntry, FeeSummary, Text } from '@dvc-kit/procedure';

// The catalogue's words (level, online service, time, delivery, fees) are @dvc-kit/procedure/wording's, the same
// the procedure list uses: the pages import them from there.

/** An x-dvc *text*: Vietnamese, or Vietnamese and English. */
export type DvcText = Text;
export type Procedure = CatalogEntry;
export type Fee = FeeSummary;

/** The procedures of the catalogue the CLI writes (typed by the x-dvc vocabulary, which the build checked). */
export function proceduresOf(catalog: Catalog): Procedure[] {
  return catalog.procedures;
}
