package cn.onegrid.data.incidents;

import java.util.List;

/**
 * Where a place's report goes: its committee, grids, the posts whose area holds it, the post it is
 * routed to (the one on duty, else the first whose area holds it, else none: uncovered) and why.
 *
 * @param gridId the comprehensive grid, or null
 * @param microGridId the micro-grid, or null
 * @param posts full codes of the posts whose area holds the place, in code order
 * @param postId the post it is routed to, or null when uncovered
 * @param postCode that post's code, or null
 * @param onDuty whether that post was on duty at the hour
 */
public record Route(
    long committeeId,
    String committee,
    String committeeName,
    Long gridId,
    Long microGridId,
    List<String> posts,
    Long postId,
    String postCode,
    boolean onDuty,
    RouteReason.Words reason) {

  public Route {
    posts = List.copyOf(posts);
  }

  /** No post's area holds the place: it goes to the committee. */
  public boolean uncovered() {
    return posts.isEmpty();
  }
}
