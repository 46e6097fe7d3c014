package io.nlscope.bench;

import io.nlscope.analysis.Pairing;
import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.JsonSink;
import io.nlscope.output.LineSink;
import io.nlscope.output.Link;
import io.nlscope.output.MessageSink;
import io.nlscope.output.TreeSink;
import io.nlscope.output.Rendered;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hot paths, each on real frames of testdata/captures (a 6.1 kernel under qemu):
 * dissecting one RTM_NEWLINK dump reply (the richest common message: every nested IFLA_*
 * attribute) in full and as a one-line summary, pairing one request with its ACK, formatting one
 * text line and writing one NDJSON record. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPaths {
    private Frame newlink;
    private NetlinkDissector full, summary;
    private NetlinkMessage request, ack, newlinkMessage;
    private DissectedFrame newlinkFrame;
    private Pairing pairing;
    private LineSink line;
    private TreeSink tree;
    private MessageSink json;
    private Link answered;

    private static final OutputStream NULL = OutputStream.nullOutputStream();

    static Path root() {
        String r = System.getProperty("nlscope.root");
        return Path.of(r != null ? r : ".").toAbsolutePath().normalize();
    }

    private static List<Frame> frames(String capture) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.openNetlink(root().resolve("testdata/captures").resolve(capture))) {
            for (Frame f; (f = r.next()) != null; ) out.add(f);
        }
        return out;
    }

    @Setup
    public void setUp() throws IOException {
        full = NetlinkCapture.dissector(new GenlFamilies());
        summary = NetlinkCapture.dissector(new GenlFamilies()).withDepth(Depth.SUMMARY);
        // the RTM_NEWLINK dump reply with the most attributes (`ip -d link show`)
        int best = -1;
        for (Frame f : frames("rtnl-dump.pcap")) {
            DissectedFrame d = full.dissect(f);
            if (d.messages().size() != 1) continue;
            NetlinkMessage m = d.messages().get(0);
            if (!m.typeName().equals("RTM_NEWLINK") || m.flags() == 0x5) continue;
            if (m.length() > best) { best = (int) m.length(); newlink = f; newlinkFrame = d; newlinkMessage = m; }
        }
        if (newlink == null) throw new IllegalStateException("rtnl-dump.pcap has no RTM_NEWLINK reply");
        // rtnl-changes.pcap frames 3 and 4: `ip link add dummy0 type dummy` and its ACK
        List<Frame> changes = frames("rtnl-changes.pcap");
        request = full.dissect(changes.get(2)).messages().get(0);
        ack = full.dissect(changes.get(3)).messages().get(0);
        if (!request.typeName().equals("RTM_NEWLINK") || !ack.typeName().equals("NLMSG_ERROR"))
            throw new IllegalStateException("rtnl-changes.pcap frames 3-4 are not RTM_NEWLINK and its ACK");
        pairing = new Pairing(Pairing.Config.defaults().withOrdered(false), e -> { });
        line = new LineSink(NULL);
        tree = new TreeSink(NULL);
        json = new JsonSink(NULL, true, "bench.pcap");
        answered = Link.notification(null);
    }

    @Benchmark public DissectedFrame dissectNewlinkFull() { return full.dissect(newlink); }

    @Benchmark public DissectedFrame dissectNewlinkSummary() { return summary.dissect(newlink); }

    @Benchmark public void pairRequestWithAck(Blackhole bh) {
        bh.consume(pairing.accept(request, null));
        bh.consume(pairing.accept(ack, null));
    }

    @Benchmark public Rendered formatOneLine() throws IOException {
        Rendered r = line.render(newlinkFrame, newlinkMessage);
        line.write(r, answered);
        return r;
    }

    @Benchmark public Rendered formatOneTree() throws IOException {
        Rendered r = tree.render(newlinkFrame, newlinkMessage);
        tree.write(r, answered);
        return r;
    }

    @Benchmark public Rendered writeOneNdjsonRecord() throws IOException {
        Rendered r = json.render(newlinkFrame, newlinkMessage);
        json.write(r, answered);
        return r;
    }
}
