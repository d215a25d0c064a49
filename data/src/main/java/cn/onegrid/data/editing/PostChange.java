package cn.onegrid.data.editing;

/**
 * One post's state as a plan proposes it.
 *
 * @param committee the code of the post's committee (a post never changes committee)
 * @param baseVersion the post's version it was proposed on; 0 for a post new in the plan
 */
public record PostChange(String code, String committee, int baseVersion, PostState state) {}
