/**
 * The leaders' desk: committees ranked by an indicator ({@link cn.onegrid.data.desk.Indicator}, one
 * registry), the town's value month by month from the published history ({@code analysis_month},
 * kept by a trigger from each analysis), a committee's posts and slots as tables, and any table as
 * a file ({@link cn.onegrid.data.desk.TableFiles}: CSV or XLSX).
 */
package cn.onegrid.data.desk;
