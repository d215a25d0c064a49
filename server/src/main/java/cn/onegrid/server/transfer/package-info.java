/**
 * Files in and out: every collection, and the whole town with its rosters, as a file in the format
 * and CRS asked for ({@code data}'s {@code transfer.Exporter}). An export shows exactly what its
 * reader may read: the read rules of the collection's items, and the rosters' phone numbers as
 * {@code PersonalData} decides for cards.
 */
package cn.onegrid.server.transfer;
