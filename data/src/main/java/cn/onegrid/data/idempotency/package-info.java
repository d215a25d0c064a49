/**
 * Idempotency keys: a write's first answer, kept for a day under its account and key, so a client
 * that lost it can send the write again and learn what happened instead of doing it twice.
 */
package cn.onegrid.data.idempotency;
