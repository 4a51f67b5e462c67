package dev.taskorchestrator.cli.command;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the jar's manifest; "development" when run from classes. */
public final class ManifestVersion implements IVersionProvider {

    /** The bare version number, e.g. {@code 0.1.0}; "development" when run from classes. */
    public static String number() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"orchestrator " + number(),
            "Java " + System.getProperty("java.version")};
    }
}
