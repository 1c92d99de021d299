package org.oncotriage.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The methods each route answers, as an {@code Allow} header value for a 405, found for a request
 * path by its route template ({@code {name}} stands for one path segment). Immutable.
 */
final class AllowedMethods {

  private final Map<String, String> byTemplate;

  /**
   * @param byTemplate each route template and its methods, as an {@code Allow} header value
   */
  AllowedMethods(Map<String, String> byTemplate) {
    this.byTemplate = new LinkedHashMap<>(byTemplate);
  }

  /** The methods the route of {@code path} answers; empty when no route has that path. */
  Optional<String> forPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String exact = byTemplate.get(path);
    if (exact != null) {
      return Optional.of(exact);
    }
    String[] segments = path.split("/", -1);
    for (Map.Entry<String, String> route : byTemplate.entrySet()) {
      if (matches(route.getKey().split("/", -1), segments)) {
        return Optional.of(route.getValue());
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
      if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
        return false;
      }
    }
    return true;
  }
}
