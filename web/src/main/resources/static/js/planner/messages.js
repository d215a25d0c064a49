// Planner mode's text, registered before any of its modules asks for it (Planner.js imports this
// first), so the page's own message files stay small.
import { addMessages } from '../i18n.js';
import zhCN from './i18n/zh-CN.js';
import en from './i18n/en.js';

addMessages({ 'zh-CN': zhCN, en });
