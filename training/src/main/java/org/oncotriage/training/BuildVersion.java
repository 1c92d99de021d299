package org.oncotriage.training;

import picocli.CommandLine.IVersionProvider;

/** The project version from the jar manifest. */
public final class BuildVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = BuildVersion.class.getPackage().getImplementationVersion();
    return new String[] {"OncoTriage " + (version == null ? "development build" : version)};
  }
}
