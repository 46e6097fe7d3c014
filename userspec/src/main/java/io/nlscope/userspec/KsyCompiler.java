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
 *
 * <p>The spec is the user's, maybe a broken or hostile one: whatever its text, {@link #dissector} and
 * {@link #compile} end in a dissector, a {@link KsyException} (one sentence naming the file and what is wrong
 * with it, or the compilers' own messages) or an {@link IOException} reading the file; nothing else escapes.
 * The compilers are libraries nlscope does not control, so they run under a guard: a spec larger than
 * {@link #MAX_SPEC_BYTES} is refused unread, and both compilers run on a thread of their own with a
 * {@link #COMPILER_STACK_BYTES} stack and at most {@link #COMPILER_SECONDS} seconds, so that a spec nested
 * deeper than they can follow, or whose types or expressions refer to themselves without end, is a
 * KsyException saying so instead of a StackOverflowError or a hang.
 */
public final class KsyCompiler {

    /** Package of the generated parsers. */
    public static final String PACKAGE = "io.nlscope.userspec.generated";

    /**
     * The largest .ksy read: the largest spec nlscope ships (genetlink_nl80211.ksy) is under 100 KB; ten times
     * that is room for any protocol of a user's module, and a bound on what the compilers are given.
     */
    public static final int MAX_SPEC_BYTES = 1 << 20;

    /**
     * The compilers' thread's stack: 64 times Java's default, far more than the deepest real spec needs (the
     * compilers recurse once per level of nested types and expressions), so only a spec made to nest without
     * end runs out of it.
     */
    public static final long COMPILER_STACK_BYTES = 64L << 20;

    /** How long the compilers may take: the shipped example compiles in about a second, a large spec in a few. */
    public static final int COMPILER_SECONDS = 60;

    /** A .ksy that does not compile, or that the compilers could not finish; the message is one sentence, or the compiler's. */
    public static final class KsyException extends Exception {
        public KsyException(String message) { super(message); }
    }

    private KsyCompiler() {}

    /**
     * The dissector of the spec {@code ksy} for netlink protocol {@code protocol} (negative: the
     * spec's {@code -nl-protocol}).
     */
    public static SpecDissector dissector(Path ksy, int protocol) throws KsyException, IOException {
        String yaml = read(ksy);
        return guarded(ksy, () -> {
            JsonNode spec;
            try {
                spec = SpecDissector.parse(yaml);
            } catch (IOException e) {
                throw new KsyException(ksy + ": not YAML: " + e.getMessage());
            }
            int p = protocol;
            if (p < 0) {
                try {
                    p = SpecDissector.specProtocol(spec).orElse(-1);
                } catch (NumberFormatException e) {
                    throw new KsyException(ksy + ": meta -nl-protocol is no number: '" + spec.path("meta").path("-nl-protocol").asText() + "'");
                }
                if (p < 0) throw new KsyException(ksy + ": the spec has no meta -nl-protocol; give --protocol N");
            }
            if (p >= io.nlscope.dissect.ProtocolRegistry.MAX_PROTOCOLS)
                throw new KsyException(ksy + ": meta -nl-protocol " + p + " is no netlink protocol (0.." + (io.nlscope.dissect.ProtocolRegistry.MAX_PROTOCOLS - 1) + ")");
            Class<?> root = compileUnguarded(ksy, spec.path("meta").path("id").asText(""));
            try {
                return SpecDissector.of(yaml, root, p);
            } catch (IllegalArgumentException e) {
                throw new KsyException(ksy + ": " + e.getMessage());
            }
        });
    }

    /** Compiles {@code ksy} and loads its root class (named after meta id). */
    public static Class<?> compile(Path ksy, String id) throws KsyException, IOException {
        read(ksy);   // its size checked
        return guarded(ksy, () -> compileUnguarded(ksy, id));
    }

    /** The text of {@code ksy}, refused when larger than {@link #MAX_SPEC_BYTES}. */
    private static String read(Path ksy) throws KsyException, IOException {
        if (Files.size(ksy) > MAX_SPEC_BYTES)
            throw new KsyException(ksy + ": the spec is larger than " + (MAX_SPEC_BYTES >> 10) + " KB; no netlink protocol needs such a spec");
        try {
            return Files.readString(ksy, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new KsyException(ksy + ": the spec is not UTF-8 text, as a .ksy must be");
        }
    }

    /** A step of the compilation: may fail with the user's KsyException or an IOException of the temporary files. */
    private interface Step<T> {
        T run() throws KsyException, IOException;
    }

    /**
     * Runs {@code step} on a thread of its own with {@link #COMPILER_STACK_BYTES} of stack, for at most
     * {@link #COMPILER_SECONDS}: what the compilers throw besides a KsyException becomes one (a stack overflow,
     * a compiler's internal error on a spec it did not expect).
     */
    private static <T> T guarded(Path ksy, Step<T> step) throws KsyException, IOException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = step.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "nlscope-ksy-compiler", COMPILER_STACK_BYTES);
        t.setDaemon(true);   // one the time limit abandons does not keep the JVM up
        t.start();
        try {
            t.join(COMPILER_SECONDS * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            throw new KsyException(ksy + ": interrupted while compiling the spec");
        }
        if (t.isAlive()) {
            t.interrupt();
            throw new KsyException(ksy + ": the compilers did not finish within " + COMPILER_SECONDS
                    + " seconds; does a type or an expression of the spec refer to itself?");
        }
        Throwable e = failure[0];
        if (e == null) {
            @SuppressWarnings("unchecked") T r = (T) result[0];
            return r;
        }
        if (e instanceof KsyException k) throw k;
        if (e instanceof IOException io) throw io;
        if (e instanceof StackOverflowError)
            throw new KsyException(ksy + ": the spec nests too deeply for the compilers, or a type or an expression refers to itself without end");
        if (e instanceof VirtualMachineError err) throw err;   // out of memory and such: the machine's, not the spec's
        // a compiler's internal error on a spec it did not expect (Scala's MatchError, NotImplementedError, ...)
        throw new KsyException(ksy + ": the compilers cannot make a parser of the spec: " + oneLine(e));
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static Class<?> compileUnguarded(Path ksy, String id) throws KsyException, IOException {
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
