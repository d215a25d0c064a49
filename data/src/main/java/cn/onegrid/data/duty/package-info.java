/**
 * The duty record book (issue 15): members' accounts from the post rosters ({@link MemberInvites}),
 * what was actually done at a post ({@link DutyBook}: checked, flagged when outside the post's area
 * or far from its slots, confirmed or rejected by staff; a problem found on patrol reported as an
 * incident in the record's transaction) and how each member, post, committee and the town keep the
 * monthly rules ({@link Compliance}).
 */
package cn.onegrid.data.duty;
