/**
 * The model artifact and the model-backed triager. Start with {@link TriageModels}, which returns a
 * {@link ModelTriager}; training writes artifacts through {@link ModelArtifact} and {@link
 * ArtifactFormat}. Which engine runs an artifact ({@code Engines}) is package-private.
 */
package org.oncotriage.model;
