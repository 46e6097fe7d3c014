package io.nlscope.dissect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers shared by the family tests (sock_diag, netfilter, xfrm): lookups in decoded trees. */
final class FamilyAssertions {
    private FamilyAssertions() {}

    /** The messages of one protocol in a capture. */
    static List<NetlinkMessage> messages(String capture, int protocol) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture)))
            for (NetlinkMessage m : f.messages()) if (m.protocol() == protocol) out.add(m);
        return out;
    }

    /** A field by path of names (a.b.c), looked for from the message's top level. */
    static Optional<Field> at(NetlinkMessage m, String path) {
        String[] parts = path.split("\\.");
        Optional<Field> f = m.field(parts[0]);
        for (int i = 1; i < parts.length && f.isPresent(); i++) f = f.get().child(parts[i]);
        return f;
    }

    static Optional<Field> at(Field root, String path) {
        Optional<Field> f = Optional.of(root);
        for (String p : path.split("\\.")) f = f.flatMap(x -> x.child(p));
        return f;
    }

    static String display(NetlinkMessage m, String path) {
        return at(m, path).map(f -> f.value().display()).orElse(null);
    }

    /** Every field at any depth with this name. */
    static List<Field> findAll(List<Field> fields, String name) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equals(name)) out.add(f);
            out.addAll(findAll(f.children(), name));
        }
        return out;
    }

    /** The one message of a frame of {@code protocol} built from these bytes, decoded, checked clean. */
    static NetlinkMessage decodeClean(int protocol, int type, int flags, long seq, byte[] payload) {
        NetlinkMessage m = new NetlinkDissector().dissect(Wire.frame(1, protocol, Wire.msg(type, flags, seq, 0, payload))).messages().get(0);
        assertFalse(m.malformed(), String.valueOf(m.problem()));
        noUnnamed(m.fields(), m.typeName());
        return m;
    }

    /** No field at any depth is an unnamed attribute (attr_N) or malformed. */
    static void noUnnamed(List<Field> fields, String where) {
        for (Field f : fields) {
            assertFalse(f.name().matches("attr_\\d+"), where + ": unnamed attribute " + f.name());
            assertFalse(f.isMalformed(), where + ": malformed " + f.name());
            noUnnamed(f.children(), where + " > " + f.name());
        }
    }

    /**
     * In every testdata capture, the messages of the protocol have no attr_N and none is malformed; returns how many
     * were seen, and fails when there are none (audit, SELinux, connector, uevent and crypto, which nlmon does not
     * see, are there as nlscope trace recorded them in the guest: testdata/captures/families-*.pcapng).
     */
    static int assertCleanEverywhere(int protocol) throws IOException {
        int seen = 0;
        for (Path p : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != protocol) continue;
                    seen++;
                    String where = p.getFileName() + " frame " + m.frame() + " " + m.typeName();
                    assertFalse(m.malformed(), where + ": " + m.problem());
                    for (Field x : m.fields()) assertFalse(x.containsMalformed(), where + ": malformed " + x.name());
                    noUnnamed(m.fields(), where);
                }
            }
        }
        assertTrue(seen > 0, "no message of protocol " + protocol + " in the testdata");
        return seen;
    }
}
