/**
 * The {@code djl-pytorch} {@link org.oncotriage.engine.ScoringEngine}: the triage transformer as
 * DJL blocks ({@link org.oncotriage.engine.djl.TriageNetwork} and its layers, its outputs shaped by
 * {@link org.oncotriage.heads.Heads}), the one decoding of its outputs ({@link
 * org.oncotriage.engine.djl.NetworkScorer}), which serving and the trainer's validation pass share,
 * and the loader ({@link org.oncotriage.engine.djl.LoadedNetwork}). The training module builds and
 * trains the same network with DJL's trainer.
 */
package org.oncotriage.engine.djl;
