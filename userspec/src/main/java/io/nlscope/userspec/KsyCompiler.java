package io.nlscope.userspec;

import com.fasterxml.jackson.databind.JsonNode;
import io.kaitai.struct.CompileLog;
import io.kaitai.struct.JavaMain;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.format.ClassSpecs;
import io.kaitai.struct.formats.JavaKSYParser;
import io.kaitai.struct.problems.CompilationProblem;
import scala.Option;
import scala.Tuple2;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles a user's .ksy at run time and loads its parser in this process: the Kaitai compiler
 * (called in-process, as {@code JavaMain} does, without its {@code System.exit}) writes Java
 * sources to a temporary directory, the JDK's compiler ({@link ToolProvider#getSystemJavaCompiler})
 * compiles them against the Kaitai runtime, and a class loader over the result loads the root
 * class. The Kaitai compiler is GPL-3.0: this class is the only one of nlscope that uses it, and
 * only the CLI depends on this module with it.
 */
public final class KsyCompiler {

    /** Package of the generated parsers. */
    public static final String PACKAGE = "io.nlscope.userspec.generated";

    /** A .ksy that does not compile; the message is the compiler's. */
    public static final class KsyException extends Exception {
        public KsyException(String message) { super(message); }
    }

    private KsyCompiler() {}

    /**
     * The dissector of the spec {@code ksy} for netlink protocol {@code protocol} (negative: the
     * spec's {@code -nl-protocol}).
     */
    public static SpecDissector dissector(Path ksy, int protocol) throws KsyException, IOException {
        String yaml = Files.readString(ksy, StandardCharsets.UTF_8);
        JsonNode spec;
        try {
            spec = SpecDissector.parse(yaml);
        } catch (IOException e) {
            throw new KsyException(ksy + ": not YAML: " + e.getMessage());
        }
        if (protocol < 0 && SpecDissector.specProtocol(spec).isEmpty())
            throw new KsyException(ksy + ": the spec has no meta -nl-protocol; give --protocol N");
        Class<?> root = compile(ksy, spec.path("meta").path("id").asText(""));
        try {
            return SpecDissector.of(yaml, root, protocol);
        } catch (IllegalArgumentException e) {
            throw new KsyException(ksy + ": " + e.getMessage());
        }
    }

    /** Compiles {@code ksy} and loads its root class (named after meta id). */
    public static Class<?> compile(Path ksy, String id) throws KsyException, IOException {
        Path out = Files.createTempDirectory("nlscope-ksy");
        try {
            Path src = out.resolve("src"), classes = out.resolve("classes");
            Files.createDirectories(src);
            Files.createDirectories(classes);
            kaitai(ksy, src);
            javac(ksy, src, classes);
            String cls = PACKAGE + "." + SpecDissector.camel(id, true);
            // the loader reads the classes now: the temporary directory can go afterwards
            MemoryLoader loader = new MemoryLoader(classes, KsyCompiler.class.getClassLoader());
            try {
                return Class.forName(cls, true, loader);
            } catch (ClassNotFoundException e) {
                throw new KsyException(ksy + ": the compiler made no class " + cls + " (is meta id '" + id + "'?)");
            }
        } finally {
            deleteTree(out);
        }
    }

    private static void kaitai(Path ksy, Path outDir) throws KsyException {
        String[] args = {"--target", "java", "--java-package", PACKAGE, "--outdir", outDir.toString(),
                "--import-path", ksy.toAbsolutePath().getParent().toString(), ksy.toString()};
        Option<JavaMain.CLIConfig> parsed = JavaMain.parseCommandLine(args);
        if (parsed.isEmpty()) throw new KsyException("the Kaitai compiler refused its arguments");
        JavaMain.CLIConfig config = parsed.get();
        Tuple2<Option<ClassSpecs>, scala.collection.Iterable<CompilationProblem>> r;
        try {
            r = JavaKSYParser.localFileToSpecs(ksy.toString(), config);
        } catch (RuntimeException e) {
            throw new KsyException(ksy + ": " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        r._2().foreach(p -> isError(p) ? errors.add(p.message()) : false);   // style warnings are not errors
        if (r._1().isEmpty() || !errors.isEmpty()) {
            throw new KsyException(errors.isEmpty() ? ksy + ": the Kaitai compiler rejected the spec" : String.join("\n", errors));
        }
        scala.collection.immutable.Map<String, CompileLog.SpecEntry> log =
                new JavaMain(config).compileOneLang(r._1().get(), "java", outDir.toString());
        log.values().foreach(e -> {
            if (e instanceof CompileLog.SpecFailure f) f.errors().foreach(p -> isError(p) ? errors.add(p.message()) : false);
            return null;
        });
        if (!errors.isEmpty()) throw new KsyException(String.join("\n", errors));
    }

    private static boolean isError(CompilationProblem p) {
        return !"warning".equals(p.severity().message());
    }

    private static void javac(Path ksy, Path src, Path classes) throws KsyException, IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new KsyException("--ksy needs a JDK (no Java compiler in this runtime)");
        List<File> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        if (files.isEmpty()) throw new KsyException(ksy + ": the Kaitai compiler wrote no Java source");
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<String> opts = List.of("-classpath", runtimePath(), "-d", classes.toString(), "-nowarn", "-proc:none");
            boolean ok = javac.getTask(null, fm, diags, opts, null, fm.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                StringBuilder sb = new StringBuilder(ksy + ": the generated parser does not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics())
                    if (d.getKind() == Diagnostic.Kind.ERROR) sb.append('\n').append(d.getMessage(null));
                throw new KsyException(sb.toString());
            }
        }
    }

    /** Where the Kaitai runtime is (a jar, or the shaded CLI jar that holds it). */
    private static String runtimePath() throws KsyException {
        try {
            URL u = KaitaiStruct.class.getProtectionDomain().getCodeSource().getLocation();
            return Path.of(u.toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new KsyException("cannot locate the Kaitai runtime for the generated parser: " + e);
        }
    }

    /** Loads the compiled classes from memory, so the temporary directory can be removed. */
    private static final class MemoryLoader extends ClassLoader {
        private final java.util.Map<String, byte[]> classes = new java.util.HashMap<>();

        MemoryLoader(Path dir, ClassLoader parent) throws IOException {
            super(parent);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".class")).toList()) {
                    String rel = dir.relativize(p).toString().replace(File.separatorChar, '.');
                    classes.put(rel.substring(0, rel.length() - ".class".length()), Files.readAllBytes(p));
                }
            }
        }

        @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException ignored) { /* a temporary directory left behind is harmless */ }
    }
}
