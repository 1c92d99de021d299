/**
 * Exports the {@link ScoringEngine} seam between the model-backed triager and the runtime that runs
 * a network; implementations live in sub-packages ({@code org.oncotriage.engine.djl}).
 */
package org.oncotriage.engine;
