package io.promisekeeper.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.VersionRange;

/** The {@code Import-Package} header of a bundle manifest, clause by clause. */
public final class ImportedPackages {
    private static final Pattern VERSION = Pattern.compile(";\\s*version\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern OPTIONAL = Pattern.compile(";\\s*resolution\\s*:=\\s*\"?optional\"?");

    private ImportedPackages() {
    }

    /** One imported package; {@code range} is null when the import names no version. */
    public record Import(String name, VersionRange range, boolean optional) {
    }

    public static List<Import> parse(String header) {
        List<Import> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        for (String clause : clauses(header)) {
            String name = clause.split(";")[0].trim();
            Matcher version = VERSION.matcher(clause);
            VersionRange range = version.find() ? new VersionRange(version.group(1)) : null;
            result.add(new Import(name, range, OPTIONAL.matcher(clause).find()));
        }
        return result;
    }

    /** Splits at top-level commas (commas inside quotes belong to attributes). */
    private static List<String> clauses(String header) {
        List<String> result = new ArrayList<>();
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().trim());
        }
        return result;
    }
}
