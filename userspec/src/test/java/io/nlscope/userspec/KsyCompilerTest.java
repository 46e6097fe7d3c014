package io.nlscope.userspec;

import io.nlscope.capture.CaptureReader;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class KsyCompilerTest {
    @TempDir Path dir;

    private Path ksy() throws Exception {
        Path p = dir.resolve("ops.ksy");
        try (var in = getClass().getResourceAsStream("/ops.ksy")) { Files.write(p, in.readAllBytes()); }
        return p;
    }

    private List<NetlinkMessage> dissect(SpecDissector d, byte[]... frames) throws Exception {
        Path pcap = OpsFrames.write(dir, frames);
        List<NetlinkMessage> out = new ArrayList<>();
        try (NetlinkCapture cap = new NetlinkCapture(CaptureReader.openNetlink(pcap),
                new NetlinkDissector(ProtocolRegistry.standard().with(d)))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) out.addAll(f.messages());
        }
        return out;
    }

    private static Field field(NetlinkMessage m, String name) {
        return m.field(name).orElseGet(() -> fail("no field " + name + " in " + m.fields()));
    }

    @Test void compilesTheSpecAtRunTimeAndDecodesTheFields() throws Exception {
        SpecDissector d = KsyCompiler.dissector(ksy(), -1);
        assertEquals(30, d.protocol(), "from meta -nl-protocol");
        assertEquals("OPS_REQUEST", d.typeName(16).orElseThrow());
        NetlinkMessage m = dissect(d, OpsFrames.frame(30, 16, 2, 0)).get(0);
        Field magic = field(m, "magic");
        assertEquals(Value.Num.of(0x4f505331L), magic.value());
        assertEquals(16 + 16, magic.offset());
        assertEquals(new Value.Named(2, "ECHO"), field(m, "op").value());
        assertEquals(Value.Num.of(15), field(m, "len").value());
        Field data = field(m, "data");
        assertEquals(16 + 16 + 8, data.offset());
        assertEquals(15, data.length());
        assertTrue(data.value().display().contains("\"" + OpsFrames.DATA + "\""), data.value().display());
        assertTrue(m.fields().stream().noneMatch(f -> f.name().equals("trailing")));
        assertFalse(m.fields().stream().anyMatch(Field::containsMalformed));
    }

    @Test void nlmsgLenCoveringMoreThanTheDataShowsAsTrailingBytes() throws Exception {
        // the tutorials' NLMSG_SPACE(MAX_PAYLOAD) as nlmsg_len: zeros after the data
        SpecDissector d = KsyCompiler.dissector(ksy(), 2);
        assertEquals(2, d.protocol(), "the given protocol wins over the spec's");
        NetlinkMessage m = dissect(d, OpsFrames.frame(2, 16, 1, 64)).get(0);
        assertEquals(new Value.Named(1, "PING"), field(m, "op").value());
        Field trailing = field(m, "trailing");
        assertEquals(64, trailing.length());
        assertEquals(16 + 16 + 8 + 15, trailing.offset());
        assertArrayEquals(new byte[64], ((Value.Raw) trailing.value()).bytes());
    }

    @Test void aWrongMagicIsMalformed() throws Exception {
        SpecDissector d = KsyCompiler.dissector(ksy(), -1);
        byte[] f = OpsFrames.frame(30, 16, 1, 0);
        f[32] = 0;
        NetlinkMessage m = dissect(d, f).get(0);
        assertTrue(m.fields().stream().anyMatch(Field::isMalformed), m.fields().toString());
    }

    @Test void aBrokenSpecGivesTheCompilersMessage() throws Exception {
        Path bad = dir.resolve("bad.ksy");
        Files.writeString(bad, "meta:\n  id: bad\n  endian: le\nseq:\n  - id: x\n    type: u3\n");
        var e = assertThrows(KsyCompiler.KsyException.class, () -> KsyCompiler.dissector(bad, 30));
        assertTrue(e.getMessage().contains("u3"), e.getMessage());
    }
}
