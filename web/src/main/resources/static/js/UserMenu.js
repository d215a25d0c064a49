// Who is signed in, and the way out: the account's name and role in the top bar, a link to its
// personal access tokens (for QGIS and GDAL), the leaders' desk, administrators' account pages, the import page
// (administrators, town-wide planners), and a sign-out button that posts /logout with the session's CSRF token. aria-busy
// until /account answers.
import { account, signOut } from './api.js';
import { el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class UserMenu {
  /** container: an empty element in the top bar. */
  constructor(container) {
    this._container = container;
    this._account = null;
    this._signIn = el('a', { className: 'og-button', href: 'login', hidden: true });
    this._role = el('small');
    this._name = el('span', { className: 'og-user-name', hidden: true }, '', this._role);
    this._tokens = el('a', { className: 'og-button og-tokens-link', href: 'tokens', hidden: true });
    this._accounts = el('a', { className: 'og-button og-accounts-link', href: 'accounts', hidden: true });
    this._desk = el('a', { className: 'og-button og-desk-link', href: 'desk', hidden: true });
    this._import = el('a', { className: 'og-button og-import-link', href: 'import', hidden: true });
    this._signOut = el('button', { type: 'button', className: 'og-button', id: 'og-sign-out', hidden: true });
    this._signOut.addEventListener('click', () => {
      this._signOut.disabled = true;
      signOut(this._account).finally(() => window.location.assign('login?logout'));
    });
    container.append(this._signIn, this._name, this._desk, this._tokens, this._accounts, this._import, this._signOut);
    container.setAttribute('aria-busy', 'true');
    onLanguageChange(() => this._translate());
    account()
      .then((me) => {
        this._account = me;
        Object.assign(this._name.dataset, { username: me.username, role: me.role });
        this._name.firstChild.textContent = me.displayName;
      })
      .catch(() => {}) // not signed in (the plain map): offer to sign in
      .finally(() => {
        const signedIn = Boolean(this._account);
        this._signIn.hidden = signedIn;
        [this._name, this._tokens, this._signOut].forEach((element) => { element.hidden = !signedIn; });
        const role = this._account?.role;
        this._accounts.hidden = role !== 'admin';
        this._desk.hidden = !['leader', 'planner', 'admin'].includes(role);
        this._import.hidden = !(role === 'admin' || (role === 'planner' && !this._account.committees.length));
        this._translate();
        container.setAttribute('aria-busy', 'false');
      });
  }

  _translate() {
    this._signIn.textContent = t('user.signIn');
    this._role.textContent = this._account ? ` · ${t(`role.${this._account.role}`)}` : '';
    this._tokens.textContent = t('user.tokens');
    this._accounts.textContent = t('user.accounts');
    this._desk.textContent = t('user.desk');
    this._import.textContent = t('user.import');
    this._signOut.textContent = t('user.signOut');
  }
}
