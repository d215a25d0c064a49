package cn.onegrid.server.basemaps;

import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;

/** A base-map tile: an image of one of the types passed on, and its bytes. */
record BasemapTile(MediaType type, byte[] bytes) {

  /** The types passed on, each with the file suffix it is kept under. */
  static final List<MediaType> IMAGES =
      List.of(MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG, MediaType.parseMediaType("image/webp"));

  /** This type without parameters, if it is one passed on. */
  static Optional<MediaType> image(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return IMAGES.stream().filter(image -> image.equalsTypeAndSubtype(type)).findFirst();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  String suffix() {
    return type.getSubtype().equals("jpeg") ? "jpg" : type.getSubtype();
  }
}
