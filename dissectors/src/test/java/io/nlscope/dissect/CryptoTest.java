package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** NETLINK_CRYPTO (crypto/crypto_user.c, crypto_report_alg), decoded from the spec tables alone. */
class CryptoTest {

    private static byte[] name(String s, int n) { return Arrays.copyOf(s.getBytes(), n); }

    /** The kernel's CRYPTO_MSG_GETALG reply for cbc(aes) (what `crconf show` asks for). */
    @Test
    void getalgReply() {
        byte[] alg = Wire.cat(name("cbc(aes)", 64), name("cbc(aes-aesni)", 64), name("aesni_intel", 64),
                Wire.le().u32(5).u32(0).u32(2).u32(0).bytes());
        byte[] report = Wire.cat(name("skcipher", 64), name("<none>", 64), Wire.le().u32(16).u32(16).u32(32).u32(16).bytes());
        byte[] payload = Wire.cat(alg, attr(1, Wire.le().u32(400).bytes()), attr(4, report));
        NetlinkMessage m = new NetlinkDissector().dissect(frame(1, 21, msg(0x13, 0, 3, 0, payload))).messages().get(0);
        assertFalse(m.malformed(), m.problem().toString());
        assertEquals("CRYPTO_MSG_GETALG", m.typeName());
        assertEquals("\"cbc(aes)\"", FamilyAssertions.display(m, "crypto_user_alg.cru_name"));
        assertEquals("\"aesni_intel\"", FamilyAssertions.display(m, "crypto_user_alg.cru_module_name"));
        assertEquals("2", FamilyAssertions.display(m, "crypto_user_alg.cru_refcnt"));
        assertEquals("400", FamilyAssertions.display(m, "CRYPTOCFGA_PRIORITY_VAL"));
        assertEquals("\"skcipher\"", FamilyAssertions.display(m, "CRYPTOCFGA_REPORT_BLKCIPHER.type"));
        assertEquals("32", FamilyAssertions.display(m, "CRYPTOCFGA_REPORT_BLKCIPHER.max_keysize"));
        FamilyAssertions.noUnnamed(m.fields(), "getalg");
    }

    @Test
    void testdataCryptoMessagesAreClean() throws IOException {
        FamilyAssertions.assertCleanEverywhere(21);
    }
}
