package org.sakuin.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who the OpenSearch nodes run as. OpenSearch refuses to start as root, and CI runs the tests as root: then each
 * node is started as {@code nobody} (in nobody's own group, {@code nogroup} on Debian) through util-linux's
 * {@code setpriv}, and its folders are handed to nobody. Anyone else starts the nodes as themselves.
 */
record NodeUser(int uid, int gid, boolean dropsRoot) {

    static NodeUser forThisProcess() {
        if (!id("-u").equals("0")) {
            return new NodeUser(-1, -1, false);
        }
        return new NodeUser(Integer.parseInt(id("-u", "nobody")), Integer.parseInt(id("-g", "nobody")), true);
    }

    /** The command that runs {@code command} as this user; setpriv execs it, so the process is still the node's. */
    List<String> command(List<String> command) {
        if (!dropsRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Makes the cluster's folder (the nodes' copies of the distribution, their data and logs) this user's. */
    void own(Path tree) throws IOException {
        if (!dropsRoot) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private static String id(String... args) {
        List<String> command = new ArrayList<>(List.of("id"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
