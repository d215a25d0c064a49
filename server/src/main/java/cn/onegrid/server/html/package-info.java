/**
 * The pages the server renders (API resources as HTML, sign-in, password, tokens): Mustache
 * templates under {@code resources/templates}, one layout, every value escaped by the engine, all
 * text from the message bundles in the reader's language.
 */
package cn.onegrid.server.html;
