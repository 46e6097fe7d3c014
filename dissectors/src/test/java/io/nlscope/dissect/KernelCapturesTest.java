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
 * crosscheck, and each issue's own scenarios) decodes without one malformed node, and each kernel's folder holds
 * the built-in scenarios' captures.
 */
class KernelCapturesTest {
    private static List<Path> captures(String kernel) throws IOException {
        try (Stream<Path> s = Files.list(TestData.root().resolve("testdata/kernels/" + kernel))) {
            return s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList();
        }
    }

    private static void clean(String kernel) throws IOException {
        List<Path> files = captures(kernel);
        for (String builtIn : List.of("rtnl-dump", "rtnl-changes", "rtnl-bulk", "rtnl-monitor", "sock-diag", "genl-ctrl",
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
                }
            }
        }
        assertTrue(messages > 2000, kernel + ": only " + messages + " messages");
        assertEquals(List.of(), bad, kernel + ": malformed nodes");
    }

    @Test
    void linux612CapturesHaveNoMalformedNode() throws IOException { clean("6.12"); }

    @Test
    void linux72CapturesHaveNoMalformedNode() throws IOException { clean("7.2"); }
}
