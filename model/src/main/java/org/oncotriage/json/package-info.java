/**
 * Exports the project's one Jackson configuration ({@link Json}) and {@link JsonLinesWriter}, which
 * writes JSON Lines with it.
 */
package org.oncotriage.json;
