package org.oncotriage.model;

import java.util.List;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.engine.djl.LoadedNetwork;

/**
 * Starts the {@link ScoringEngine} that an artifact names ({@link ModelArtifact#engine()}): the one
 * place that maps engine names to implementations. A second engine is one more case here and its
 * implementation beside {@code org.oncotriage.engine.djl}. Stateless.
 */
final class Engines {

  /** The engines this version can run. */
  static final List<String> KNOWN = List.of(LoadedNetwork.NAME);

  private Engines() {}

  /**
   * @param intraOpThreads the engine's process-wide intra-op thread count, where it has one
   * @throws ModelFormatException when the engine is unknown or refuses the artifact's network
   */
  static ScoringEngine start(ModelArtifact artifact, ArtifactSource source, int intraOpThreads) {
    String parameters = source.describe(ArtifactFormat.PARAMETERS);
    return switch (artifact.engine()) {
      case LoadedNetwork.NAME -> {
        try {
          yield LoadedNetwork.load(artifact.config(), artifact.parameters(), intraOpThreads);
        } catch (IllegalArgumentException e) {
          throw new ModelFormatException(parameters, e.getMessage(), e);
        }
      }
      default ->
          throw new ModelFormatException(
              source.describe(ArtifactFormat.CONFIG),
              "engine '" + artifact.engine() + "' is not one this version runs: " + KNOWN);
    };
  }
}
