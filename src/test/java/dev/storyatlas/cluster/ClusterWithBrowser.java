package dev.storyatlas.cluster;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link Cluster} and a Chromium for its readers, as the cluster's browser tests start them before all
 * their tests and stop them after: {@link #close()} stops the browser, then every process of the cluster.
 */
public final class ClusterWithBrowser implements AutoCloseable {

    private final Cluster cluster;
    private final Playwright playwright;
    private final Browser browser;

    private ClusterWithBrowser(Cluster cluster, Playwright playwright, Browser browser) {
        this.cluster = cluster;
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the cluster as {@link Cluster#start} does, then the browser; a failed start leaves nothing running. */
    public static ClusterWithBrowser start(Path dir, int instances, List<String> appArguments) throws IOException, InterruptedException {
        Cluster cluster = Cluster.start(dir, instances, appArguments);
        Playwright playwright = null;
        try {
            playwright = ClusterReader.playwright();
            return new ClusterWithBrowser(cluster, playwright, ClusterReader.chromium(playwright));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            cluster.close();
            throw e;
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    /** A new reader in a browser context of their own. */
    public ClusterReader reader() {
        return new ClusterReader(browser);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            playwright.close();
        } finally {
            cluster.close();
        }
    }
}
