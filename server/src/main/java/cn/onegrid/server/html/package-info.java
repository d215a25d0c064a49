/** The HTML face of every API resource: one generic, escaping renderer of JSON documents. */
package cn.onegrid.server.html;
