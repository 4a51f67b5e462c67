package dev.taskorchestrator.cli.command;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar's manifest; "development" when run from classes. */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {"orchestrator " + (version == null ? "development" : version),
            "Java " + System.getProperty("java.version")};
    }
}
