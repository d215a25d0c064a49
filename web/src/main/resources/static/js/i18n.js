// The page's language: the switch's, else the browser's first of ours, else Chinese. Strings come
// from ../i18n/*.js; listeners hear of changes.
import zhCN from '../i18n/zh-CN.js';
import en from '../i18n/en.js';

const MESSAGES = { 'zh-CN': zhCN, en };
const DEFAULT_LANGUAGE = 'zh-CN';
const STORAGE_KEY = 'onegrid.language';
const listeners = new Set();

let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored in MESSAGES) {
      return stored;
    }
  } catch {
    // storage can be disabled
  }
  const tag = navigator.languages.find((l) => /^(zh|en)/i.test(l));
  return tag && /^en/i.test(tag) ? 'en' : DEFAULT_LANGUAGE;
}

/**
 * Adds a part of the page's text that is loaded later with its modules (planner mode's), so every
 * visit does not download it.
 */
export function addMessages(byLanguage) {
  for (const [tag, messages] of Object.entries(byLanguage)) {
    Object.assign(MESSAGES[tag], messages);
  }
}

/** The current language tag: 'zh-CN' or 'en'. */
export function language() {
  return current;
}

/** The message for key in the current language, with {placeholders} filled from params. */
export function t(key, params = {}) {
  const template = MESSAGES[current][key] ?? MESSAGES[DEFAULT_LANGUAGE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in params ? String(params[name]) : whole);
}

const numberFormats = {}; // one per language: making one costs more than using it

/** A number formatted for the current language. */
export function number(value) {
  numberFormats[current] ??= new Intl.NumberFormat(current);
  return numberFormats[current].format(value);
}

/** Switches the language, remembers it and tells every listener. */
export function setLanguage(tag) {
  if (!(tag in MESSAGES) || tag === current) {
    return;
  }
  current = tag;
  try {
    window.localStorage.setItem(STORAGE_KEY, tag);
  } catch {
    // not remembered; the switch still works for this page
  }
  translateDocument();
  listeners.forEach((listener) => listener(tag));
}

/** The other language: what the switch offers. */
export function otherLanguage() {
  return current === 'en' ? DEFAULT_LANGUAGE : 'en';
}

/** Calls listener(tag) after every language change. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

/**
 * Fills the static page: data-i18n="key" sets an element's text, data-i18n-attr="attr:key,..."
 * sets attributes (placeholder, aria-label, title).
 */
export function translateDocument(root = document) {
  document.documentElement.lang = current;
  document.title = t('app.documentTitle');
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((element) => {
    for (const pair of element.dataset.i18nAttr.split(',')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      element.setAttribute(attribute, t(key));
    }
  });
}
