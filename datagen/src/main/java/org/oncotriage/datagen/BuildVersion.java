package org.oncotriage.datagen;

import picocli.CommandLine.IVersionProvider;

/** The project version from the jar manifest. */
final class BuildVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = BuildVersion.class.getPackage().getImplementationVersion();
    return new String[] {"OncoTriage " + (version == null ? "development build" : version)};
  }
}
