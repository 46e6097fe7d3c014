package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A team's own protocol plugs into the same registry as the built-in ones: here a dissector
 * for a tutorial-style protocol 30 (a u32 magic and a string), found through ServiceLoader
 * (src/test/resources/META-INF/services), and one registered directly.
 */
class PluginDissectorTest {

    /** The test plug-in: message type 0x11 carries {u32 magic; char text[]}. */
    public static class EchoProtocol implements ProtocolDissector {
        @Override public int protocol() { return 30; }
        @Override public String name() { return "echo30"; }
        @Override public Optional<String> typeName(int type) { return type == 0x11 ? Optional.of("ECHO_MSG") : Optional.empty(); }
        @Override public MessageKind kind(int type) { return MessageKind.OTHER; }
        @Override public String dissect(PayloadContext ctx) {
            long magic = ctx.stream(ctx.start(), ctx.start() + 4).readU4le();
            ctx.add(new Field("magic", Value.Num.of(magic), ctx.start(), 4));
            String text = new String(ctx.bytes(ctx.start() + 4, ctx.end())).replace("\0", "");
            ctx.add(new Field("text", new Value.Text(text), ctx.start() + 4, ctx.length() - 4));
            return "magic " + Long.toHexString(magic) + " \"" + text + "\"";
        }
    }

    @Test
    void serviceLoaderDissectorDecodesItsProtocol() {
        ProtocolRegistry r = ProtocolRegistry.standard();
        assertInstanceOf(EchoProtocol.class, r.get(30));
        byte[] payload = cat(NetlinkDissectorTest.le32(0xfeedbeef), Wire.cstr("hi!"));
        NetlinkMessage m = new NetlinkDissector(r).dissect(frame(1, 30, msg(0x11, 0, 0, 100, payload))).messages().get(0);
        assertEquals("echo30", m.protocolName());
        assertEquals("ECHO_MSG", m.typeName());
        assertEquals("magic feedbeef \"hi!\"", m.summary());
        assertEquals(Value.Num.of(0xfeedbeefL), m.field("magic").orElseThrow().value());
        // control messages stay the core's on every protocol
        NetlinkMessage ack = new NetlinkDissector(r).dissect(frame(2, 30,
                msg(2, 0x100, 5, 100, cat(NetlinkDissectorTest.le32(0), msg(0x11, 0x5, 5, 0, new byte[0]))))).messages().get(0);
        assertEquals("ACK ECHO_MSG seq=5", ack.summary());
    }

    @Test
    void aDissectorCanBeRegisteredDirectly() {
        EchoProtocol d = new EchoProtocol();
        ProtocolRegistry r = ProtocolRegistry.tablesOnly().with(d);
        assertSame(d, r.get(30));
        assertEquals("proto30", ProtocolRegistry.tablesOnly().get(30).name());
        assertThrows(IllegalArgumentException.class, () -> ProtocolRegistry.tablesOnly().with(new EchoProtocol() {
            @Override public int protocol() { return 40; }
        }));
    }
}
