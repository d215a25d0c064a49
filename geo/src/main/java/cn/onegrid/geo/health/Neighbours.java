package cn.onegrid.geo.health;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.Tolerance;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** The children of a partition, indexed, to ask who touches a shape and along how much border. */
final class Neighbours {

  private final List<Region> children;
  private final STRtree index = new STRtree();

  Neighbours(List<Region> children) {
    this.children = children;
    for (int i = 0; i < children.size(); i++) {
      index.insert(children.get(i).shape().getEnvelopeInternal(), i);
    }
  }

  /** Indexes of the children whose envelopes meet {@code shape}'s, in input order. */
  List<Integer> near(Geometry shape) {
    var envelope = shape.getEnvelopeInternal().copy();
    envelope.expandBy(Tolerance.BORDER);
    return index.query(envelope).stream().map(Integer.class::cast).sorted().toList();
  }

  /**
   * The child, other than {@code exceptId}, that shares the longest border with {@code shape}: the
   * natural home for a sliver or a stray piece. Empty when none touches it.
   */
  Optional<String> longestBorder(Geometry shape, String exceptId) {
    Geometry border = shape.getBoundary();
    String best = null;
    double bestLength = Tolerance.BORDER;
    for (int i : near(shape)) {
      Region child = children.get(i);
      if (child.id().equals(exceptId)) {
        continue;
      }
      Geometry zone = child.shape().buffer(Tolerance.BORDER);
      double shared = OverlayNGRobust.overlay(border, zone, OverlayNG.INTERSECTION).getLength();
      if (shared > bestLength) {
        best = child.id();
        bestLength = shared;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Ids of the children within {@link Tolerance#BORDER} of {@code shape}, in id order. */
  List<String> touching(Geometry shape) {
    return near(shape).stream()
        .map(children::get)
        .filter(c -> c.shape().isWithinDistance(shape, Tolerance.BORDER))
        .map(Region::id)
        .sorted()
        .toList();
  }
}
