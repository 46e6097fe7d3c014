package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Where tshark decodes a value too, nlscope must agree: for every frame of every real capture,
 * the interface names, MTUs and interface indexes of link messages, the generic netlink family
 * names of nlctrl messages, and the error codes of NLMSG_ERROR messages, compared as sets per
 * frame (tshark and nlscope differ in which echoed requests they look into, not in values).
 */
class TsharkValueAgreementTest {

    /** tshark field -> nlscope field name. */
    private static final Map<String, String> FIELDS = Map.of(
            "netlink-route.ifla_ifname", "IFLA_IFNAME",
            "netlink-route.ifla_mtu", "IFLA_MTU",
            "genl.ctrl.family_name", "CTRL_ATTR_FAMILY_NAME",
            "netlink.error", "error");

    @Test
    void namesMtusFamiliesAndErrnosAgreeWithTshark() throws Exception {
        int compared = 0;
        for (Path capture : TestData.allCaptures()) {
            List<String> fields = new ArrayList<>(FIELDS.keySet());
            Map<Long, Map<String, TreeSet<String>>> shark = tshark(capture, fields);
            for (DissectedFrame f : TestData.dissectAll(capture)) {
                Map<String, TreeSet<String>> theirs = shark.getOrDefault(f.index(), Map.of());
                for (String tf : fields) {
                    TreeSet<String> t = theirs.getOrDefault(tf, new TreeSet<>());
                    if (t.isEmpty()) continue;
                    TreeSet<String> ours = new TreeSet<>();
                    for (NetlinkMessage m : f.messages()) collect(m.fields(), FIELDS.get(tf), ours, m.isControl() || !tf.equals("netlink.error"));
                    if (tf.equals("netlink.error")) ours.removeIf(v -> v.equals("0") && !t.contains("0"));
                    assertTrue(ours.containsAll(t), capture.getFileName() + " frame " + f.index() + " " + tf
                            + ": tshark " + t + ", nlscope " + ours);
                    compared += t.size();
                }
            }
        }
        assertTrue(compared > 200, "compared " + compared + " values");
    }

    private static void collect(List<Field> fields, String name, TreeSet<String> out, boolean descend) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                Value v = f.value();
                if (v instanceof Value.Text t) out.add(t.text());
                else if (v instanceof Value.Num n) out.add(n.display());
                else if (v instanceof Value.Named n) out.add(Long.toString(n.raw()));
            }
            if (descend) collect(f.children(), name, out, true);
        }
    }

    private static Map<Long, Map<String, TreeSet<String>>> tshark(Path file, List<String> fields) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString(), "-T", "fields", "-E", "separator=|",
                "-E", "occurrence=a", "-E", "aggregator=\u0001", "-e", "frame.number"));
        for (String f : fields) { cmd.add("-e"); cmd.add(f); }
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            fail("tshark is needed for this test (Debian package tshark; .ci/run installs it): " + e.getMessage());
            return null;
        }
        Map<Long, Map<String, TreeSet<String>>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\\|", -1);
                Map<String, TreeSet<String>> m = new HashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    TreeSet<String> vals = new TreeSet<>();
                    if (!c[i + 1].isEmpty()) for (String v : c[i + 1].split("\u0001")) vals.add(v);
                    m.put(fields.get(i), vals);
                }
                out.put(Long.parseLong(c[0]), m);
            }
        }
        assertEquals(0, p.waitFor());
        return out;
    }
}
