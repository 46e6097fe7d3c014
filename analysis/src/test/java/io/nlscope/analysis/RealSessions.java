package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Real captures decoded and paired once, for the targets that apply fuzzed filters and rules to real traffic: each
 * message in order with the pairing events handed out right after it.
 */
public final class RealSessions {
    private RealSessions() {}

    /** A message and the events pairing handed out after it. */
    public record Step(NetlinkMessage message, List<PairingEvent> events) {}

    /** The repository's root (the build sets nlscope.root; else the module's parent). */
    public static Path root() {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** A testdata file by its path under testdata/. */
    public static Path testdata(String path) { return root().resolve("testdata").resolve(path); }

    /**
     * Captures of every kind of traffic filters and rules look at: rtnetlink changes with errors and extended ACKs,
     * dumps, processes named by the capture, generic netlink, nf_tables, sock_diag, notifications.
     */
    public static final List<String> CAPTURES = List.of("captures/pairs-rtnl.pcap", "captures/live-processes.pcapng",
            "captures/pairs-genl-nft-ss.pcap", "captures/pairs-monitor.pcap", "captures/pairs-edges.pcap");

    private static List<List<Step>> sessions;

    /** {@link #CAPTURES}, each as its steps. */
    public static synchronized List<List<Step>> sessions() {
        if (sessions == null) {
            List<List<Step>> all = new ArrayList<>();
            for (String c : CAPTURES) all.add(steps(testdata(c)));
            sessions = List.copyOf(all);
        }
        return sessions;
    }

    /** A capture's messages in order, each with the events pairing (defaults) handed out after it; the last step gets finish()'s. */
    public static List<Step> steps(Path capture) {
        List<Step> out = new ArrayList<>();
        List<PairingEvent> events = new ArrayList<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), events::add);
        try (NetlinkCapture cap = NetlinkCapture.open(capture)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                Socket s = p.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    p.accept(m, s);
                    out.add(new Step(m, List.copyOf(events)));
                    events.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.finish();
        if (!out.isEmpty()) {
            Step last = out.remove(out.size() - 1);
            List<PairingEvent> tail = new ArrayList<>(last.events());
            tail.addAll(events);
            out.add(new Step(last.message(), List.copyOf(tail)));
        }
        return out;
    }

    /** Feeds a session: each message, then the events after it. */
    public static void replay(List<Step> steps, Consumer<NetlinkMessage> messages, Consumer<PairingEvent> events) {
        for (Step s : steps) {
            messages.accept(s.message());
            s.events().forEach(events);
        }
    }
}
