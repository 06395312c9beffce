import { createHttpDossierSource } from '@dvc-kit/dossier/http';
import { SECOND_FACTOR_KINDS, type DossierSource, type SecondFactorKind } from '@dvc-kit/dossier/types';

/**
 * The HTTP dossier source an element makes from its `source-url` attribute, so that a page without a bundler can
 * use the element with markup only. Made once per URL and second factors; resolved against the page. A URL the HTTP
 * source refuses (not http(s), a query) gives null, so the element can say why it cannot look anything up.
 */
export class SourceFromUrl {
  #made: { key: string; source: DossierSource | null } | null = null;

  /** The source for `url` (empty: none), asking for the second factors named in `factorList` (space-separated). */
  get(url: string, factorList = ''): DossierSource | null {
    const trimmed = url.trim();
    if (!trimmed) return null;
    const kinds = factorList.split(/\s+/).filter((k): k is SecondFactorKind => (SECOND_FACTOR_KINDS as readonly string[]).includes(k));
    const key = `${trimmed} ${kinds.join(' ')}`;
    if (this.#made?.key !== key) {
      let source: DossierSource | null;
      try {
        source = createHttpDossierSource({ baseUrl: new URL(trimmed, document.baseURI).href, secondFactors: kinds });
      } catch {
        source = null;
      }
      this.#made = { key, source };
    }
    return this.#made.source;
  }
}
