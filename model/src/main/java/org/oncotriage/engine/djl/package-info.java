/**
 * The {@code djl-pytorch} {@link org.oncotriage.engine.ScoringEngine}: the triage transformer as
 * DJL blocks ({@link org.oncotriage.engine.djl.TriageNetwork} and its layers, its outputs shaped by
 * {@link org.oncotriage.heads.Heads}), the one decoding of its outputs ({@link
 * org.oncotriage.engine.djl.NetworkScorer}), which serving and the trainer's validation pass share,
 * and the loader ({@link org.oncotriage.engine.djl.LoadedNetwork}). The training module builds and
 * trains the same network with DJL's trainer.
 *
 * <p>Public for training and {@code org.oncotriage.model}: the network, its config, its inputs
 * ({@link org.oncotriage.engine.djl.TokenBatch}), the scorer and the loader. The layers and the
 * inference threads are package-private.
 */
package org.oncotriage.engine.djl;
