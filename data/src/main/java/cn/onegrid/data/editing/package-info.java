/**
 * Planners' edits of areas: versioned writes that never overwrite a change they did not see ({@link
 * cn.onegrid.data.editing.StaleVersion}), drawings cleaned before they are stored, draft plans
 * published all or nothing, and the history of every published change with revert.
 */
package cn.onegrid.data.editing;
