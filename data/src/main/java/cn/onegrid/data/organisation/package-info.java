/**
 * The rest of the town's organisation, as administrators and planners keep it: featured party
 * groups (特色型党小组) and their members, town liaisons, partner units (共建单位) and residential compounds
 * (小区) with their "four in one" team. Written directly (no drafts), each write checked field by
 * field and held to the version the writer read.
 */
package cn.onegrid.data.organisation;
