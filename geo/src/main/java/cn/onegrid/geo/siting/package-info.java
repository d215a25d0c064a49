/**
 * Where to put a new post: the largest blind spot of a committee, the centre of the largest circle
 * inside it that holds no post. Inputs in metres.
 */
package cn.onegrid.geo.siting;
