package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real bytes of the protocols nlmon does not see (audit, SELinux, connector, uevent, crypto), recorded by
 * {@code nlscope trace} in the qemu guest on Debian's 6.1 kernel (testdata/vm/scenarios-families*.txt): each
 * decoded value against what the programs themselves printed (the commands log), which parse the same datagrams
 * with their own python code.
 */
class TracedFamiliesTest {
    private static Path file(String name) { return TestData.capture(name); }

    private static List<NetlinkMessage> messages(String capture) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file(capture))) out.addAll(f.messages());
        assertFalse(out.isEmpty(), capture);
        for (NetlinkMessage m : out) {
            assertFalse(m.malformed(), capture + " frame " + m.frame() + ": " + m.problem());
            FamilyAssertions.noUnnamed(m.fields(), capture + " frame " + m.frame());
        }
        return out;
    }

    private static String log(String family) throws Exception {
        return Files.readString(file("families-" + family + ".commands.log"));
    }

    private static String text(NetlinkMessage m, String path) { return FamilyAssertions.display(m, path); }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    @Test
    void auditKernelRecordsCountTheirTextOnlyInNlmsgLen() throws Exception {
        String log = log("audit");
        String daemon = group(log, "daemon pid (\\d+)");
        List<NetlinkMessage> all = messages("families-audit.daemon.pcapng");
        List<NetlinkMessage> records = all.stream().filter(m -> m.type() >= 1300 && m.direction() == Direction.FROM_KERNEL).toList();
        assertTrue(records.size() > 100, "kernel records: " + records.size());
        List<DissectedFrame> frames = TestData.dissectAll(file("families-audit.daemon.pcapng"));
        for (NetlinkMessage m : records) {
            // nlmsg_len + 16 is the datagram: the text is whole, nothing after it is read as another message
            assertEquals(1, frames.get((int) m.frame() - 1).messages().size());
            assertTrue(m.summary().endsWith("(nlmsg_len counts the text only, as the kernel's audit records do)"), m.summary());
            assertTrue(text(m, "text").startsWith("\"audit("), m.summary());
        }
        List<String> changes = records.stream().filter(m -> m.typeName().equals("AUDIT_CONFIG_CHANGE")).map(m -> text(m, "text")).toList();
        assertTrue(changes.get(0).contains("op=set audit_pid=" + daemon + " old=0"), changes.get(0));
        assertTrue(changes.stream().anyMatch(c -> c.contains("op=add_rule key=\\\"nlscope\\\"") || c.contains("op=add_rule key=\"nlscope\"")), changes.toString());
        assertTrue(records.stream().anyMatch(m -> m.typeName().equals("AUDIT_SYSCALL") && text(m, "text").contains("syscall=257")),
                "an openat the rule -S openat logged");
        // the daemon's own python misread them (it trusted nlmsg_len): its lines stop 16 bytes short, e.g. "... subj="
        assertTrue(log.contains("op=set audit_pid=" + daemon + " old=0 auid=4294967295 ses=4294967295 subj=\n"));
    }

    @Test
    void auditctlsRequestsAndTheKernelsReplies() throws Exception {
        String log = log("audit");
        String daemon = group(log, "daemon pid (\\d+)");
        List<NetlinkMessage> all = messages("families-audit.auditctl.pcapng");
        // auditctl -s printed "pid N": the status the kernel answered AUDIT_GET with names the daemon
        assertTrue(log.contains("\npid " + daemon + "\n"));
        assertTrue(all.stream().anyMatch(m -> m.typeName().equals("AUDIT_GET") && m.direction() == Direction.FROM_KERNEL
                && text(m, "audit_status.pid").equals(daemon)));
        assertEquals(2, all.stream().filter(m -> m.typeName().equals("AUDIT_ADD_RULE") && m.direction() == Direction.TO_KERNEL).count());
        // auditctl -l listed the watch and the syscall rule: the rules' string fields hold the watched path and keys
        List<NetlinkMessage> listed = all.stream().filter(m -> m.typeName().equals("AUDIT_LIST_RULES") && m.direction() == Direction.FROM_KERNEL).toList();
        assertEquals(4, listed.size(), "two rules, listed twice");
        assertTrue(log.contains("-w /etc/passwd -p wa -k nlscope"));
        String buf = java.util.HexFormat.of().formatHex(((Value.Raw) listed.get(0).field("buf").orElseThrow().value()).bytes());
        assertTrue(buf.contains(hex("/etc/passwd")) && buf.contains(hex("nlscope")), buf);
        // -w /etc/passwd -p wa -k nlscope: fields WATCH, PERM, FILTERKEY, each with AUDIT_EQUAL; a string's value is its
        // length in buf (11, 7), the permission the bits w|a (AUDIT_PERM_WRITE 2 | AUDIT_PERM_ATTR 8)
        NetlinkMessage watch = listed.get(0);
        assertEquals("3", text(watch, "audit_rule_data.field_count"));
        assertEquals(List.of("AUDIT_WATCH (105)", "AUDIT_PERM (106)", "AUDIT_FILTERKEY (210)"), entries(watch, "fields"));
        assertEquals(List.of(String.valueOf("/etc/passwd".length()), "10", String.valueOf("nlscope".length())), entries(watch, "values"));
        assertEquals(List.of("AUDIT_EQUAL (1073741824)", "AUDIT_EQUAL (1073741824)", "AUDIT_EQUAL (1073741824)"), entries(watch, "fieldflags"));
        // -a always,exit -F arch=b64 -S openat -F key=x: ARCH = AUDIT_ARCH_X86_64 (0xc000003e), FILTERKEY of length 1
        NetlinkMessage syscall = listed.get(1);
        assertEquals(List.of("AUDIT_ARCH (11)", "AUDIT_FILTERKEY (210)"), entries(syscall, "fields"));
        assertEquals(List.of(String.valueOf(0xc000003eL), "1"), entries(syscall, "values"));
        assertTrue(log.contains("-a always,exit -F arch=b64 -S openat -F key=x"));
    }

    /** The numbered entries of an array member of audit_rule_data, as shown (the bytes after them are "unused"). */
    private static List<String> entries(NetlinkMessage m, String member) {
        Field f = FamilyAssertions.at(m, "audit_rule_data." + member).orElseThrow();
        List<String> out = new ArrayList<>();
        for (Field e : ((Value.Nested) f.value()).fields()) {
            if (e.name().equals("unused")) assertEquals(256 - 4 * out.size(), e.length(), member + ": the rest of the array");
            else out.add(e.value().display());
        }
        return out;
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) b.append(String.format("%02x", x));
        return b.toString();
    }

    @Test
    void procConnectorEventsAreWhatTheListenerPrinted() throws Exception {
        String log = log("connector");
        List<NetlinkMessage> all = messages("families-connector.listener.pcapng");
        List<String> ours = new ArrayList<>();
        for (NetlinkMessage m : all) {
            if (m.field("fork_proc_event").isPresent())
                ours.add("FORK parent_pid=" + text(m, "fork_proc_event.parent_pid") + " child_pid=" + text(m, "fork_proc_event.child_pid"));
            if (m.field("exit_proc_event").isPresent())
                ours.add("EXIT pid=" + text(m, "exit_proc_event.process_pid") + " exit_code=" + text(m, "exit_proc_event.exit_code"));
            if (m.field("comm_proc_event").isPresent()) ours.add("COMM comm=" + text(m, "comm_proc_event.comm").replace("\"", ""));
        }
        List<String> theirs = new ArrayList<>();
        for (String l : log.split("\n")) {
            Matcher f = Pattern.compile("^FORK parent_pid=(\\d+) parent_tgid=\\d+ child_pid=(\\d+)").matcher(l);
            Matcher e = Pattern.compile("^EXIT pid=(\\d+) tgid=\\d+ exit_code=(\\d+)").matcher(l);
            Matcher c = Pattern.compile("^COMM pid=\\d+ tgid=\\d+ comm=(.*)$").matcher(l);
            if (f.find()) theirs.add("FORK parent_pid=" + f.group(1) + " child_pid=" + f.group(2));
            else if (e.find()) theirs.add("EXIT pid=" + e.group(1) + " exit_code=" + e.group(2));
            else if (c.find()) theirs.add("COMM comm=" + c.group(1));
        }
        assertEquals(theirs, ours);
        String child = group(log, "\nchild pid (\\d+)\n");
        assertTrue(ours.contains("EXIT pid=" + child + " exit_code=0") && ours.contains("COMM comm=nlscope-comm"), ours.toString());
        assertTrue(ours.stream().anyMatch(s -> s.endsWith("exit_code=768")), "sh -c 'exit 3': status 3 << 8");
    }

    @Test
    void ueventsOfTheDummyLink() throws Exception {
        List<NetlinkMessage> all = messages("families-uevent.listener.pcapng");
        NetlinkMessage add = all.stream().filter(m -> text(m, "DEVPATH").equals("\"/devices/virtual/net/ue0\"")
                && text(m, "ACTION").equals("\"add\"")).findFirst().orElseThrow();
        assertEquals("\"ue0\"", text(add, "INTERFACE"));
        assertEquals("\"net\"", text(add, "SUBSYSTEM"));
        assertTrue(log("uevent").contains("add@/devices/virtual/net/ue0 | ACTION=add | DEVPATH=/devices/virtual/net/ue0 | SUBSYSTEM=net | INTERFACE=ue0 | IFINDEX="
                + text(add, "IFINDEX").replace("\"", "")));
        assertTrue(all.stream().anyMatch(m -> text(m, "DEVPATH").equals("\"/devices/virtual/net/ue0\"") && text(m, "ACTION").equals("\"remove\"")));
    }

    @Test
    void cryptoAlgorithmsAreWhatProcCryptoSays() throws Exception {
        String log = log("crypto");
        String driver = group(log, "\nsha256 driver: (\\S+)\n");
        List<NetlinkMessage> all = messages("families-crypto.getalg.pcapng");
        long dumped = all.stream().filter(m -> m.typeName().equals("CRYPTO_MSG_GETALG") && m.direction() == Direction.FROM_KERNEL && m.seq() == 1).count();
        assertEquals(Long.parseLong(group(log, "seq 1 done, (\\d+) algorithms")), dumped);
        NetlinkMessage sha = all.stream().filter(m -> m.seq() == 2 && m.direction() == Direction.FROM_KERNEL).findFirst().orElseThrow();
        assertEquals("\"sha256\"", text(sha, "crypto_user_alg.cru_name"));
        assertEquals("\"" + driver + "\"", text(sha, "crypto_user_alg.cru_driver_name"));
        NetlinkMessage none = all.stream().filter(m -> m.seq() == 3 && m.direction() == Direction.FROM_KERNEL).findFirst().orElseThrow();
        assertEquals("NLMSG_ERROR", none.typeName());
        assertTrue(log.contains("seq 3 error -2 ENOENT"));
    }

    @Test
    void selinuxSetenforceNotifications() throws Exception {
        List<NetlinkMessage> all = messages("families-selinux.listener.pcapng");
        assertEquals(List.of("ENFORCING (1)", "PERMISSIVE (0)"), all.stream().map(m -> text(m, "selnl_msg_setenforce.val")).toList());
        assertTrue(log("selinux").contains("type 16 value 1\ntype 16 value 0\n"));
    }
}
