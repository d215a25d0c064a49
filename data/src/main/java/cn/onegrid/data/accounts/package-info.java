/**
 * Who may use OneGrid: accounts with one role each and the committees they work on, their personal
 * access tokens, and the audit log of who saw person-level data. Only hashes of passwords and
 * tokens are stored; hashing and deciding who may do what is the server's business.
 */
package cn.onegrid.data.accounts;
