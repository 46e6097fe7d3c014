package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.nlscope.dissect.FamilyAssertions.display;
import static io.nlscope.dissect.FamilyAssertions.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_XFRM on the real capture xfrm.pcap (ip xfrm, see xfrm.commands.log). */
class XfrmTest {
    private static final int XFRM = 6;

    private static List<NetlinkMessage> of(String type) throws IOException {
        return messages("xfrm.pcap", XFRM).stream().filter(m -> type.equals(m.typeName())).toList();
    }

    @Test
    void stateAddAndItsDump() throws IOException {
        // ip xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000 mode transport enc 'cbc(aes)' ...,
        // then ip xfrm state list answers with the same SA (XFRM_MSG_NEWSA from the kernel)
        List<NetlinkMessage> sas = of("XFRM_MSG_NEWSA");
        assertEquals(2, sas.size());
        for (NetlinkMessage sa : sas) {
            assertEquals("4096", display(sa, "xfrm_usersa_info.id_spi"));   // spi 0x00001000
            assertEquals("IPPROTO_ESP (50)", display(sa, "xfrm_usersa_info.id_proto"));
            assertEquals("192.0.2.2", display(sa, "xfrm_usersa_info.id_daddr_a4"));
            assertEquals("192.0.2.1", display(sa, "xfrm_usersa_info.saddr_a4"));
            assertEquals("AF_INET (2)", display(sa, "xfrm_usersa_info.family"));
            assertEquals("XFRM_MODE_TRANSPORT (0)", display(sa, "xfrm_usersa_info.mode"));
            assertEquals("\"cbc(aes)\"", display(sa, "XFRMA_ALG_CRYPT.alg_name"));
            assertEquals("128", display(sa, "XFRMA_ALG_CRYPT.alg_key_len"));   // 16-byte key, in bits
        }
        assertEquals(Direction.TO_KERNEL, sas.get(0).direction());
        assertEquals(Direction.FROM_KERNEL, sas.get(1).direction());
        // the dump request carries only an address filter
        NetlinkMessage get = of("XFRM_MSG_GETSA").get(0);
        assertEquals("AF_UNSPEC (0)", display(get, "XFRMA_ADDRESS_FILTER.family"));
    }

    @Test
    void policyAddListAndFlush() throws IOException {
        // ip xfrm policy add src 192.0.2.1 dst 192.0.2.2 dir out tmpl proto esp mode transport
        List<NetlinkMessage> pols = of("XFRM_MSG_NEWPOLICY");
        assertEquals(2, pols.size());
        for (NetlinkMessage p : pols) {
            assertEquals("XFRM_POLICY_OUT (1)", display(p, "xfrm_userpolicy_info.dir"));
            assertEquals("192.0.2.1", display(p, "xfrm_userpolicy_info.sel_saddr_a4"));
            assertEquals("192.0.2.2", display(p, "xfrm_userpolicy_info.sel_daddr_a4"));
            assertEquals("32", display(p, "xfrm_userpolicy_info.sel_prefixlen_s"));   // src 192.0.2.1/32
            assertEquals("IPPROTO_ESP (50)", display(p, "XFRMA_TMPL.id_proto"));
            assertEquals("XFRM_MODE_TRANSPORT (0)", display(p, "XFRMA_TMPL.mode"));
            assertEquals("0.0.0.0", display(p, "XFRMA_TMPL.saddr_a4"));                // tmpl src 0.0.0.0
        }
        // ip xfrm policy flush; ip xfrm state flush (proto 0: all)
        assertEquals(1, of("XFRM_MSG_FLUSHPOLICY").size());
        NetlinkMessage flush = of("XFRM_MSG_FLUSHSA").get(0);
        assertEquals("IPPROTO_IP (0)", display(flush, "xfrm_usersa_flush.proto"));
        assertTrue(flush.kind() == MessageKind.DELETE);
    }

    @Test
    void noUnnamedAttributeOrMalformedMessageInAnyCapture() throws IOException {
        assertTrue(FamilyAssertions.assertCleanEverywhere(XFRM) >= 10);
    }
}
