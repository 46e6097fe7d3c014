package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multicast group decoded for real notifications of a 6.1 kernel. The groups-* captures
 * (testdata/vm/scenarios-groups.txt, see NAME.commands.log) were taken while monitors had
 * joined known groups: nft monitor (NFNLGRP_NFTABLES), one conntrack -E per conntrack group,
 * one ip xfrm monitor per xfrm group, genl ctrl monitor, ethtool --monitor, iw event,
 * ip mptcp monitor and a listener on team's "change_event". nlmon records a multicast once per
 * listening socket, so every notification below reached a socket in its group.
 */
class MulticastGroupCaptureTest {

    /** "TYPE GROUP" of each message from the kernel in a frame (generic netlink: family/command); "-" when none. */
    private static Map<Long, String> groupsByFrame(String capture) throws IOException {
        Map<Long, String> out = new LinkedHashMap<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture))) {
            List<String> rows = new ArrayList<>();
            for (NetlinkMessage m : f.messages()) {
                if (m.direction() != Direction.FROM_KERNEL) {
                    assertEquals(Optional.empty(), m.group(), capture + " frame " + f.index() + ": a request has no group");
                    continue;
                }
                rows.add(what(m) + " " + m.group().orElse("-"));
            }
            if (!rows.isEmpty()) out.put(f.index(), String.join(", ", rows));
        }
        return out;
    }

    private static String what(NetlinkMessage m) {
        return m.protocol() == 16 && !m.typeName().startsWith("NLMSG_") ? m.typeName() + "/" + m.summary().split(",")[0] : m.typeName();
    }

    private static void assertFrames(String capture, Map<Long, String> expected) throws IOException {
        Map<Long, String> got = groupsByFrame(capture);
        Map<Long, String> picked = new TreeMap<>();
        for (Long frame : expected.keySet()) picked.put(frame, got.get(frame));
        assertEquals(new TreeMap<>(expected), picked, capture);
    }

    private static Map<Long, String> rows(Object... frameAndRow) {
        Map<Long, String> m = new LinkedHashMap<>();
        for (int i = 0; i < frameAndRow.length; i += 2) m.put(((Number) frameAndRow[i]).longValue(), (String) frameAndRow[i + 1]);
        return m;
    }

    @Test
    void nfTablesNotificationsGoToNfnlgrpNftables() throws IOException {
        String g = "NFNLGRP_NFTABLES";
        assertFrames("groups-nft.pcap", rows(
                18, "NFT_MSG_NEWTABLE " + g, 19, "NFT_MSG_NEWGEN " + g,          // nft add table inet g
                28, "NFT_MSG_NEWCHAIN " + g, 29, "NFT_MSG_NEWGEN " + g,          // nft add chain
                38, "NFT_MSG_NEWSET " + g, 39, "NFT_MSG_NEWGEN " + g,            // nft add set
                56, "NFT_MSG_NEWSETELEM " + g, 57, "NFT_MSG_NEWGEN " + g,        // nft add element
                76, "NFT_MSG_NEWRULE " + g, 77, "NFT_MSG_NEWGEN " + g,           // nft add rule
                96, "NFT_MSG_DELSETELEM " + g, 97, "NFT_MSG_NEWGEN " + g,        // nft delete element
                // nft delete table inet g: the table's objects go first, all in one packet
                116, "NFT_MSG_DELRULE " + g + ", NFT_MSG_DELSET " + g + ", NFT_MSG_DELCHAIN " + g + ", NFT_MSG_DELTABLE " + g,
                117, "NFT_MSG_NEWGEN " + g,
                // not notifications: the end of a dump, an ACK-less batch gets none
                44, "NLMSG_DONE -"));
    }

    @Test
    void pairsCaptureEchoOfNftDashEIsTheNotificationsOwnGroup() throws IOException {
        // nft -e add table inet pte: the kernel echoes the batch's notifications to the sender (nlmsg_notify with report)
        assertFrames("pairs-genl-nft-ss.pcap", rows(74, "NFT_MSG_NEWTABLE NFNLGRP_NFTABLES", 75, "NFT_MSG_NEWGEN NFNLGRP_NFTABLES"));
    }

    @Test
    void conntrackEventsGoByFlagAndType() throws IOException {
        assertFrames("groups-conntrack.pcap", rows(
                2, "IPCTNL_MSG_CT_NEW NFNLGRP_CONNTRACK_NEW",          // conntrack -I: NLM_F_CREATE|NLM_F_EXCL
                8, "IPCTNL_MSG_CT_NEW NFNLGRP_CONNTRACK_UPDATE",       // conntrack -U: no NLM_F_CREATE
                17, "IPCTNL_MSG_CT_DELETE NFNLGRP_CONNTRACK_DESTROY",  // conntrack -D
                3, "NLMSG_ERROR -"));
        Map<Long, Integer> flags = new TreeMap<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture("groups-conntrack.pcap")))
            if (f.index() == 2 || f.index() == 8) flags.put(f.index(), f.messages().get(0).flags() & 0x400);
        assertEquals(Map.of(2L, 0x400, 8L, 0), flags, "NLM_F_CREATE is what tells the two apart");
    }

    @Test
    void xfrmEventsGoToTheirGroups() throws IOException {
        assertFrames("groups-xfrm.pcap", rows(
                16, "XFRM_MSG_NEWSA XFRMNLGRP_SA", 19, "XFRM_MSG_UPDSA XFRMNLGRP_SA", 22, "XFRM_MSG_DELSA XFRMNLGRP_SA",
                25, "XFRM_MSG_NEWPOLICY XFRMNLGRP_POLICY", 28, "XFRM_MSG_UPDPOLICY XFRMNLGRP_POLICY",
                30, "XFRM_MSG_ACQUIRE XFRMNLGRP_ACQUIRE",        // a datagram the policy wants an SA for
                34, "XFRM_MSG_DELPOLICY XFRMNLGRP_POLICY",
                37, "XFRM_MSG_NEWSA XFRMNLGRP_SA",
                39, "XFRM_MSG_EXPIRE XFRMNLGRP_EXPIRE", 40, "XFRM_MSG_EXPIRE XFRMNLGRP_EXPIRE",   // time-soft 1, time-hard 2
                42, "XFRM_MSG_NEWSA XFRMNLGRP_SA", 45, "XFRM_MSG_NEWPOLICY XFRMNLGRP_POLICY",
                48, "XFRM_MSG_FLUSHSA XFRMNLGRP_SA", 51, "XFRM_MSG_FLUSHPOLICY XFRMNLGRP_POLICY"));
    }

    @Test
    void genericNetlinkNotificationsGoToTheGroupNamesFamiliesAnnounce() throws IOException {
        String mcgrp = "nlctrl/CTRL_CMD_NEWMCAST_GRP notify";
        Map<Long, String> expected = rows(
                // modprobe cfg80211: nl80211 registers, then each of its six groups
                11, "nlctrl/CTRL_CMD_NEWFAMILY notify", 12, mcgrp, 13, mcgrp, 14, mcgrp, 15, mcgrp, 16, mcgrp, 17, mcgrp,
                18, "nlctrl/CTRL_CMD_NEWFAMILY notify", 19, mcgrp,                          // modprobe team
                // ethtool -K gd0 ...: the requester's reply has no group, the notification goes to "monitor"
                72, "ethtool/ETHTOOL_MSG_FEATURES_SET_REPLY -", 73, "ethtool/ETHTOOL_MSG_FEATURES_NTF monitor",
                9, "ethtool/ETHTOOL_MSG_STRSET_GET_REPLY -",
                // ip link set gd0 master tm0 / nomaster: team's options and ports (a multipart message
                // closed by NLMSG_DONE in the same packet: team_nl_send_options_get / _port_list_get),
                // the port's features
                78, "team/TEAM_CMD_OPTIONS_GET change_event, NLMSG_DONE -", 87, "team/TEAM_CMD_PORT_LIST_GET change_event, NLMSG_DONE -",
                88, "team/TEAM_CMD_OPTIONS_GET change_event, NLMSG_DONE -", 89, "ethtool/ETHTOOL_MSG_FEATURES_NTF monitor",
                96, "team/TEAM_CMD_OPTIONS_GET change_event, NLMSG_DONE -", 97, "team/TEAM_CMD_PORT_LIST_GET change_event, NLMSG_DONE -",
                98, "ethtool/ETHTOOL_MSG_FEATURES_NTF monitor", 105, "ethtool/ETHTOOL_MSG_FEATURES_NTF monitor",
                // modprobe mac80211_hwsim: its family and group, then the new wiphy and interface
                107, "nlctrl/CTRL_CMD_NEWFAMILY notify", 108, mcgrp,
                109, "nl80211/NL80211_CMD_NEW_WIPHY config", 110, "nl80211/NL80211_CMD_NEW_INTERFACE config",
                // iw dev wlan0 scan (results reach iw event and iw scan: two copies)
                121, "nl80211/NL80211_CMD_TRIGGER_SCAN scan",
                159, "nl80211/NL80211_CMD_NEW_SCAN_RESULTS scan", 160, "nl80211/NL80211_CMD_NEW_SCAN_RESULTS scan",
                // an MPTCP connection over loopback: both ends, read by the event table (seq 0)
                163, "mptcp_pm/MPTCP_EVENT_CREATED mptcp_pm_events", 164, "mptcp_pm/MPTCP_EVENT_CREATED mptcp_pm_events",
                165, "mptcp_pm/MPTCP_EVENT_ESTABLISHED mptcp_pm_events", 166, "mptcp_pm/MPTCP_EVENT_ESTABLISHED mptcp_pm_events",
                167, "mptcp_pm/MPTCP_EVENT_CLOSED mptcp_pm_events", 168, "mptcp_pm/MPTCP_EVENT_CLOSED mptcp_pm_events");
        assertFrames("groups-genl.pcap", expected);
    }

    /**
     * Every group name a generic netlink spec gives is one its family announces
     * (CTRL_ATTR_MCAST_GRP_NAME) in the real captures, where the family is in them at all.
     */
    @Test
    void specGroupNamesAreTheNamesTheKernelAnnounces() throws IOException {
        Map<String, Set<String>> announced = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        for (String capture : List.of("genl-ctrl.pcap", "genl-misc.pcap", "genl-ethtool.pcap", "groups-genl.pcap")) files.add(TestData.capture(capture));
        // and the newer kernels' captures, where the families 6.1 lacks announce theirs
        try (var s = Files.list(TestData.root().resolve("testdata/kernels/7.2"))) {
            s.filter(p -> p.getFileName().toString().startsWith("genl-") && p.toString().endsWith(".pcap")).sorted().forEach(files::add);
        }
        for (Path capture : files)
            for (DissectedFrame f : TestData.dissectAll(capture))
                for (NetlinkMessage m : f.messages()) {
                    if (!m.typeName().equals("nlctrl") || !m.summary().startsWith("CTRL_CMD_NEWFAMILY")) continue;
                    String family = ((Value.Text) m.field("CTRL_ATTR_FAMILY_NAME").orElseThrow().value()).text();
                    for (Field g : FamilyAssertions.findAll(m.fields(), "CTRL_ATTR_MCAST_GRP_NAME"))
                        announced.computeIfAbsent(family, k -> new TreeSet<>()).add(((Value.Text) g.value()).text());
                }
        assertEquals(Set.of("config", "mlme", "nan", "regulatory", "scan", "vendor"), announced.get("nl80211"));

        Map<String, Set<String>> used = new TreeMap<>();
        for (SpecTables.Entry fam : SpecTables.enumTable("genetlink_message.genl_family_spec").entries().values()) {
            String family = fam.ext("family").orElseThrow();
            for (String key : List.of("commands", "replies", "events"))
                fam.ext(key).ifPresent(table -> {
                    for (SpecTables.Entry c : SpecTables.enumTable(table).entries().values())
                        c.ext("group").ifPresent(g -> used.computeIfAbsent(family, k -> new TreeSet<>()).add(g));
                });
        }
        assertEquals(Set.of("devlink", "ethtool", "IOAM6", "mptcp_pm", "nl80211", "nlctrl", "team", "thermal",
                "netdev", "psample", "l2tp", "handshake", "nbd", "batadv", "ovs_datapath", "ovs_vport", "ovs_flow",
                "nfsd", "ovpn", "gtp", "dpll", "nfc", "binder", "dev-energymodel",
                "sunrpc", "drbd"), used.keySet());
        for (Map.Entry<String, Set<String>> u : used.entrySet()) {
            Set<String> names = announced.get(u.getKey());
            assertTrue(names != null, u.getKey() + " announces no group in the captures: " + announced.keySet());
            Set<String> missing = new TreeSet<>(u.getValue());
            missing.removeAll(names);
            // Debian's 6.1 kernel is built without CONFIG_NL80211_TESTMODE: no "testmode" group to announce
            if (u.getKey().equals("nl80211")) missing.remove("testmode");
            assertEquals(Set.of(), missing, u.getKey() + ": groups in the spec that the kernel did not announce " + names);
        }
    }
}
