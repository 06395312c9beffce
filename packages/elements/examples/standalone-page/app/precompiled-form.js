// /app/precompiled-form.js (a module file: a strict CSP allows no inline script)
import '/dvc/dvc-dossier-form-precompiled.js'; // with a bundler: '@dvc-kit/elements/define/dvc-dossier-form-precompiled.js'
import validator from '/procedures/1.013792/validator.js'; // dvc-schema build schemas/procedures --out procedures
const form = document.querySelector('dvc-dossier-form');
form.validator = validator;
form.schema = await (await fetch('/procedures/1.013792/schema.json')).json();
