package io.promisekeeper.build;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Version;

/**
 * What Jira 11.3 exports to plugins, oldest and newest patch, per package prefix, with the public source of each
 * row (see docs/host-api.md, "What Jira 11.3 exports"): the one copy of the table the build's tests use.
 */
public final class JiraHostPackages {
    private JiraHostPackages() {
    }

    /** Host packages under {@code prefix} as exported by the oldest and the newest Jira 11.3 patch. */
    public record HostPackage(String prefix, Version oldest, Version newest, String source) {
        HostPackage(String prefix, String oldest, String newest, String source) {
            this(prefix, Version.parseVersion(oldest), Version.parseVersion(newest), source);
        }

        boolean covers(String packageName) {
            return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
        }

        public Version version(Profile profile) {
            return profile == Profile.OLDEST ? oldest : newest;
        }
    }

    /** Which end of the 11.3 patch range a container run exports. */
    public enum Profile {
        OLDEST, NEWEST;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT) + " 11.3";
        }
    }

    /**
     * Rows of the table. Where a row names one minor version only ("6.0", "7.0.x") both ends are that minor's
     * first release; Atlassian packages are imported without a version, so their numbers only label the export.
     */
    public static final List<HostPackage> ROWS = List.of(
            new HostPackage("com.fasterxml.jackson", "2.17.3", "2.21.0",
                    "jackson-core / databind / annotations: 2.21.x on recent 11.3 patches; Jira 10.4 shipped 2.17.3"),
            new HostPackage("org.slf4j", "2.0.16", "2.0.18",
                    "slf4j-api: 2.0.x (2.0.18 in BOM 8.3.26; 2.0.16 in Jira 10.4)"),
            new HostPackage("org.springframework", "6.2.0", "6.2.19",
                    "Spring (context, beans, core): 6.2.x (6.2.19 in BOM 8.3.26)"),
            new HostPackage("jakarta.servlet", "6.0.0", "6.0.0", "jakarta.servlet-api: 6.0 (Jakarta EE 10)"),
            new HostPackage("jakarta.ws.rs", "3.1.0", "3.1.0", "jakarta.ws.rs-api: 3.1 (Jersey 3.1)"),
            new HostPackage("jakarta.inject", "2.0.1", "2.0.1", "jakarta.inject-api: 2.0.1"),
            new HostPackage("net.java.ao", "0.0.0", "0.0.0",
                    "no row (AO core's own export version is not in the table); imported without a version"),
            new HostPackage("com.atlassian.sal", "7.0.0", "7.0.0", "sal-api: 7.0.x"),
            new HostPackage("com.atlassian.activeobjects", "7.0.0", "7.0.0", "activeobjects-plugin: 7.0.x"),
            new HostPackage("com.atlassian.plugins.rest", "9.1.0", "9.1.0", "atlassian-rest-v2-api: 9.1.x"),
            new HostPackage("com.atlassian.servicedesk", "11.3.0", "11.3.12",
                    "jira-servicedesk-api: 11.3.x (JSM LTS 11.3.1 to 11.3.12)"),
            new HostPackage("com.atlassian.jira", "11.3.0", "11.3.12", "the table's subject: Jira 11.3.x"),
            new HostPackage("com.atlassian", "8.3.0", "8.3.26",
                    "Atlassian platform: 8.3.x (8.3.21 at Jira 11.3.8; BOM 8.3.26)"));

    /** The row for {@code packageName}: the longest prefix that covers it. */
    public static Optional<HostPackage> rowFor(String packageName) {
        return ROWS.stream().filter(r -> r.covers(packageName))
                .max(Comparator.comparingInt(r -> r.prefix().length()));
    }
}
