package org.oncotriage.server;

import java.util.List;

/**
 * The model life cycle's settings: who may manage models, how many may be loaded at once, and how
 * much live traffic a candidate in shadow scores.
 *
 * @param adminApiKeys the admin keys of {@code admin_api_keys}, in the forms of {@code api_keys}
 *     (comma-separated {@code sha256:<hex>} or plain keys, each held as {@code sha256:<hex>}; a
 *     plain key is hashed when read and not kept; default none). Without one, every admin endpoint
 *     answers 403. An API key is not an admin key
 * @param maxLoadedModels the most model versions loaded at once, the serving one included ({@code
 *     max_loaded_models}, default 3: serving, a candidate and the previous one for rollback); a
 *     load beyond it is refused with 409
 * @param shadowShare the share of live triage requests that a candidate in shadow also scores, in
 *     the background ({@code shadow_share}, between 0 and 1, default 0.1)
 */
public record ModelAdminConfig(List<String> adminApiKeys, int maxLoadedModels, double shadowShare) {

  /** The most {@code max_loaded_models} may be: each loaded model holds its own native memory. */
  static final int MAX_LOADED_MODELS = 16;

  public ModelAdminConfig {
    adminApiKeys = List.copyOf(adminApiKeys);
    for (String key : adminApiKeys) {
      if (!key.startsWith(ApiKeys.HASH_PREFIX)) {
        throw new IllegalArgumentException("admin keys are held as sha256:<hex> digests only");
      }
    }
    if (maxLoadedModels < 1 || maxLoadedModels > MAX_LOADED_MODELS) {
      throw new IllegalArgumentException(
          "max_loaded_models must be between 1 and "
              + MAX_LOADED_MODELS
              + ", received "
              + maxLoadedModels);
    }
    if (!(shadowShare >= 0 && shadowShare <= 1)) {
      throw new IllegalArgumentException(
          "shadow_share must be between 0 and 1, received " + shadowShare);
    }
  }

  /** Never shows key material: only how many keys there are. */
  @Override
  public String toString() {
    return "admin_api_keys="
        + adminApiKeys.size()
        + ", max_loaded_models="
        + maxLoadedModels
        + ", shadow_share="
        + shadowShare;
  }
}
