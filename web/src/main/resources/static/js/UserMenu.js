// Who is signed in, and the way out: the account's name and role in the top bar, a link to its
// personal access tokens (for QGIS and GDAL), and a sign-out button that posts /logout with the
// session's CSRF token (the server refuses it without).
import { account, signOut } from './api.js';
import { clear, el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class UserMenu {
  /** container: an empty element in the top bar. */
  constructor(container) {
    this._container = container;
    this._account = null;
    onLanguageChange(() => this._render());
    account()
      .then((me) => {
        this._account = me;
        this._render();
      })
      .catch(() => this._render()); // not signed in (the plain map): offer to sign in
  }

  _render() {
    clear(this._container);
    if (!this._account) {
      this._container.append(el('a', { className: 'og-button', href: 'login' }, t('user.signIn')));
      return;
    }
    const me = this._account;
    const button = el('button', { type: 'button', className: 'og-button', id: 'og-sign-out' },
      t('user.signOut'));
    button.addEventListener('click', () => {
      button.disabled = true;
      signOut(me).finally(() => window.location.assign('login?logout'));
    });
    this._container.append(
      el('span', { className: 'og-user-name', dataset: { username: me.username, role: me.role } },
        me.displayName, el('small', {}, ` · ${t(`role.${me.role}`)}`)),
      el('a', { className: 'og-button og-tokens-link', href: 'tokens' }, t('user.tokens')),
      button);
  }
}
