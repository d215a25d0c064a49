/**
 * Data in and out of OneGrid as files: GeoPackage, zipped Shapefile, GeoJSON, KML, CSV and XLSX.
 * PostGIS writes each collection as GeoJSON in EPSG:4326 into a private temporary folder ({@link
 * WorkFolder}); GDAL's {@code ogr2ogr} ({@link GdalTools}, run with an argument list, never a
 * shell) converts it to the format and CRS asked for ({@link Exporter}). No format is parsed or
 * written here by hand.
 */
package cn.onegrid.data.transfer;
