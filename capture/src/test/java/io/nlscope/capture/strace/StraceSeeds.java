package io.nlscope.capture.strace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cuts the real strace logs of testdata/strace into fuzz seeds: each netlink call (socket, bind, getsockname,
 * a send or receive with its hex dump, close) with the few lines before it, a few KB each, so that every kind of
 * line the logs hold starts the fuzzer. Run from the repository root:
 * {@code java -cp capture/target/test-classes:capture/target/classes io.nlscope.capture.strace.StraceSeeds}
 * (writes capture/src/test/resources/io/nlscope/capture/strace/StraceImporterFuzzTestInputs/importAnyLog/).
 */
public final class StraceSeeds {
    /** Lines kept before a netlink call: the file reads and closes around it. */
    private static final int CONTEXT = 3;
    /** The most lines of one seed (a long receive's dump is cut: the fuzzer then sees a datagram cut short). */
    private static final int MAX_LINES = 40;

    private StraceSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path out = root.resolve("capture/src/test/resources/io/nlscope/capture/strace/StraceImporterFuzzTestInputs/importAnyLog");
        Files.createDirectories(out);
        List<Path> logs;
        try (Stream<Path> s = Files.list(root.resolve("testdata/strace"))) {
            logs = s.filter(p -> p.toString().endsWith(".strace.log")).sorted().toList();
        }
        for (Path log : logs) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            String base = log.getFileName().toString().replace(".strace.log", "");
            int n = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).contains("NETLINK")) continue;
                int from = Math.max(0, i - CONTEXT), to = i + 1;
                while (to < lines.size() && to - from < MAX_LINES && lines.get(to).startsWith(" ")) to++;
                List<String> piece = new ArrayList<>(lines.subList(from, to));
                Files.writeString(out.resolve(String.format("%s-%02d", base, n++)), String.join("\n", piece) + "\n",
                        StandardCharsets.ISO_8859_1);
            }
        }
    }
}
