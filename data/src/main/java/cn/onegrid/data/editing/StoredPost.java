package cn.onegrid.data.editing;

/**
 * A post as stored (or as a plan proposes it).
 *
 * @param version the ETag a change must match; 0 for a post that exists only in a plan
 */
public record StoredPost(String code, String committeeCode, int version, PostState state) {}
