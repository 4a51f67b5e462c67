package dev.taskorchestrator.cli.boot;

import dev.taskorchestrator.cli.command.Installation;
import dev.taskorchestrator.domain.common.OrchestratorException;
import dev.taskorchestrator.persistence.DatabaseSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** This machine as {@code init} sees it: the workspace, this jar or its launcher, the home folder. */
final class LocalInstallation implements Installation {

    private final Map<String, String> environment;

    LocalInstallation(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Path prepareWorkspace(Optional<Path> workspace) {
        Path resolved = Workspaces.resolve(workspace, environment, Path.of(""));
        try {
            Files.createDirectories(resolved.resolve(DatabaseSettings.WORKSPACE_FOLDER));
        } catch (IOException e) {
            throw OrchestratorException.invalid("workspace", "cannot create "
                    + resolved.resolve(DatabaseSettings.WORKSPACE_FOLDER) + ": " + e.getMessage());
        }
        return resolved;
    }

    /** The launcher next to the sources this jar was built from, or else {@code java -jar} on this jar. */
    @Override
    public List<String> serverCommand() {
        Path jar = jar();
        Path target = jar.getParent();
        Path launcher = target == null || target.getParent() == null || target.getParent().getParent() == null ? null
                : target.getParent().getParent().resolve("orchestrator");
        if (launcher != null && Files.isExecutable(launcher) && jar.getFileName().toString().equals("orchestrator.jar")) {
            return List.of(launcher.toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-jar", jar.toString());
    }

    private static Path jar() {
        try {
            return Path.of(LocalInstallation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("orchestrator.jar").toAbsolutePath();
        }
    }

    @Override
    public Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public String operatingSystem() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.contains("mac") ? "mac" : name.contains("win") ? "windows" : "linux";
    }

}
