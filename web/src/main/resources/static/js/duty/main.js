// The duty record book's page (duty.html): a member's phone page, or staff's committee page.
import './messages.js';
import { account, config } from '../api.js';
import { otherLanguage, setLanguage, t, translateDocument } from '../i18n.js';
import { CommitteeView } from './CommitteeView.js';
import { MemberView } from './MemberView.js';

const root = document.getElementById('duty');
const status = document.getElementById('duty-status');
translateDocument();
document.title = t('duty.documentTitle');
document.getElementById('language').addEventListener('click', () => {
  setLanguage(otherLanguage());
  window.location.reload(); // the page is small: built again in the other language
});

async function start() {
  const me = await account();
  if (me.role === 'member') {
    await new MemberView(root, status, await config().catch(() => ({}))).show();
  } else if (me.role === 'staff' && me.committees.length) {
    await new CommitteeView(root, status, me.committees[0]).show();
  } else {
    status.textContent = t('duty.notForRole');
  }
  root.setAttribute('aria-busy', 'false');
}

start().catch((error) => {
  status.textContent = error.message;
  root.setAttribute('aria-busy', 'false');
});
