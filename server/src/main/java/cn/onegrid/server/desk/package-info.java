/**
 * The leaders' desk (issue 17), for leaders, planners and administrators: the town dashboard
 * ({@code /desk}: committees ranked by an indicator, the town's values and their trends), a
 * committee's posts and slots ({@code /desk/committees/{code}}), every table as CSV or XLSX ({@link
 * cn.onegrid.server.desk.DeskFiles}), and wall maps to print ({@code /desk/print}). Pages from
 * Mustache templates, no script.
 */
package cn.onegrid.server.desk;
