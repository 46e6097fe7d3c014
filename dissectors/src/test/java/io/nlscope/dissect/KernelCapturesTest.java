package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every capture of testdata/kernels (6.12.117 and 7.2.13 under qemu: the 6.1 harness's built-in scenarios, the
 * crosscheck, and each issue's own scenarios; 6.18 traced on this machine) decodes without one malformed node and
 * without one raw field (an attribute no spec names, a payload, fixed header or struct tail shown only as bytes),
 * and each qemu kernel's folder holds the built-in scenarios' captures.
 */
class KernelCapturesTest {
    private static List<Path> captures(String kernel) throws IOException {
        try (Stream<Path> s = Files.list(TestData.root().resolve("testdata/kernels/" + kernel))) {
            return s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        }
    }

    private static void clean(String kernel) throws IOException {
        List<Path> files = captures(kernel);
        if (!kernel.equals("6.18")) for (String builtIn : List.of("rtnl-dump", "rtnl-changes", "rtnl-bulk", "rtnl-monitor", "sock-diag", "genl-ctrl",
                "genl-ethtool", "genl-misc", "netfilter", "xfrm", "rtnl-metrics", "crosscheck", "link-dump"))
            assertTrue(files.contains(TestData.root().resolve("testdata/kernels/" + kernel + "/" + builtIn + ".pcap")), kernel + ": no " + builtIn + ".pcap");
        List<String> bad = new ArrayList<>();
        int messages = 0;
        for (Path p : files) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    messages++;
                    String where = p.getFileName() + " frame " + m.frame() + " " + m.typeName();
                    if (m.malformed()) bad.add(where + ": " + m.problem());
                    for (Field x : m.fields()) if (x.containsMalformed()) bad.add(where + ": malformed " + x.name());
                    raw(m.fields(), where, bad);
                }
            }
        }
        assertTrue(messages > (kernel.equals("6.18") ? 5 : 2000), kernel + ": only " + messages + " messages");
        assertEquals(List.of(), bad, kernel + ": malformed or raw fields");
    }

    /** What `read --coverage` counts as raw (analysis.Coverage.isRaw): attr_N, and bytes-only payloads, fixed headers, struct tails. */
    private static void raw(List<Field> fields, String where, List<String> bad) {
        for (Field f : fields) {
            String n = f.name();
            if (n.startsWith("attr_") || f.value() instanceof Value.Raw && (n.equals("payload") || n.equals("fixed_header") || n.equals("extra_bytes")))
                bad.add(where + ": raw " + n + " at " + f.offset());
            raw(f.children(), where + " > " + n, bad);
        }
    }

    @Test
    void linux612CapturesHaveNoMalformedOrRawField() throws IOException { clean("6.12"); }

    @Test
    void linux72CapturesHaveNoMalformedOrRawField() throws IOException { clean("7.2"); }

    @Test
    void linux618TracesHaveNoMalformedOrRawField() throws IOException { clean("6.18"); }
}
