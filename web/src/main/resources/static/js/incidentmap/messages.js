// The text of the incidents' map layers and reporting box, registered before any of their modules
// asks for it.
import { addMessages } from '../i18n.js';
import zhCN from './i18n/zh-CN.js';
import en from './i18n/en.js';

addMessages({ 'zh-CN': zhCN, en });
