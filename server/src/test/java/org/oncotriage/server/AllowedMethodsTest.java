package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

  private final AllowedMethods allowed =
      new AllowedMethods(
          Map.of(
              "/v1/triage", "POST",
              "/v1/models", "GET, POST",
              "/v1/models/{version}", "DELETE",
              "/v1/models/{version}/promote", "POST"));

  @Test
  void aPathOfARouteGetsItsMethods() {
    assertThat(allowed.forPath("/v1/triage")).contains("POST");
    assertThat(allowed.forPath("/v1/models")).contains("GET, POST");
  }

  @Test
  void aTemplateSegmentStandsForOneNonEmptySegment() {
    assertThat(allowed.forPath("/v1/models/2026-1+abc")).contains("DELETE");
    assertThat(allowed.forPath("/v1/models/x/promote")).contains("POST");
    assertThat(allowed.forPath("/v1/models//promote")).isEmpty();
    assertThat(allowed.forPath("/v1/models/x/y/promote")).isEmpty();
  }

  @Test
  void otherPathsHaveNone() {
    assertThat(allowed.forPath("/v1/triage/")).isEmpty();
    assertThat(allowed.forPath("/nowhere")).isEmpty();
    assertThat(allowed.forPath(null)).isEmpty();
  }
}
