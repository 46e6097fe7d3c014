package io.nlscope.userspec;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The user-.ksy path on real and hostile input: the real captures of the ops protocol decoded with the example's spec
 * account for every payload byte; a payload nested deeper than the tree shows, or than the generated parser's stack
 * allows, is one malformed node; a size field of 4 GB costs no memory; a spec that the compilers could not follow
 * (too large, nested without end, referring to itself) is a {@link KsyCompiler.KsyException}.
 */
class UserSpecRobustnessTest {
    @TempDir Path dir;

    /** Decodes every frame of {@code capture} with {@code d} and checks each accounts for its payload; returns the messages of d's protocol. */
    private static int decodeAll(Path capture, SpecDissector d) throws Exception {
        NetlinkDissector nd = new NetlinkDissector(ProtocolRegistry.standard().with(UserSpecs.checked(d)));
        int ours = 0, decoded = 0;
        try (CaptureReader r = CaptureReader.openNetlink(capture)) {
            for (Frame fr; (fr = r.next()) != null; ) {
                DissectedFrame f = nd.dissect(fr);
                UserSpecs.accounted(f, d, fr.copyOfData());
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != d.protocol() || m.type() < 16) continue;
                    ours++;
                    if (m.field("magic").isPresent()) decoded++;
                }
            }
        }
        assertTrue(decoded > 0, capture + ": no message decoded by the spec");
        return ours;
    }

    /** kmod-usersock.pcap: the tutorial-style module's "ops" service on NETLINK_USERSOCK, recorded on a 6.1 kernel. */
    @Test void theUsersockCaptureAccountsForEveryPayloadByte() throws Exception {
        Path cap = UserSpecs.root().resolve("testdata/kmod/captures/kmod-usersock.pcap");
        assertTrue(decodeAll(cap, UserSpecs.DISSECTORS.get(0)) >= 10);
    }

    /** kmod-ops17.pcapng: the same service on unit 17, with malformed requests (bad magic, short, lengths past the data). */
    @Test void theUnit17CaptureAccountsForEveryPayloadByte() throws Exception {
        Path cap = UserSpecs.root().resolve("testdata/kmod/captures/kmod-ops17.pcapng");
        assertTrue(decodeAll(cap, KsyCompiler.dissector(UserSpecs.SPECS.get(0), 17)) >= 10);
    }

    /** nest.ksy: {@code ones} nodes of kind 1, then the last node (kind 0, value 5). */
    private static byte[] chain(int ones) {
        byte[] b = new byte[1 + ones + 3];
        b[0] = 2;   // UserSpecs.decode: the third spec, nest.ksy
        Arrays.fill(b, 1, 1 + ones, (byte) 1);
        b[1 + ones + 1] = 5;
        return b;
    }

    private static NetlinkMessage nest(int ones) {
        DissectedFrame f = UserSpecs.decode(chain(ones));   // asserts the payload's bytes accounted for
        assertEquals(1, f.messages().size());
        return f.messages().get(0);
    }

    @Test void aChainAsDeepAsTheTreeShowsDecodes() {
        NetlinkMessage m = nest(SpecDissector.MAX_DEPTH - 1);
        Field node = m.field("root").orElseThrow();
        for (int i = 0; i < SpecDissector.MAX_DEPTH - 1; i++) node = node.child("child").orElseThrow();
        assertEquals(Value.Num.of(5), node.child("value").orElseThrow().value());
        assertFalse(m.malformed() || m.fields().stream().anyMatch(Field::containsMalformed), m.fields().toString());
    }

    @Test void aChainOneDeeperIsOneMalformedNodeOverThePayload() {
        NetlinkMessage m = nest(SpecDissector.MAX_DEPTH);
        Field f = m.fields().get(1);
        Value.Malformed mf = assertInstanceOf(Value.Malformed.class, f.value());
        assertEquals("nest_msg nests deeper than " + SpecDissector.MAX_DEPTH + " levels", mf.reason());
        assertEquals(SpecDissector.MAX_DEPTH + 3, f.length());
    }

    /** issue 16's hostile corpus: nesting 10,000 deep, which the generated parser follows by recursion. */
    @Test void aChain10000DeepIsMalformedNotAStackOverflow() {
        NetlinkMessage m = nest(10_000);
        Field f = m.fields().get(1);
        Value.Malformed mf = assertInstanceOf(Value.Malformed.class, f.value());
        assertTrue(mf.reason().startsWith("nest_msg nests deeper than"), mf.reason());
        assertEquals(10_003, f.length());
        assertEquals(10_003, mf.bytes().length);
    }

    /** A u4 length of 0xfffffff0 before 4 bytes: the parser fails on the missing bytes, not by allocating 4 GB. */
    @Test void aSizeOf4GBIsMalformedWithoutAllocatingIt() throws Exception {
        Path ksy = dir.resolve("big.ksy");
        Files.writeString(ksy, "meta:\n  id: big_msg\n  endian: le\n  -nl-protocol: 29\nseq:\n  - id: len\n    type: u4\n  - id: data\n    size: len\n");
        SpecDissector d = KsyCompiler.dissector(ksy, -1);
        byte[] payload = {(byte) 0xf0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3, 4};
        Frame fr = UserSpecs.frame(29, 16, payload);
        DissectedFrame f = new NetlinkDissector(ProtocolRegistry.standard().with(UserSpecs.checked(d))).dissect(fr);
        UserSpecs.accounted(f, d, fr.copyOfData());
        Value.Malformed mf = assertInstanceOf(Value.Malformed.class, f.messages().get(0).fields().get(1).value());
        assertEquals("big_msg needs more bytes than the payload's 8", mf.reason());
    }

    private KsyCompiler.KsyException refused(String name, String text) throws Exception {
        Path ksy = dir.resolve(name);
        Files.writeString(ksy, text);
        return assertThrows(KsyCompiler.KsyException.class, () -> KsyCompiler.dissector(ksy, -1));
    }

    @Test void aSpecLargerThanTheLimitIsRefusedUnread() throws Exception {
        var e = refused("huge.ksy", "meta:\n  id: huge\n#" + "x".repeat(KsyCompiler.MAX_SPEC_BYTES) + "\n");
        assertTrue(e.getMessage().endsWith("huge.ksy: the spec is larger than 1024 KB; no netlink protocol needs such a spec"), e.getMessage());
    }

    /** An expression of 50,000 nested parentheses: the compiler's expression parser recurses once per level. */
    @Test void anExpressionNestedWithoutEndIsAKsyExceptionNotAStackOverflow() throws Exception {
        String expr = "(".repeat(50_000) + "1" + ")".repeat(50_000);
        var e = refused("deep.ksy", "meta:\n  id: deep\n  endian: le\n  -nl-protocol: 29\nseq:\n  - id: x\n    size: " + expr + "\n");
        assertTrue(e.getMessage().contains("deep.ksy"), e.getMessage());
    }

    /** Two value instances defined by each other: the compiler's type inference would follow them without end. */
    @Test void valueInstancesReferringToEachOtherAreAKsyException() throws Exception {
        var e = refused("loop.ksy", "meta:\n  id: loop\n  endian: le\n  -nl-protocol: 29\nseq:\n  - id: x\n    type: u1\n"
                + "instances:\n  a:\n    value: b + 1\n  b:\n    value: a + 1\n");
        assertTrue(e.getMessage().contains("loop.ksy"), e.getMessage());
    }

    /** KsyCompilerFuzzTest's first finding (crash-a7323558...): a byte that is no UTF-8 escaped as the reader's IOException. */
    @Test void aSpecThatIsNoUtf8IsAKsyException() throws Exception {
        Path ksy = dir.resolve("latin1.ksy");
        Files.write(ksy, "meta:\n  id: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = assertThrows(KsyCompiler.KsyException.class, () -> KsyCompiler.dissector(ksy, -1));
        assertTrue(e.getMessage().endsWith("latin1.ksy: the spec is not UTF-8 text, as a .ksy must be"), e.getMessage());
    }

    @Test void aProtocolNumberOutOfRangeIsAKsyException() throws Exception {
        var e = refused("p99.ksy", "meta:\n  id: p99\n  endian: le\n  -nl-protocol: 99\nseq:\n  - id: x\n    type: u1\n");
        assertTrue(e.getMessage().endsWith("p99.ksy: meta -nl-protocol 99 is no netlink protocol (0..31)"), e.getMessage());
        var f = refused("pabc.ksy", "meta:\n  id: pabc\n  endian: le\n  -nl-protocol: abc\nseq:\n  - id: x\n    type: u1\n");
        assertTrue(f.getMessage().endsWith("pabc.ksy: meta -nl-protocol is no number: 'abc'"), f.getMessage());
    }
}
