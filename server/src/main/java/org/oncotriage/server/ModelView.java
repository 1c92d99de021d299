package org.oncotriage.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One loaded model version as {@code GET /v1/models} shows it. Immutable.
 *
 * @param name the model's name
 * @param version its version, as every result it produces names it
 * @param state {@code serving}, {@code shadow} or {@code loaded} ({@code unloaded} in the answer to
 *     an unload)
 * @param source the directory it was loaded from, or where the service's own model came from
 * @param loadedAt when it finished loading (ISO-8601, UTC)
 * @param loadMs how long loading and checking took, in milliseconds
 * @param provenance how it was made, as the model says
 * @param inFlight requests using it now
 */
record ModelView(
    String name,
    String version,
    String state,
    String source,
    String loadedAt,
    long loadMs,
    JsonNode provenance,
    int inFlight) {}
