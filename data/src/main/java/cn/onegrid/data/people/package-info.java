/**
 * The register of people per committee (party members, volunteers, staff; registered party members
 * with their home unit and service project), and who serves when: the blocks × slots table of a
 * committee and the posts on duty at a time of the week.
 */
package cn.onegrid.data.people;
