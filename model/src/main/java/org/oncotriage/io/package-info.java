/** Exports {@link Sha256}, the project's one SHA-256 digest in lower-case hex. */
package org.oncotriage.io;
