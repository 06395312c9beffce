/**
 * The sign-in form, with the demo's accounts shown beside it (clearly a demo). A wrong username or password gets the
 * server's generic answer in the error summary, which takes focus.
 */
import { ApiError, type Officer, type OfficerApi } from './api.js';
import { h } from './dom.js';
import { errorSummarySlot, field, showErrors, type FieldError } from './form-kit.js';
import { DEMO_OFFICERS, DEMO_PASSWORD, type ConsoleLang, type ConsoleText } from './text.js';

export interface LoginViewOptions {
  api: OfficerApi;
  text: ConsoleText;
  lang: ConsoleLang;
  /** Shown above the form (a session that ended, a sign-out). */
  notice?: string;
  onSignedIn(officer: Officer): void;
  /** Server failures other than a refused sign-in (text to show). */
  describeError(error: unknown): string;
}

export function renderLoginView(options: LoginViewOptions): HTMLElement {
  const { text } = options;
  const username = field({ label: text.username, pointer: '/username', required: true, autocomplete: 'username', text });
  const password = field({ label: text.password, pointer: '/password', required: true, type: 'password', autocomplete: 'current-password', text });
  username.control.setAttribute('autocapitalize', 'none');
  username.control.setAttribute('spellcheck', 'false');
  const submit = h('button', { type: 'submit', class: 'button' }, text.login);
  const form = h('form', { class: 'console-form login-form', novalidate: true }, errorSummarySlot(), username.wrapper, password.wrapper, submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const user = username.control.value.trim();
    const secret = password.control.value;
    const errors: FieldError[] = [];
    if (user === '') errors.push({ pointer: '/username', message: text.usernameMissing });
    if (secret === '') errors.push({ pointer: '/password', message: text.passwordMissing });
    if (errors.length > 0) return showErrors(form, errors, text);
    submit.disabled = true;
    submit.textContent = text.loggingIn;
    try {
      const officer = await options.api.login(user, secret);
      options.onSignedIn(officer);
    } catch (error) {
      submit.disabled = false;
      submit.textContent = text.login;
      password.control.value = '';
      const refused = error instanceof ApiError && (error.status === 401 || error.status === 400);
      showErrors(form, [{ pointer: '', message: refused ? text.loginFailed : options.describeError(error) }], text);
    }
  });

  const demoList = h(
    'dl',
    { class: 'demo-accounts' },
    DEMO_OFFICERS.map((name) => h('div', {}, h('dt', {}, h('code', {}, name)), h('dd', {}, text.demoOfficers[name] ?? ''))),
  );
  return h(
    'section',
    { class: 'login', 'aria-labelledby': 'login-heading' },
    h('h2', { id: 'login-heading', tabindex: '-1' }, text.loginHeading),
    options.notice ? h('p', { class: 'notice' }, options.notice) : undefined,
    form,
    h(
      'aside',
      { class: 'demo-credentials', 'aria-labelledby': 'demo-credentials-heading' },
      h('h3', { id: 'demo-credentials-heading' }, text.demoCredentialsHeading),
      demoList,
      h('p', {}, text.demoPasswordLabel, ' ', h('code', {}, DEMO_PASSWORD)),
    ),
  );
}
