import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import elementsManifest from '../packages/elements/dist/custom-elements.json';
import { customStateArgTypes, documentedClasses } from './element-docs.js';

// The API tables of the Docs pages come from the manifest the elements' build writes from their JSDoc; the
// stories register the full form (define/dvc-dossier-form.js), so its class documents <dvc-dossier-form>.
const manifest = documentedClasses(elementsManifest, { 'dvc-dossier-form': 'DvcDossierFormFull' });
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every component gets a Docs page: its description, API table (with custom states) and stories.
  tags: ['autodocs'],
  // After the framework's: its table from the manifest, then the custom states the table has no category for.
  argTypesEnhancers: [(context) => ({ ...context.argTypes, ...customStateArgTypes(manifest, context.component) })],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
