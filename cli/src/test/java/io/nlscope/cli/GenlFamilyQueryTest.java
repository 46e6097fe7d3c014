package io.nlscope.cli;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.capture.GenlFamilyQuery;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic netlink family dump `nlscope capture` starts its file with, asked of this machine's real
 * kernel and decoded by nlscope's own dissector: the same families and ids as iproute2's
 * `genl ctrl list` says.
 */
class GenlFamilyQueryTest {

    @Test
    void theKernelsFamiliesAreWhatGenlCtrlListSays() throws Exception {
        GenlFamilyQuery.Exchange x = GenlFamilyQuery.query();
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true);
        Map<Integer, String> decoded = new TreeMap<>();
        long i = 0;
        for (byte[] a : x.answers()) {
            byte[] frame = GenlFamilyQuery.nlmonFrame(a);
            DissectedFrame f = d.dissect(new Frame(++i, 0, frame.length, 253, 0, Direction.UNKNOWN, frame));
            for (NetlinkMessage m : f.messages()) {
                assertTrue(!m.malformed(), m.problem().orElse(""));
                if (m.type() == 3) continue;   // NLMSG_DONE
                assertEquals("CTRL_CMD_NEWFAMILY", m.operation(), m.summary());
                Value id = m.field("CTRL_ATTR_FAMILY_ID").orElseThrow().value(), name = m.field("CTRL_ATTR_FAMILY_NAME").orElseThrow().value();
                decoded.put((int) ((Value.Num) id).value(), ((Value.Text) name).text());
            }
        }
        Process p = new ProcessBuilder("genl", "ctrl", "list").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        Map<Integer, String> listed = new TreeMap<>();
        Matcher m = Pattern.compile("Name: (\\S+)\\s+ID: 0x([0-9a-f]+)").matcher(out);
        while (m.find()) listed.put(Integer.parseInt(m.group(2), 16), m.group(1));
        assertTrue(listed.size() >= 3, out);
        assertEquals(listed, decoded);
        assertEquals("nlctrl", decoded.get(16));
        // what capture writes into the section header's families comment
        assertEquals(listed, CaptureCommand.familiesOf(x));
    }
}
