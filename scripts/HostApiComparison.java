import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the hand-written host-API surface with the real Atlassian classes, member by member.
 *
 * <p>Usage: {@code java scripts/HostApiComparison.java <surface classes dir> <real class path> [<support class path>]};
 * the support class path holds the third-party jars the surface refers to (Jakarta, Spring...). Every class under
 * {@code com/atlassian} in the surface directory must exist in the real class path with the same kind (class,
 * interface, enum, annotation), and every public member it declares must exist there with the same generic
 * signature, static-ness and declared exceptions (inherited members count, as the compiler sees them). Prints one
 * line per difference and exits 1 when there is any, 0 when the surface is a faithful subset.
 */
public final class HostApiComparison {
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: java HostApiComparison.java <surface classes dir> <real class path> [<support class path>]");
            System.exit(2);
        }
        Path surfaceDir = Path.of(args[0]);
        List<String> classes = surfaceClasses(surfaceDir);
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        List<URL> surfaceUrls = new ArrayList<>(List.of(surfaceDir.toUri().toURL()));
        surfaceUrls.addAll(List.of(urls(args.length == 3 ? args[2] : "")));
        try (URLClassLoader surface = new URLClassLoader(surfaceUrls.toArray(URL[]::new), jdk);
             URLClassLoader real = new URLClassLoader(urls(args[1]), jdk)) {
            List<String> differences = new ArrayList<>();
            int members = 0;
            for (String name : classes) {
                Class<?> mirrored = load(surface, name);
                Class<?> actual;
                try {
                    actual = Class.forName(name, false, real);
                } catch (ClassNotFoundException | LinkageError e) {
                    differences.add(name + ": no such class in the real artifacts (" + e + ")");
                    continue;
                }
                if (!kind(mirrored).equals(kind(actual))) {
                    differences.add(name + ": mirrored as " + kind(mirrored) + ", really " + kind(actual));
                }
                try {
                    Set<String> realMembers = publicMembers(actual, true);
                    for (String member : publicMembers(mirrored, false)) {
                        members++;
                        if (!realMembers.contains(member)) {
                            differences.add(name + ": " + member + " not found; the real class has "
                                    + closest(member, realMembers));
                        }
                    }
                } catch (LinkageError e) {
                    differences.add(name + ": cannot read its members (" + e + ")");
                }
            }
            differences.forEach(System.out::println);
            System.out.println("host-API comparison: " + classes.size() + " classes, " + members + " members, "
                    + differences.size() + " differences");
            System.exit(differences.isEmpty() ? 0 : 1);
        }
    }

    private static List<String> surfaceClasses(Path dir) throws IOException {
        Path root = dir.resolve("com/atlassian");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no com/atlassian classes under " + dir);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> dir.relativize(f).toString().replace(File.separatorChar, '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
    }

    private static URL[] urls(String classPath) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry.trim()).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kind(Class<?> type) {
        return type.isAnnotation() ? "annotation" : type.isInterface() ? "interface" : type.isEnum() ? "enum" : "class";
    }

    /** Public members as comparable text: declared ones for the surface, visible ones (inherited too) for the real class. */
    private static Set<String> publicMembers(Class<?> type, boolean inherited) {
        Set<String> members = new TreeSet<>();
        for (Method m : inherited ? allMethods(type) : List.of(type.getDeclaredMethods())) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                members.add(text(m, m.toGenericString()));
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                members.add(text(c, c.toGenericString()));
            }
        }
        for (Field f : inherited ? List.of(type.getFields()) : List.of(type.getDeclaredFields())) {
            if (Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()) {
                members.add(text(f, f.toGenericString()));
            }
        }
        return members;
    }

    private static List<Method> allMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
        if (type.isInterface()) {
            // getMethods() of an interface leaves out Object's methods, which a mirror may still declare.
            methods.addAll(List.of(Object.class.getMethods()));
        }
        return methods;
    }

    /** The member without the modifiers that do not matter to a caller (abstract, default, final, native...). */
    private static String text(Member member, String generic) {
        String owner = member.getDeclaringClass().getName() + ".";
        String text = generic.replace(owner, "")
                .replaceAll("\\b(public|abstract|default|final|native|synchronized|strictfp|transient|volatile) ", "");
        return text.trim();
    }

    private static String closest(String wanted, Set<String> candidates) {
        String name = wanted.replaceAll("^.*?([A-Za-z0-9_$]+)\\(.*$", "$1");
        List<String> same = candidates.stream().filter(c -> c.contains(" " + name + "(") || c.startsWith(name + "(")).toList();
        return same.isEmpty() ? "no member of that name" : String.join(" | ", same);
    }
}
