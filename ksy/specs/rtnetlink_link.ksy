meta:
  id: rtnetlink_link
  title: "rtnetlink links: struct ifinfomsg and IFLA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWLINK, RTM_DELLINK, RTM_GETLINK, RTM_SETLINK: struct ifinfomsg then IFLA_* attributes.

  Nests the kernel sends without NLA_F_NESTED (IFLA_LINKINFO, IFLA_AF_SPEC, IFLA_XDP,
  IFLA_PROP_LIST, IFLA_MAP ...) are typed nest here so that they decode all the same.
  IFLA_LINKINFO holds IFLA_INFO_KIND and IFLA_INFO_DATA, whose set depends on the kind
  (submsg): bridge, vlan, bond, vxlan, veth, macvlan/macvtap, ipvlan/ipvtap, vrf, macsec, xfrm,
  geneve, the GRE family (gre, gretap, erspan, ip6gre, ip6gretap, ip6erspan share IFLA_GRE_*),
  ipip/sit (IFLA_IPTUN_*), ip6tnl (the same names, 32-bit flags), vti/vti6, bareudp, hsr, netkit,
  gtp, ipoib, tun, ovpn, amt, rmnet, wwan, ppp, mctp, dsa, batadv and vxcan have sets (Linux 7.2
  headers); dummy, nlmon, ifb, vcan and wireguard links send no IFLA_INFO_DATA at all.
  IFLA_INFO_SLAVE_DATA likewise by IFLA_INFO_SLAVE_KIND (bridge, bond and vrf ports).

  VETH_INFO_PEER holds a struct ifinfomsg followed by IFLA_* attributes (the peer's link,
  veth.h and veth_newlink in the kernel): -nl-type struct-attrs.

  IFLA_AF_SPEC in an AF_UNSPEC/AF_PACKET link message is keyed by address family: AF_INET
  holds IFLA_INET_CONF (the IPv4 sysctls: u32 values, entry i is IPV4_DEVCONF_* i + 1, read
  here as the struct ipv4_devconf), AF_INET6 the IFLA_INET6_* set. IFLA_PROTINFO of the
  AF_INET6 link messages holds the IFLA_INET6_* set as well (the bridge's AF_BRIDGE messages
  use it for IFLA_BRPORT_*, a case this table does not tell apart).
doc-ref: >-
  /usr/include/linux/rtnetlink.h, /usr/include/linux/if_link.h, /usr/include/linux/if.h,
  /usr/include/linux/if_arp.h, /usr/include/linux/ip.h, /usr/include/linux/ipv6.h,
  /usr/include/linux/snmp.h, /usr/include/linux/veth.h, /usr/include/linux/if_bridge.h,
  /usr/include/linux/if_ether.h, /usr/include/linux/if_tunnel.h, /usr/include/linux/ip6_tunnel.h,
  /usr/include/linux/if_macsec.h, /usr/include/linux/if_tun.h, /usr/include/linux/amt.h,
  /usr/include/linux/wwan.h, /usr/include/linux/batman_adv.h, /usr/include/linux/can/vxcan.h
params:
  - id: is_le
    type: bool
types:
  ifinfomsg:
    doc: "struct ifinfomsg (rtnetlink.h)"
    seq:
      - id: ifi_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ifi_pad
        type: u1
      - id: ifi_type
        type: u2
        -nl-enum: arphrd
      - id: ifi_index
        type: s4
      - id: ifi_flags
        type: u4
        -nl-flags: iff
      - id: ifi_change
        type: u4
        -nl-flags: iff
  rtnl_link_stats:
    doc: "struct rtnl_link_stats (if_link.h), the value of IFLA_STATS"
    seq:
      - id: rx_packets
        type: u4
      - id: tx_packets
        type: u4
      - id: rx_bytes
        type: u4
      - id: tx_bytes
        type: u4
      - id: rx_errors
        type: u4
      - id: tx_errors
        type: u4
      - id: rx_dropped
        type: u4
      - id: tx_dropped
        type: u4
      - id: multicast
        type: u4
      - id: collisions
        type: u4
      - id: rx_length_errors
        type: u4
      - id: rx_over_errors
        type: u4
      - id: rx_crc_errors
        type: u4
      - id: rx_frame_errors
        type: u4
      - id: rx_fifo_errors
        type: u4
      - id: rx_missed_errors
        type: u4
      - id: tx_aborted_errors
        type: u4
      - id: tx_carrier_errors
        type: u4
      - id: tx_fifo_errors
        type: u4
      - id: tx_heartbeat_errors
        type: u4
      - id: tx_window_errors
        type: u4
      - id: rx_compressed
        type: u4
      - id: tx_compressed
        type: u4
      - id: rx_nohandler
        type: u4
  rtnl_link_stats64:
    doc: "struct rtnl_link_stats64 (if_link.h), the value of IFLA_STATS64"
    seq:
      - id: rx_packets
        type: u8
      - id: tx_packets
        type: u8
      - id: rx_bytes
        type: u8
      - id: tx_bytes
        type: u8
      - id: rx_errors
        type: u8
      - id: tx_errors
        type: u8
      - id: rx_dropped
        type: u8
      - id: tx_dropped
        type: u8
      - id: multicast
        type: u8
      - id: collisions
        type: u8
      - id: rx_length_errors
        type: u8
      - id: rx_over_errors
        type: u8
      - id: rx_crc_errors
        type: u8
      - id: rx_frame_errors
        type: u8
      - id: rx_fifo_errors
        type: u8
      - id: rx_missed_errors
        type: u8
      - id: tx_aborted_errors
        type: u8
      - id: tx_carrier_errors
        type: u8
      - id: tx_fifo_errors
        type: u8
      - id: tx_heartbeat_errors
        type: u8
      - id: tx_window_errors
        type: u8
      - id: rx_compressed
        type: u8
      - id: tx_compressed
        type: u8
      - id: rx_nohandler
        type: u8
      - id: rx_otherhost_dropped
        type: u8
  rtnl_link_ifmap:
    doc: "struct rtnl_link_ifmap (if_link.h), the value of IFLA_MAP (the C struct has 4 bytes of tail padding)"
    seq:
      - id: mem_start
        type: u8
      - id: mem_end
        type: u8
      - id: base_addr
        type: u8
      - id: irq
        type: u2
      - id: dma
        type: u1
      - id: port
        type: u1
      - id: tail_padding
        size: 4
        doc: the compiler's padding to the struct's 8-byte alignment; the kernel sends sizeof(struct)
  ifla_cacheinfo:
    doc: "struct ifla_cacheinfo (if_link.h), the value of IFLA_INET6_CACHEINFO"
    seq:
      - id: max_reasm_len
        type: u4
      - id: tstamp
        type: u4
      - id: reachable_time
        type: u4
      - id: retrans_time
        type: u4
  ipv4_devconf:
    doc: "the value of IFLA_INET_CONF: one u32 per IPV4_DEVCONF_* (ip.h), entry i is number i + 1"
    seq:
      - id: forwarding
        type: u4
      - id: mc_forwarding
        type: u4
      - id: proxy_arp
        type: u4
      - id: accept_redirects
        type: u4
      - id: secure_redirects
        type: u4
      - id: send_redirects
        type: u4
      - id: shared_media
        type: u4
      - id: rp_filter
        type: u4
      - id: accept_source_route
        type: u4
      - id: bootp_relay
        type: u4
      - id: log_martians
        type: u4
      - id: tag
        type: u4
      - id: arpfilter
        type: u4
      - id: medium_id
        type: u4
      - id: noxfrm
        type: u4
      - id: nopolicy
        type: u4
      - id: force_igmp_version
        type: u4
      - id: arp_announce
        type: u4
      - id: arp_ignore
        type: u4
      - id: promote_secondaries
        type: u4
      - id: arp_accept
        type: u4
      - id: arp_notify
        type: u4
      - id: accept_local
        type: u4
      - id: src_vmark
        type: u4
      - id: proxy_arp_pvlan
        type: u4
      - id: route_localnet
        type: u4
      - id: igmpv2_unsolicited_report_interval
        type: u4
      - id: igmpv3_unsolicited_report_interval
        type: u4
      - id: ignore_routes_with_linkdown
        type: u4
      - id: drop_unicast_in_l2_multicast
        type: u4
      - id: drop_gratuitous_arp
        type: u4
      - id: bc_forwarding
        type: u4
      - id: arp_evict_nocarrier
        type: u4
  ipv6_devconf:
    doc: "the value of IFLA_INET6_CONF: one s32 per DEVCONF_* (ipv6.h), entry i is number i; members as of 7.2"
    -nl-grows: true
    seq:
      - id: forwarding
        type: s4
      - id: hoplimit
        type: s4
      - id: mtu6
        type: s4
      - id: accept_ra
        type: s4
      - id: accept_redirects
        type: s4
      - id: autoconf
        type: s4
      - id: dad_transmits
        type: s4
      - id: rtr_solicits
        type: s4
      - id: rtr_solicit_interval
        type: s4
      - id: rtr_solicit_delay
        type: s4
      - id: use_tempaddr
        type: s4
      - id: temp_valid_lft
        type: s4
      - id: temp_prefered_lft
        type: s4
      - id: regen_max_retry
        type: s4
      - id: max_desync_factor
        type: s4
      - id: max_addresses
        type: s4
      - id: force_mld_version
        type: s4
      - id: accept_ra_defrtr
        type: s4
      - id: accept_ra_pinfo
        type: s4
      - id: accept_ra_rtr_pref
        type: s4
      - id: rtr_probe_interval
        type: s4
      - id: accept_ra_rt_info_max_plen
        type: s4
      - id: proxy_ndp
        type: s4
      - id: optimistic_dad
        type: s4
      - id: accept_source_route
        type: s4
      - id: mc_forwarding
        type: s4
      - id: disable_ipv6
        type: s4
      - id: accept_dad
        type: s4
      - id: force_tllao
        type: s4
      - id: ndisc_notify
        type: s4
      - id: mldv1_unsolicited_report_interval
        type: s4
      - id: mldv2_unsolicited_report_interval
        type: s4
      - id: suppress_frag_ndisc
        type: s4
      - id: accept_ra_from_local
        type: s4
      - id: use_optimistic
        type: s4
      - id: accept_ra_mtu
        type: s4
      - id: stable_secret
        type: s4
      - id: use_oif_addrs_only
        type: s4
      - id: accept_ra_min_hop_limit
        type: s4
      - id: ignore_routes_with_linkdown
        type: s4
      - id: drop_unicast_in_l2_multicast
        type: s4
      - id: drop_unsolicited_na
        type: s4
      - id: keep_addr_on_down
        type: s4
      - id: rtr_solicit_max_interval
        type: s4
      - id: seg6_enabled
        type: s4
      - id: seg6_require_hmac
        type: s4
      - id: enhanced_dad
        type: s4
      - id: addr_gen_mode
        type: s4
      - id: disable_policy
        type: s4
      - id: accept_ra_rt_info_min_plen
        type: s4
      - id: ndisc_tclass
        type: s4
      - id: rpl_seg_enabled
        type: s4
      - id: ra_defrtr_metric
        type: s4
      - id: ioam6_enabled
        type: s4
      - id: ioam6_id
        type: s4
      - id: ioam6_id_wide
        type: s4
      - id: ndisc_evict_nocarrier
        type: s4
      - id: accept_untracked_na
        type: s4
      - id: accept_ra_min_lft
        type: s4
      - id: force_forwarding
        type: s4
  ipstats_mib_6_1:
    doc: "IFLA_INET6_STATS as 6.1's snmp.h numbers IPSTATS_MIB_* (37 u64, the first, IPSTATS_MIB_NUM, the count)"
    seq:
      - id: num
        type: u8
      - id: inpkts
        type: u8
      - id: inoctets
        type: u8
      - id: indelivers
        type: u8
      - id: outforwdatagrams
        type: u8
      - id: outpkts
        type: u8
      - id: outoctets
        type: u8
      - id: inhdrerrors
        type: u8
      - id: intoobigerrors
        type: u8
      - id: innoroutes
        type: u8
      - id: inaddrerrors
        type: u8
      - id: inunknownprotos
        type: u8
      - id: intruncatedpkts
        type: u8
      - id: indiscards
        type: u8
      - id: outdiscards
        type: u8
      - id: outnoroutes
        type: u8
      - id: reasmtimeout
        type: u8
      - id: reasmreqds
        type: u8
      - id: reasmoks
        type: u8
      - id: reasmfails
        type: u8
      - id: fragoks
        type: u8
      - id: fragfails
        type: u8
      - id: fragcreates
        type: u8
      - id: inmcastpkts
        type: u8
      - id: outmcastpkts
        type: u8
      - id: inbcastpkts
        type: u8
      - id: outbcastpkts
        type: u8
      - id: inmcastoctets
        type: u8
      - id: outmcastoctets
        type: u8
      - id: inbcastoctets
        type: u8
      - id: outbcastoctets
        type: u8
      - id: csumerrors
        type: u8
      - id: noectpkts
        type: u8
      - id: ect1pkts
        type: u8
      - id: ect0pkts
        type: u8
      - id: cepkts
        type: u8
      - id: reasm_overlaps
        type: u8
  ipstats_mib_6_12:
    doc: "IFLA_INET6_STATS as 6.12's snmp.h numbers IPSTATS_MIB_* (38 u64: 6.1's with OUTPKTS renamed OUTREQUESTS and a new OUTPKTS, OutTransmits, last)"
    seq:
      - id: num
        type: u8
      - id: inpkts
        type: u8
      - id: inoctets
        type: u8
      - id: indelivers
        type: u8
      - id: outforwdatagrams
        type: u8
      - id: outrequests
        type: u8
      - id: outoctets
        type: u8
      - id: inhdrerrors
        type: u8
      - id: intoobigerrors
        type: u8
      - id: innoroutes
        type: u8
      - id: inaddrerrors
        type: u8
      - id: inunknownprotos
        type: u8
      - id: intruncatedpkts
        type: u8
      - id: indiscards
        type: u8
      - id: outdiscards
        type: u8
      - id: outnoroutes
        type: u8
      - id: reasmtimeout
        type: u8
      - id: reasmreqds
        type: u8
      - id: reasmoks
        type: u8
      - id: reasmfails
        type: u8
      - id: fragoks
        type: u8
      - id: fragfails
        type: u8
      - id: fragcreates
        type: u8
      - id: inmcastpkts
        type: u8
      - id: outmcastpkts
        type: u8
      - id: inbcastpkts
        type: u8
      - id: outbcastpkts
        type: u8
      - id: inmcastoctets
        type: u8
      - id: outmcastoctets
        type: u8
      - id: inbcastoctets
        type: u8
      - id: outbcastoctets
        type: u8
      - id: csumerrors
        type: u8
      - id: noectpkts
        type: u8
      - id: ect1pkts
        type: u8
      - id: ect0pkts
        type: u8
      - id: cepkts
        type: u8
      - id: reasm_overlaps
        type: u8
      - id: outpkts
        type: u8
  ipstats_mib_7_2:
    doc: "IFLA_INET6_STATS as 7.2's snmp.h numbers IPSTATS_MIB_* (38 u64: the fast-path counters moved to the front); a 6.18 kernel sends this order too (measured, testdata/kernels/6.18)"
    seq:
      - id: num
        type: u8
      - id: inpkts
        type: u8
      - id: inoctets
        type: u8
      - id: indelivers
        type: u8
      - id: noectpkts
        type: u8
      - id: ect1pkts
        type: u8
      - id: ect0pkts
        type: u8
      - id: cepkts
        type: u8
      - id: outrequests
        type: u8
      - id: outpkts
        type: u8
      - id: outoctets
        type: u8
      - id: outforwdatagrams
        type: u8
      - id: inhdrerrors
        type: u8
      - id: intoobigerrors
        type: u8
      - id: innoroutes
        type: u8
      - id: inaddrerrors
        type: u8
      - id: inunknownprotos
        type: u8
      - id: intruncatedpkts
        type: u8
      - id: indiscards
        type: u8
      - id: outdiscards
        type: u8
      - id: outnoroutes
        type: u8
      - id: reasmtimeout
        type: u8
      - id: reasmreqds
        type: u8
      - id: reasmoks
        type: u8
      - id: reasmfails
        type: u8
      - id: fragoks
        type: u8
      - id: fragfails
        type: u8
      - id: fragcreates
        type: u8
      - id: inmcastpkts
        type: u8
      - id: outmcastpkts
        type: u8
      - id: inbcastpkts
        type: u8
      - id: outbcastpkts
        type: u8
      - id: inmcastoctets
        type: u8
      - id: outmcastoctets
        type: u8
      - id: inbcastoctets
        type: u8
      - id: outbcastoctets
        type: u8
      - id: csumerrors
        type: u8
      - id: reasm_overlaps
        type: u8
  icmp6_mib:
    doc: "the value of IFLA_INET6_ICMP6STATS: one u64 per ICMP6_MIB_* (snmp.h); the first, ICMP6_MIB_NUM, is the count"
    seq:
      - id: num
        type: u8
      - id: inmsgs
        type: u8
      - id: inerrors
        type: u8
      - id: outmsgs
        type: u8
      - id: outerrors
        type: u8
      - id: csumerrors
        type: u8
      - id: ratelimithost
        type: u8
  ifla_bridge_id:
    doc: "struct ifla_bridge_id (if_link.h)"
    seq:
      - id: prio
        size: 2
      - id: addr
        size: 6
        -nl-type: lladdr
  br_boolopt_multi:
    doc: "struct br_boolopt_multi (if_bridge.h), the value of IFLA_BR_MULTI_BOOLOPT"
    seq:
      - id: optval
        type: u4
      - id: optmask
        type: u4
  ifla_vlan_flags:
    doc: "struct ifla_vlan_flags (if_link.h)"
    seq:
      - id: flags
        type: u4
      - id: mask
        type: u4
  ifla_vlan_qos_mapping:
    doc: "struct ifla_vlan_qos_mapping (if_link.h)"
    seq:
      - id: from
        type: u4
      - id: to
        type: u4
  ifla_vxlan_port_range:
    doc: "struct ifla_vxlan_port_range (if_link.h), big-endian ports"
    seq:
      - id: low
        type: u2be
      - id: high
        type: u2be
  ifla_vf_mac:
    doc: "struct ifla_vf_mac (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: mac
        size: 32
  ifla_vf_vlan:
    doc: "struct ifla_vf_vlan (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: vlan
        type: u4
      - id: qos
        type: u4
  ifla_vf_tx_rate:
    doc: "struct ifla_vf_tx_rate (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: rate
        type: u4
  ifla_vf_rate:
    doc: "struct ifla_vf_rate (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: min_tx_rate
        type: u4
      - id: max_tx_rate
        type: u4
  ifla_vf_setting:
    doc: "struct ifla_vf_spoofchk, ifla_vf_link_state, ifla_vf_rss_query_en, ifla_vf_trust (if_link.h): vf then setting"
    seq:
      - id: vf
        type: u4
      - id: setting
        type: u4
  ifla_vf_guid:
    doc: "struct ifla_vf_guid (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: guid
        type: u8
  ifla_vf_broadcast:
    doc: "struct ifla_vf_broadcast (if_link.h)"
    seq:
      - id: broadcast
        size: 32
  ifla_vf_vlan_info:
    doc: "struct ifla_vf_vlan_info (if_link.h)"
    seq:
      - id: vf
        type: u4
      - id: vlan
        type: u4
      - id: qos
        type: u4
      - id: vlan_proto
        type: u2be
        -nl-enum: eth_p
  ifla_geneve_port_range:
    doc: "struct ifla_geneve_port_range (if_link.h), big-endian ports"
    seq:
      - id: low
        type: u2be
      - id: high
        type: u2be
  ifla_rmnet_flags:
    doc: "struct ifla_rmnet_flags (if_link.h)"
    seq:
      - id: flags
        type: u4
        -nl-flags: rmnet_flags
      - id: mask
        type: u4
        -nl-flags: rmnet_flags
enums:
  ifla_attr:
    # IFLA_TARGET_NETNSID is the newer name of IFLA_IF_NETNSID (46); IFLA_PROP_LIST holds IFLA_ALT_IFNAME entries
    0: {id: ifla_unspec, -nl-type: binary}
    1: {id: ifla_address, -nl-type: lladdr}
    2: {id: ifla_broadcast, -nl-type: lladdr}
    3: {id: ifla_ifname, -nl-type: string}
    4: {id: ifla_mtu, -nl-type: u32}
    5: {id: ifla_link, -nl-type: u32}
    6: {id: ifla_qdisc, -nl-type: string}
    7: {id: ifla_stats, -nl-type: struct, -nl-struct: rtnl_link_stats}
    8: {id: ifla_cost, -nl-type: u32}
    9: {id: ifla_priority, -nl-type: u32}
    10: {id: ifla_master, -nl-type: u32}
    11: {id: ifla_wireless, -nl-type: binary}
    12: {id: ifla_protinfo, -nl-type: nest, -nl-nest: ifla_inet6_attr}
    13: {id: ifla_txqlen, -nl-type: u32}
    14: {id: ifla_map, -nl-type: struct, -nl-struct: rtnl_link_ifmap}
    15: {id: ifla_weight, -nl-type: u32}
    16: {id: ifla_operstate, -nl-type: u8, -nl-enum: if_oper}
    17: {id: ifla_linkmode, -nl-type: u8, -nl-enum: if_link_mode}
    18: {id: ifla_linkinfo, -nl-type: nest, -nl-nest: ifla_info_attr}
    19: {id: ifla_net_ns_pid, -nl-type: u32}
    20: {id: ifla_ifalias, -nl-type: string}
    21: {id: ifla_num_vf, -nl-type: u32}
    22: {id: ifla_vfinfo_list, -nl-type: nest, -nl-nest: ifla_vf_info_attr}
    23: {id: ifla_stats64, -nl-type: struct, -nl-struct: rtnl_link_stats64}
    24: {id: ifla_vf_ports, -nl-type: nest, -nl-nest: ifla_vf_port_attr}
    25: {id: ifla_port_self, -nl-type: nest, -nl-nest: ifla_port_attr}
    26: {id: ifla_af_spec, -nl-type: nest, -nl-nest: ifla_af_spec_attr, -nl-nest-by-family: {af_bridge: ifla_bridge_attr}}
    27: {id: ifla_group, -nl-type: u32}
    28: {id: ifla_net_ns_fd, -nl-type: u32}
    29: {id: ifla_ext_mask, -nl-type: u32, -nl-flags: rtext_filter}
    30: {id: ifla_promiscuity, -nl-type: u32}
    31: {id: ifla_num_tx_queues, -nl-type: u32}
    32: {id: ifla_num_rx_queues, -nl-type: u32}
    33: {id: ifla_carrier, -nl-type: u8}
    34: {id: ifla_phys_port_id, -nl-type: binary}
    35: {id: ifla_carrier_changes, -nl-type: u32}
    36: {id: ifla_phys_switch_id, -nl-type: binary}
    37: {id: ifla_link_netnsid, -nl-type: s32}
    38: {id: ifla_phys_port_name, -nl-type: string}
    39: {id: ifla_proto_down, -nl-type: u8}
    40: {id: ifla_gso_max_segs, -nl-type: u32}
    41: {id: ifla_gso_max_size, -nl-type: u32}
    42: {id: ifla_pad, -nl-type: binary}
    43: {id: ifla_xdp, -nl-type: nest, -nl-nest: ifla_xdp_attr}
    44: {id: ifla_event, -nl-type: u32, -nl-enum: ifla_event}
    45: {id: ifla_new_netnsid, -nl-type: s32}
    46: {id: ifla_target_netnsid, -nl-type: s32}
    47: {id: ifla_carrier_up_count, -nl-type: u32}
    48: {id: ifla_carrier_down_count, -nl-type: u32}
    49: {id: ifla_new_ifindex, -nl-type: s32}
    50: {id: ifla_min_mtu, -nl-type: u32}
    51: {id: ifla_max_mtu, -nl-type: u32}
    52: {id: ifla_prop_list, -nl-type: nest, -nl-nest: ifla_attr}
    53: {id: ifla_alt_ifname, -nl-type: string}
    54: {id: ifla_perm_address, -nl-type: lladdr}
    55: {id: ifla_proto_down_reason, -nl-type: nest, -nl-nest: ifla_proto_down_reason_attr}
    56: {id: ifla_parent_dev_name, -nl-type: string}
    57: {id: ifla_parent_dev_bus_name, -nl-type: string}
    58: {id: ifla_gro_max_size, -nl-type: u32}
    59: {id: ifla_tso_max_size, -nl-type: u32}
    60: {id: ifla_tso_max_segs, -nl-type: u32}
    61: {id: ifla_allmulti, -nl-type: u32}
    # 62-69: linux/if_link.h of 6.12/7.2; the shapes as a 7.2.13 kernel sends them (testdata/captures/k72-link.pcap)
    62: {id: ifla_devlink_port, -nl-type: nest, -nl-nest: genetlink_devlink.devlink_attr, doc: "the devlink port's handle, devlink's own attributes (linux/devlink.h enum devlink_attr)"}
    63: {id: ifla_gso_ipv4_max_size, -nl-type: u32}
    64: {id: ifla_gro_ipv4_max_size, -nl-type: u32}
    65: {id: ifla_dpll_pin, -nl-type: nest, -nl-nest: genetlink_dpll.dpll_a_pin}
    66: {id: ifla_max_pacing_offload_horizon, -nl-type: uint}
    67: {id: ifla_netns_immutable, -nl-type: u8}
    68: {id: ifla_headroom, -nl-type: u16}
    69: {id: ifla_tailroom, -nl-type: u16}
  ifla_proto_down_reason_attr:
    0: {id: ifla_proto_down_reason_unspec, -nl-type: binary}
    1: {id: ifla_proto_down_reason_mask, -nl-type: u32}
    2: {id: ifla_proto_down_reason_value, -nl-type: u32}
  ifla_af_spec_attr:
    # IFLA_AF_SPEC of AF_UNSPEC link messages: one nest per address family (linux_common.address_family)
    2: {id: af_inet, -nl-type: nest, -nl-nest: ifla_inet_attr}
    10: {id: af_inet6, -nl-type: nest, -nl-nest: ifla_inet6_attr}
  ifla_bridge_attr:
    # IFLA_AF_SPEC of AF_BRIDGE link messages (bridge vlan add/del, bridge link): linux/if_bridge.h; MRP and CFM
    # (ring and fault management, whose nests no guest here exercises) are bytes
    0: {id: ifla_bridge_flags, -nl-type: u16, -nl-flags: bridge_flags}
    1: {id: ifla_bridge_mode, -nl-type: u16, -nl-enum: bridge_mode}
    2: {id: ifla_bridge_vlan_info, -nl-type: struct, -nl-struct: rtnetlink_bridge.bridge_vlan_info}
    3: {id: ifla_bridge_vlan_tunnel_info, -nl-type: nest, -nl-nest: ifla_bridge_vlan_tunnel_attr}
    4: {id: ifla_bridge_mrp, -nl-type: binary}
    5: {id: ifla_bridge_cfm, -nl-type: binary}
    6: {id: ifla_bridge_mst, -nl-type: nest, -nl-nest: ifla_bridge_mst_attr}
  bridge_flags:
    0x1: bridge_flags_master
    0x2: bridge_flags_self
  bridge_mode:
    0: bridge_mode_veb
    1: bridge_mode_vepa
    0xffff: bridge_mode_undef
  ifla_bridge_vlan_tunnel_attr:
    0: {id: ifla_bridge_vlan_tunnel_unspec, -nl-type: binary}
    1: {id: ifla_bridge_vlan_tunnel_id, -nl-type: u32}
    2: {id: ifla_bridge_vlan_tunnel_vid, -nl-type: u16}
    3: {id: ifla_bridge_vlan_tunnel_flags, -nl-type: u16, -nl-flags: rtnetlink_bridge.bridge_vlan_info_flags}
  ifla_bridge_mst_attr:
    0: {id: ifla_bridge_mst_unspec, -nl-type: binary}
    1: {id: ifla_bridge_mst_entry, -nl-type: nest, -nl-nest: ifla_bridge_mst_entry_attr}
  ifla_bridge_mst_entry_attr:
    0: {id: ifla_bridge_mst_entry_unspec, -nl-type: binary}
    1: {id: ifla_bridge_mst_entry_msti, -nl-type: u16}
    2: {id: ifla_bridge_mst_entry_state, -nl-type: u8, -nl-enum: rtnetlink_bridge.br_state}
  ifla_inet_attr:
    0: {id: ifla_inet_unspec, -nl-type: binary}
    1: {id: ifla_inet_conf, -nl-type: struct, -nl-struct: ipv4_devconf}
  ifla_inet6_attr:
    0: {id: ifla_inet6_unspec, -nl-type: binary}
    1: {id: ifla_inet6_flags, -nl-type: u32}
    2: {id: ifla_inet6_conf, -nl-type: struct, -nl-struct: ipv6_devconf}
    # IPSTATS_MIB_* was renumbered: the layout follows the kernel that sent it (-nl-struct-by-kernel, ksy/README.md)
    3: {id: ifla_inet6_stats, -nl-type: struct, -nl-struct-by-kernel: {"6.1": ipstats_mib_6_1, "6.12": ipstats_mib_6_12, "6.18": ipstats_mib_7_2, "7.2": ipstats_mib_7_2}}
    4: {id: ifla_inet6_mcast, -nl-type: binary}
    5: {id: ifla_inet6_cacheinfo, -nl-type: struct, -nl-struct: ifla_cacheinfo}
    6: {id: ifla_inet6_icmp6stats, -nl-type: struct, -nl-struct: icmp6_mib}
    7: {id: ifla_inet6_token, -nl-type: ipv6}
    8: {id: ifla_inet6_addr_gen_mode, -nl-type: u8, -nl-enum: in6_addr_gen_mode}
    9: {id: ifla_inet6_ra_mtu, -nl-type: u32}
  ifla_info_attr:
    # IFLA_INFO_XSTATS is kind specific (bond: IFLA_BOND_XSTATS_*), shown as bytes. A port's IFLA_INFO_SLAVE_DATA is
    # chosen by IFLA_INFO_SLAVE_KIND as the kernel sends it; iproute2's `ip link set DEV type bridge_slave ...` sends
    # IFLA_INFO_KIND "bridge_slave" instead (iplink.c), hence the fallback and the *_slave texts
    0: {id: ifla_info_unspec, -nl-type: binary}
    1: {id: ifla_info_kind, -nl-type: string}
    2: {id: ifla_info_data, -nl-type: submsg, -nl-selector: IFLA_INFO_KIND, -nl-submsg: {bridge: ifla_br_attr, vlan: ifla_vlan_attr, bond: ifla_bond_attr, vxlan: ifla_vxlan_attr, veth: veth_info_attr, macvlan: ifla_macvlan_attr, macvtap: ifla_macvlan_attr, ipvlan: ifla_ipvlan_attr, ipvtap: ifla_ipvlan_attr, vrf: ifla_vrf_attr, macsec: ifla_macsec_attr, xfrm: ifla_xfrm_attr, geneve: ifla_geneve_attr, gre: ifla_gre_attr, gretap: ifla_gre_attr, erspan: ifla_gre_attr, ip6gre: ifla_gre_attr, ip6gretap: ifla_gre_attr, ip6erspan: ifla_gre_attr, ipip: ifla_iptun_attr, sit: ifla_iptun_attr, ip6tnl: ifla_ip6tnl_attr, vti: ifla_vti_attr, vti6: ifla_vti_attr, bareudp: ifla_bareudp_attr, hsr: ifla_hsr_attr, netkit: ifla_netkit_attr, gtp: ifla_gtp_attr, ipoib: ifla_ipoib_attr, tun: ifla_tun_attr, ovpn: ifla_ovpn_attr, amt: ifla_amt_attr, rmnet: ifla_rmnet_attr, wwan: ifla_wwan_attr, ppp: ifla_ppp_attr, mctp: ifla_mctp_attr, dsa: ifla_dsa_attr, batadv: ifla_batadv_attr, vxcan: vxcan_info_attr}}
    3: {id: ifla_info_xstats, -nl-type: binary}
    4: {id: ifla_info_slave_kind, -nl-type: string}
    5: {id: ifla_info_slave_data, -nl-type: submsg, -nl-selector: IFLA_INFO_SLAVE_KIND, -nl-selector-fallback: IFLA_INFO_KIND, -nl-submsg: {bridge: ifla_brport_attr, bond: ifla_bond_slave_attr, vrf: ifla_vrf_port_attr, bridge_slave: ifla_brport_attr, bond_slave: ifla_bond_slave_attr, vrf_slave: ifla_vrf_port_attr}}
  veth_info_attr:
    # VETH_INFO_PEER: struct ifinfomsg then IFLA_* attributes of the peer
    0: {id: veth_info_unspec, -nl-type: binary}
    1: {id: veth_info_peer, -nl-type: struct-attrs, -nl-struct: ifinfomsg, -nl-nest: ifla_attr}
  ifla_br_attr:
    0: {id: ifla_br_unspec, -nl-type: binary}
    1: {id: ifla_br_forward_delay, -nl-type: u32}
    2: {id: ifla_br_hello_time, -nl-type: u32}
    3: {id: ifla_br_max_age, -nl-type: u32}
    4: {id: ifla_br_ageing_time, -nl-type: u32}
    5: {id: ifla_br_stp_state, -nl-type: u32}
    6: {id: ifla_br_priority, -nl-type: u16}
    7: {id: ifla_br_vlan_filtering, -nl-type: u8}
    8: {id: ifla_br_vlan_protocol, -nl-type: u16, -nl-byte-order: big, -nl-enum: eth_p}
    9: {id: ifla_br_group_fwd_mask, -nl-type: u16}
    10: {id: ifla_br_root_id, -nl-type: struct, -nl-struct: ifla_bridge_id}
    11: {id: ifla_br_bridge_id, -nl-type: struct, -nl-struct: ifla_bridge_id}
    12: {id: ifla_br_root_port, -nl-type: u16}
    13: {id: ifla_br_root_path_cost, -nl-type: u32}
    14: {id: ifla_br_topology_change, -nl-type: u8}
    15: {id: ifla_br_topology_change_detected, -nl-type: u8}
    16: {id: ifla_br_hello_timer, -nl-type: u64}
    17: {id: ifla_br_tcn_timer, -nl-type: u64}
    18: {id: ifla_br_topology_change_timer, -nl-type: u64}
    19: {id: ifla_br_gc_timer, -nl-type: u64}
    20: {id: ifla_br_group_addr, -nl-type: lladdr}
    21: {id: ifla_br_fdb_flush, -nl-type: flag}
    22: {id: ifla_br_mcast_router, -nl-type: u8}
    23: {id: ifla_br_mcast_snooping, -nl-type: u8}
    24: {id: ifla_br_mcast_query_use_ifaddr, -nl-type: u8}
    25: {id: ifla_br_mcast_querier, -nl-type: u8}
    26: {id: ifla_br_mcast_hash_elasticity, -nl-type: u32}
    27: {id: ifla_br_mcast_hash_max, -nl-type: u32}
    28: {id: ifla_br_mcast_last_member_cnt, -nl-type: u32}
    29: {id: ifla_br_mcast_startup_query_cnt, -nl-type: u32}
    30: {id: ifla_br_mcast_last_member_intvl, -nl-type: u64}
    31: {id: ifla_br_mcast_membership_intvl, -nl-type: u64}
    32: {id: ifla_br_mcast_querier_intvl, -nl-type: u64}
    33: {id: ifla_br_mcast_query_intvl, -nl-type: u64}
    34: {id: ifla_br_mcast_query_response_intvl, -nl-type: u64}
    35: {id: ifla_br_mcast_startup_query_intvl, -nl-type: u64}
    36: {id: ifla_br_nf_call_iptables, -nl-type: u8}
    37: {id: ifla_br_nf_call_ip6tables, -nl-type: u8}
    38: {id: ifla_br_nf_call_arptables, -nl-type: u8}
    39: {id: ifla_br_vlan_default_pvid, -nl-type: u16}
    40: {id: ifla_br_pad, -nl-type: binary}
    41: {id: ifla_br_vlan_stats_enabled, -nl-type: u8}
    42: {id: ifla_br_mcast_stats_enabled, -nl-type: u8}
    43: {id: ifla_br_mcast_igmp_version, -nl-type: u8}
    44: {id: ifla_br_mcast_mld_version, -nl-type: u8}
    45: {id: ifla_br_vlan_stats_per_port, -nl-type: u8}
    46: {id: ifla_br_multi_boolopt, -nl-type: struct, -nl-struct: br_boolopt_multi}
    47: {id: ifla_br_mcast_querier_state, -nl-type: nest, -nl-nest: bridge_querier_attr}
    48: {id: ifla_br_fdb_n_learned, -nl-type: u32}
    49: {id: ifla_br_fdb_max_learned, -nl-type: u32}
    50: {id: ifla_br_stp_mode, -nl-type: u32, -nl-enum: br_stp_mode}
  bridge_querier_attr:
    0: {id: bridge_querier_unspec, -nl-type: binary}
    1: {id: bridge_querier_ip_address, -nl-type: ipv4}
    2: {id: bridge_querier_ip_port, -nl-type: u32}
    3: {id: bridge_querier_ip_other_timer, -nl-type: u64}
    4: {id: bridge_querier_pad, -nl-type: binary}
    5: {id: bridge_querier_ipv6_address, -nl-type: ipv6}
    6: {id: bridge_querier_ipv6_port, -nl-type: u32}
    7: {id: bridge_querier_ipv6_other_timer, -nl-type: u64}
  ifla_brport_attr:
    0: {id: ifla_brport_unspec, -nl-type: binary}
    1: {id: ifla_brport_state, -nl-type: u8}
    2: {id: ifla_brport_priority, -nl-type: u16}
    3: {id: ifla_brport_cost, -nl-type: u32}
    4: {id: ifla_brport_mode, -nl-type: u8}
    5: {id: ifla_brport_guard, -nl-type: u8}
    6: {id: ifla_brport_protect, -nl-type: u8}
    7: {id: ifla_brport_fast_leave, -nl-type: u8}
    8: {id: ifla_brport_learning, -nl-type: u8}
    9: {id: ifla_brport_unicast_flood, -nl-type: u8}
    10: {id: ifla_brport_proxyarp, -nl-type: u8}
    11: {id: ifla_brport_learning_sync, -nl-type: u8}
    12: {id: ifla_brport_proxyarp_wifi, -nl-type: u8}
    13: {id: ifla_brport_root_id, -nl-type: struct, -nl-struct: ifla_bridge_id}
    14: {id: ifla_brport_bridge_id, -nl-type: struct, -nl-struct: ifla_bridge_id}
    15: {id: ifla_brport_designated_port, -nl-type: u16}
    16: {id: ifla_brport_designated_cost, -nl-type: u16}
    17: {id: ifla_brport_id, -nl-type: u16}
    18: {id: ifla_brport_no, -nl-type: u16}
    19: {id: ifla_brport_topology_change_ack, -nl-type: u8}
    20: {id: ifla_brport_config_pending, -nl-type: u8}
    21: {id: ifla_brport_message_age_timer, -nl-type: u64}
    22: {id: ifla_brport_forward_delay_timer, -nl-type: u64}
    23: {id: ifla_brport_hold_timer, -nl-type: u64}
    24: {id: ifla_brport_flush, -nl-type: flag}
    25: {id: ifla_brport_multicast_router, -nl-type: u8}
    26: {id: ifla_brport_pad, -nl-type: binary}
    27: {id: ifla_brport_mcast_flood, -nl-type: u8}
    28: {id: ifla_brport_mcast_to_ucast, -nl-type: u8}
    29: {id: ifla_brport_vlan_tunnel, -nl-type: u8}
    30: {id: ifla_brport_bcast_flood, -nl-type: u8}
    31: {id: ifla_brport_group_fwd_mask, -nl-type: u16}
    32: {id: ifla_brport_neigh_suppress, -nl-type: u8}
    33: {id: ifla_brport_isolated, -nl-type: u8}
    34: {id: ifla_brport_backup_port, -nl-type: u32}
    35: {id: ifla_brport_mrp_ring_open, -nl-type: u8}
    36: {id: ifla_brport_mrp_in_open, -nl-type: u8}
    37: {id: ifla_brport_mcast_eht_hosts_limit, -nl-type: u32}
    38: {id: ifla_brport_mcast_eht_hosts_cnt, -nl-type: u32}
    39: {id: ifla_brport_locked, -nl-type: u8}
    40: {id: ifla_brport_mab, -nl-type: u8}
    41: {id: ifla_brport_mcast_n_groups, -nl-type: u32}
    42: {id: ifla_brport_mcast_max_groups, -nl-type: u32}
    43: {id: ifla_brport_neigh_vlan_suppress, -nl-type: u8}
    44: {id: ifla_brport_backup_nhid, -nl-type: u32}
    45: {id: ifla_brport_neigh_forward_grat, -nl-type: u8}
  ifla_vlan_attr:
    0: {id: ifla_vlan_unspec, -nl-type: binary}
    1: {id: ifla_vlan_id, -nl-type: u16}
    2: {id: ifla_vlan_flags, -nl-type: struct, -nl-struct: ifla_vlan_flags}
    3: {id: ifla_vlan_egress_qos, -nl-type: nest, -nl-nest: ifla_vlan_qos_attr}
    4: {id: ifla_vlan_ingress_qos, -nl-type: nest, -nl-nest: ifla_vlan_qos_attr}
    5: {id: ifla_vlan_protocol, -nl-type: u16, -nl-byte-order: big, -nl-enum: eth_p}
  ifla_vlan_qos_attr:
    0: {id: ifla_vlan_qos_unspec, -nl-type: binary}
    1: {id: ifla_vlan_qos_mapping, -nl-type: struct, -nl-struct: ifla_vlan_qos_mapping}
  ifla_bond_attr:
    # IFLA_BOND_ARP_IP_TARGET and IFLA_BOND_NS_IP6_TARGET are nests of addresses whose attribute type is the index (0, 1 ...): shown as bytes
    0: {id: ifla_bond_unspec, -nl-type: binary}
    1: {id: ifla_bond_mode, -nl-type: u8}
    2: {id: ifla_bond_active_slave, -nl-type: u32}
    3: {id: ifla_bond_miimon, -nl-type: u32}
    4: {id: ifla_bond_updelay, -nl-type: u32}
    5: {id: ifla_bond_downdelay, -nl-type: u32}
    6: {id: ifla_bond_use_carrier, -nl-type: u8}
    7: {id: ifla_bond_arp_interval, -nl-type: u32}
    8: {id: ifla_bond_arp_ip_target, -nl-type: binary}
    9: {id: ifla_bond_arp_validate, -nl-type: u32}
    10: {id: ifla_bond_arp_all_targets, -nl-type: u32}
    11: {id: ifla_bond_primary, -nl-type: u32}
    12: {id: ifla_bond_primary_reselect, -nl-type: u8}
    13: {id: ifla_bond_fail_over_mac, -nl-type: u8}
    14: {id: ifla_bond_xmit_hash_policy, -nl-type: u8}
    15: {id: ifla_bond_resend_igmp, -nl-type: u32}
    16: {id: ifla_bond_num_peer_notif, -nl-type: u8}
    17: {id: ifla_bond_all_slaves_active, -nl-type: u8}
    18: {id: ifla_bond_min_links, -nl-type: u32}
    19: {id: ifla_bond_lp_interval, -nl-type: u32}
    20: {id: ifla_bond_packets_per_slave, -nl-type: u32}
    21: {id: ifla_bond_ad_lacp_rate, -nl-type: u8}
    22: {id: ifla_bond_ad_select, -nl-type: u8}
    23: {id: ifla_bond_ad_info, -nl-type: nest, -nl-nest: ifla_bond_ad_info_attr}
    24: {id: ifla_bond_ad_actor_sys_prio, -nl-type: u16}
    25: {id: ifla_bond_ad_user_port_key, -nl-type: u16}
    26: {id: ifla_bond_ad_actor_system, -nl-type: lladdr}
    27: {id: ifla_bond_tlb_dynamic_lb, -nl-type: u8}
    28: {id: ifla_bond_peer_notif_delay, -nl-type: u32}
    29: {id: ifla_bond_ad_lacp_active, -nl-type: u8}
    30: {id: ifla_bond_missed_max, -nl-type: u8}
    31: {id: ifla_bond_ns_ip6_target, -nl-type: binary}
    32: {id: ifla_bond_coupled_control, -nl-type: u8}
    33: {id: ifla_bond_broadcast_neigh, -nl-type: u8}
    34: {id: ifla_bond_lacp_strict, -nl-type: u8}
  ifla_bond_ad_info_attr:
    0: {id: ifla_bond_ad_info_unspec, -nl-type: binary}
    1: {id: ifla_bond_ad_info_aggregator, -nl-type: u16}
    2: {id: ifla_bond_ad_info_num_ports, -nl-type: u16}
    3: {id: ifla_bond_ad_info_actor_key, -nl-type: u16}
    4: {id: ifla_bond_ad_info_partner_key, -nl-type: u16}
    5: {id: ifla_bond_ad_info_partner_mac, -nl-type: lladdr}
  ifla_bond_slave_attr:
    0: {id: ifla_bond_slave_unspec, -nl-type: binary}
    1: {id: ifla_bond_slave_state, -nl-type: u8}
    2: {id: ifla_bond_slave_mii_status, -nl-type: u8}
    3: {id: ifla_bond_slave_link_failure_count, -nl-type: u32}
    4: {id: ifla_bond_slave_perm_hwaddr, -nl-type: lladdr}
    5: {id: ifla_bond_slave_queue_id, -nl-type: u16}
    6: {id: ifla_bond_slave_ad_aggregator_id, -nl-type: u16}
    7: {id: ifla_bond_slave_ad_actor_oper_port_state, -nl-type: u8}
    8: {id: ifla_bond_slave_ad_partner_oper_port_state, -nl-type: u16}
    9: {id: ifla_bond_slave_prio, -nl-type: s32}
    10: {id: ifla_bond_slave_actor_port_prio, -nl-type: u16}
    11: {id: ifla_bond_slave_ad_churn_actor_state, -nl-type: u8}
    12: {id: ifla_bond_slave_ad_churn_partner_state, -nl-type: u8}
  ifla_vxlan_attr:
    0: {id: ifla_vxlan_unspec, -nl-type: binary}
    1: {id: ifla_vxlan_id, -nl-type: u32}
    2: {id: ifla_vxlan_group, -nl-type: ipv4}
    3: {id: ifla_vxlan_link, -nl-type: u32}
    4: {id: ifla_vxlan_local, -nl-type: ipv4}
    5: {id: ifla_vxlan_ttl, -nl-type: u8}
    6: {id: ifla_vxlan_tos, -nl-type: u8}
    7: {id: ifla_vxlan_learning, -nl-type: u8}
    8: {id: ifla_vxlan_ageing, -nl-type: u32}
    9: {id: ifla_vxlan_limit, -nl-type: u32}
    10: {id: ifla_vxlan_port_range, -nl-type: struct, -nl-struct: ifla_vxlan_port_range}
    11: {id: ifla_vxlan_proxy, -nl-type: u8}
    12: {id: ifla_vxlan_rsc, -nl-type: u8}
    13: {id: ifla_vxlan_l2miss, -nl-type: u8}
    14: {id: ifla_vxlan_l3miss, -nl-type: u8}
    15: {id: ifla_vxlan_port, -nl-type: u16, -nl-byte-order: big}
    16: {id: ifla_vxlan_group6, -nl-type: ipv6}
    17: {id: ifla_vxlan_local6, -nl-type: ipv6}
    18: {id: ifla_vxlan_udp_csum, -nl-type: u8}
    19: {id: ifla_vxlan_udp_zero_csum6_tx, -nl-type: u8}
    20: {id: ifla_vxlan_udp_zero_csum6_rx, -nl-type: u8}
    21: {id: ifla_vxlan_remcsum_tx, -nl-type: u8}
    22: {id: ifla_vxlan_remcsum_rx, -nl-type: u8}
    23: {id: ifla_vxlan_gbp, -nl-type: flag}
    24: {id: ifla_vxlan_remcsum_nopartial, -nl-type: flag}
    25: {id: ifla_vxlan_collect_metadata, -nl-type: u8}
    26: {id: ifla_vxlan_label, -nl-type: u32, -nl-byte-order: big}
    27: {id: ifla_vxlan_gpe, -nl-type: flag}
    28: {id: ifla_vxlan_ttl_inherit, -nl-type: flag}
    29: {id: ifla_vxlan_df, -nl-type: u8, -nl-enum: ifla_vxlan_df}
    30: {id: ifla_vxlan_vnifilter, -nl-type: u8}
    31: {id: ifla_vxlan_localbypass, -nl-type: u8}
    32: {id: ifla_vxlan_label_policy, -nl-type: u32, -nl-enum: ifla_vxlan_label_policy}
    33: {id: ifla_vxlan_reserved_bits, -nl-type: binary}
    34: {id: ifla_vxlan_mc_route, -nl-type: u8}
  ifla_macvlan_attr:
    # macvlan and macvtap (if_link.h); IFLA_MACVLAN_MACADDR_DATA holds IFLA_MACVLAN_MACADDR entries (mode source)
    0: {id: ifla_macvlan_unspec, -nl-type: binary}
    1: {id: ifla_macvlan_mode, -nl-type: u32, -nl-enum: macvlan_mode}
    2: {id: ifla_macvlan_flags, -nl-type: u16, -nl-flags: macvlan_flag}
    3: {id: ifla_macvlan_macaddr_mode, -nl-type: u32, -nl-enum: macvlan_macaddr_mode}
    4: {id: ifla_macvlan_macaddr, -nl-type: lladdr}
    5: {id: ifla_macvlan_macaddr_data, -nl-type: nest, -nl-nest: ifla_macvlan_attr}
    6: {id: ifla_macvlan_macaddr_count, -nl-type: u32}
    7: {id: ifla_macvlan_bc_queue_len, -nl-type: u32}
    8: {id: ifla_macvlan_bc_queue_len_used, -nl-type: u32}
    9: {id: ifla_macvlan_bc_cutoff, -nl-type: s32}
  ifla_vrf_attr:
    0: {id: ifla_vrf_unspec, -nl-type: binary}
    1: {id: ifla_vrf_table, -nl-type: u32}
  ifla_vrf_port_attr:
    # IFLA_INFO_SLAVE_DATA of a VRF's port
    0: {id: ifla_vrf_port_unspec, -nl-type: binary}
    1: {id: ifla_vrf_port_table, -nl-type: u32}
  ifla_macsec_attr:
    # the SCI is 8 bytes in network order (the MAC address then the port); the cipher suite a host-order u64 (MACSEC_CIPHER_ID_*, if_macsec.h)
    0: {id: ifla_macsec_unspec, -nl-type: binary}
    1: {id: ifla_macsec_sci, -nl-type: u64, -nl-byte-order: big}
    2: {id: ifla_macsec_port, -nl-type: u16, -nl-byte-order: big}
    3: {id: ifla_macsec_icv_len, -nl-type: u8}
    4: {id: ifla_macsec_cipher_suite, -nl-type: u64, -nl-enum: macsec_cipher_id}
    5: {id: ifla_macsec_window, -nl-type: u32}
    6: {id: ifla_macsec_encoding_sa, -nl-type: u8}
    7: {id: ifla_macsec_encrypt, -nl-type: u8}
    8: {id: ifla_macsec_protect, -nl-type: u8}
    9: {id: ifla_macsec_inc_sci, -nl-type: u8}
    10: {id: ifla_macsec_es, -nl-type: u8}
    11: {id: ifla_macsec_scb, -nl-type: u8}
    12: {id: ifla_macsec_replay_protect, -nl-type: u8}
    13: {id: ifla_macsec_validation, -nl-type: u8, -nl-enum: macsec_validation_type}
    14: {id: ifla_macsec_pad, -nl-type: binary}
    15: {id: ifla_macsec_offload, -nl-type: u8, -nl-enum: macsec_offload}
  ifla_xfrm_attr:
    0: {id: ifla_xfrm_unspec, -nl-type: binary}
    1: {id: ifla_xfrm_link, -nl-type: u32}
    2: {id: ifla_xfrm_if_id, -nl-type: u32}
    3: {id: ifla_xfrm_collect_metadata, -nl-type: flag}
  ifla_ipvlan_attr:
    # ipvlan and ipvtap
    0: {id: ifla_ipvlan_unspec, -nl-type: binary}
    1: {id: ifla_ipvlan_mode, -nl-type: u16, -nl-enum: ipvlan_mode}
    2: {id: ifla_ipvlan_flags, -nl-type: u16, -nl-flags: ipvlan_f}
  ifla_netkit_attr:
    # IFLA_NETKIT_PEER_INFO, like VETH_INFO_PEER: struct ifinfomsg then the peer's IFLA_* attributes
    0: {id: ifla_netkit_unspec, -nl-type: binary}
    1: {id: ifla_netkit_peer_info, -nl-type: struct-attrs, -nl-struct: ifinfomsg, -nl-nest: ifla_attr}
    2: {id: ifla_netkit_primary, -nl-type: u8}
    3: {id: ifla_netkit_policy, -nl-type: u32, -nl-enum: netkit_action}
    4: {id: ifla_netkit_peer_policy, -nl-type: u32, -nl-enum: netkit_action}
    5: {id: ifla_netkit_mode, -nl-type: u32, -nl-enum: netkit_mode}
    6: {id: ifla_netkit_scrub, -nl-type: u32, -nl-enum: netkit_scrub}
    7: {id: ifla_netkit_peer_scrub, -nl-type: u32, -nl-enum: netkit_scrub}
    8: {id: ifla_netkit_headroom, -nl-type: u16}
    9: {id: ifla_netkit_tailroom, -nl-type: u16}
    10: {id: ifla_netkit_pairing, -nl-type: u32, -nl-enum: netkit_pairing}
  ifla_geneve_attr:
    0: {id: ifla_geneve_unspec, -nl-type: binary}
    1: {id: ifla_geneve_id, -nl-type: u32}
    2: {id: ifla_geneve_remote, -nl-type: ipv4}
    3: {id: ifla_geneve_ttl, -nl-type: u8}
    4: {id: ifla_geneve_tos, -nl-type: u8}
    5: {id: ifla_geneve_port, -nl-type: u16, -nl-byte-order: big}
    6: {id: ifla_geneve_collect_metadata, -nl-type: flag}
    7: {id: ifla_geneve_remote6, -nl-type: ipv6}
    8: {id: ifla_geneve_udp_csum, -nl-type: u8}
    9: {id: ifla_geneve_udp_zero_csum6_tx, -nl-type: u8}
    10: {id: ifla_geneve_udp_zero_csum6_rx, -nl-type: u8}
    11: {id: ifla_geneve_label, -nl-type: u32, -nl-byte-order: big}
    12: {id: ifla_geneve_ttl_inherit, -nl-type: u8}
    13: {id: ifla_geneve_df, -nl-type: u8, -nl-enum: ifla_geneve_df}
    14: {id: ifla_geneve_inner_proto_inherit, -nl-type: flag}
    15: {id: ifla_geneve_port_range, -nl-type: struct, -nl-struct: ifla_geneve_port_range}
    16: {id: ifla_geneve_gro_hint, -nl-type: flag}
    17: {id: ifla_geneve_local, -nl-type: ipv4}
    18: {id: ifla_geneve_local6, -nl-type: ipv6}
  ifla_bareudp_attr:
    0: {id: ifla_bareudp_unspec, -nl-type: binary}
    1: {id: ifla_bareudp_port, -nl-type: u16, -nl-byte-order: big}
    2: {id: ifla_bareudp_ethertype, -nl-type: u16, -nl-byte-order: big, -nl-enum: eth_p}
    3: {id: ifla_bareudp_srcport_min, -nl-type: u16}
    4: {id: ifla_bareudp_multiproto_mode, -nl-type: flag}
  ifla_ppp_attr:
    0: {id: ifla_ppp_unspec, -nl-type: binary}
    1: {id: ifla_ppp_dev_fd, -nl-type: s32}
  ifla_gtp_attr:
    0: {id: ifla_gtp_unspec, -nl-type: binary}
    1: {id: ifla_gtp_fd0, -nl-type: u32}
    2: {id: ifla_gtp_fd1, -nl-type: u32}
    3: {id: ifla_gtp_pdp_hashsize, -nl-type: u32}
    4: {id: ifla_gtp_role, -nl-type: u32, -nl-enum: ifla_gtp_role}
    5: {id: ifla_gtp_create_sockets, -nl-type: u8}
    6: {id: ifla_gtp_restart_count, -nl-type: u8}
    7: {id: ifla_gtp_local, -nl-type: ipv4}
    8: {id: ifla_gtp_local6, -nl-type: ipv6}
  ifla_ipoib_attr:
    0: {id: ifla_ipoib_unspec, -nl-type: binary}
    1: {id: ifla_ipoib_pkey, -nl-type: u16}
    2: {id: ifla_ipoib_mode, -nl-type: u16, -nl-enum: ipoib_mode}
    3: {id: ifla_ipoib_umcast, -nl-type: u16}
  ifla_hsr_attr:
    # hsr and prp devices
    0: {id: ifla_hsr_unspec, -nl-type: binary}
    1: {id: ifla_hsr_slave1, -nl-type: u32}
    2: {id: ifla_hsr_slave2, -nl-type: u32}
    3: {id: ifla_hsr_multicast_spec, -nl-type: u8}
    4: {id: ifla_hsr_supervision_addr, -nl-type: lladdr}
    5: {id: ifla_hsr_seq_nr, -nl-type: u16}
    6: {id: ifla_hsr_version, -nl-type: u8}
    7: {id: ifla_hsr_protocol, -nl-type: u8, -nl-enum: hsr_protocol}
    8: {id: ifla_hsr_interlink, -nl-type: u32}
  ifla_tun_attr:
    # tun and tap devices: made with the TUNSETIFF ioctl, shown over rtnetlink (IFLA_TUN_TYPE is IFF_TUN or IFF_TAP, if_tun.h)
    0: {id: ifla_tun_unspec, -nl-type: binary}
    1: {id: ifla_tun_owner, -nl-type: u32}
    2: {id: ifla_tun_group, -nl-type: u32}
    3: {id: ifla_tun_type, -nl-type: u8, -nl-enum: tun_type}
    4: {id: ifla_tun_pi, -nl-type: u8}
    5: {id: ifla_tun_vnet_hdr, -nl-type: u8}
    6: {id: ifla_tun_persist, -nl-type: u8}
    7: {id: ifla_tun_multi_queue, -nl-type: u8}
    8: {id: ifla_tun_num_queues, -nl-type: u32}
    9: {id: ifla_tun_num_disabled_queues, -nl-type: u32}
  ifla_rmnet_attr:
    0: {id: ifla_rmnet_unspec, -nl-type: binary}
    1: {id: ifla_rmnet_mux_id, -nl-type: u16}
    2: {id: ifla_rmnet_flags, -nl-type: struct, -nl-struct: ifla_rmnet_flags}
  ifla_mctp_attr:
    0: {id: ifla_mctp_unspec, -nl-type: binary}
    1: {id: ifla_mctp_net, -nl-type: u32}
    2: {id: ifla_mctp_phys_binding, -nl-type: u8}
  ifla_dsa_attr:
    # IFLA_DSA_MASTER is the older name of IFLA_DSA_CONDUIT (1)
    0: {id: ifla_dsa_unspec, -nl-type: binary}
    1: {id: ifla_dsa_conduit, -nl-type: u32}
  ifla_ovpn_attr:
    0: {id: ifla_ovpn_unspec, -nl-type: binary}
    1: {id: ifla_ovpn_mode, -nl-type: u8, -nl-enum: ovpn_mode}
  ifla_amt_attr:
    # amt.h
    0: {id: ifla_amt_unspec, -nl-type: binary}
    1: {id: ifla_amt_mode, -nl-type: u32, -nl-enum: ifla_amt_mode}
    2: {id: ifla_amt_relay_port, -nl-type: u16, -nl-byte-order: big}
    3: {id: ifla_amt_gateway_port, -nl-type: u16, -nl-byte-order: big}
    4: {id: ifla_amt_link, -nl-type: u32}
    5: {id: ifla_amt_local_ip, -nl-type: ipv4}
    6: {id: ifla_amt_remote_ip, -nl-type: ipv4}
    7: {id: ifla_amt_discovery_ip, -nl-type: ipv4}
    8: {id: ifla_amt_max_tunnels, -nl-type: u32}
  ifla_wwan_attr:
    # wwan.h
    0: {id: ifla_wwan_unspec, -nl-type: binary}
    1: {id: ifla_wwan_link_id, -nl-type: u32}
  ifla_batadv_attr:
    # batman_adv.h: the routing algorithm a new batadv interface uses
    0: {id: ifla_batadv_unspec, -nl-type: binary}
    1: {id: ifla_batadv_algo_name, -nl-type: string}
  vxcan_info_attr:
    # can/vxcan.h: VXCAN_INFO_PEER as VETH_INFO_PEER, struct ifinfomsg then the peer's IFLA_* attributes
    0: {id: vxcan_info_unspec, -nl-type: binary}
    1: {id: vxcan_info_peer, -nl-type: struct-attrs, -nl-struct: ifinfomsg, -nl-nest: ifla_attr}
  ifla_iptun_attr:
    # ipip and sit (if_tunnel.h); IFLA_IPTUN_FLAGS is the tunnel's i_flags as the kernel copies them (sit: SIT_ISATAP 0x0001)
    0: {id: ifla_iptun_unspec, -nl-type: binary}
    1: {id: ifla_iptun_link, -nl-type: u32}
    2: {id: ifla_iptun_local, -nl-type: ipaddr}
    3: {id: ifla_iptun_remote, -nl-type: ipaddr}
    4: {id: ifla_iptun_ttl, -nl-type: u8}
    5: {id: ifla_iptun_tos, -nl-type: u8}
    6: {id: ifla_iptun_encap_limit, -nl-type: u8}
    7: {id: ifla_iptun_flowinfo, -nl-type: u32, -nl-byte-order: big}
    8: {id: ifla_iptun_flags, -nl-type: u16}
    9: {id: ifla_iptun_proto, -nl-type: u8, -nl-enum: sock_diag_inet.ip_protocol}
    10: {id: ifla_iptun_pmtudisc, -nl-type: u8}
    11: {id: ifla_iptun_6rd_prefix, -nl-type: ipv6}
    12: {id: ifla_iptun_6rd_relay_prefix, -nl-type: ipv4}
    13: {id: ifla_iptun_6rd_prefixlen, -nl-type: u16}
    14: {id: ifla_iptun_6rd_relay_prefixlen, -nl-type: u16}
    15: {id: ifla_iptun_encap_type, -nl-type: u16, -nl-enum: tunnel_encap_types}
    16: {id: ifla_iptun_encap_flags, -nl-type: u16, -nl-flags: tunnel_encap_flag}
    17: {id: ifla_iptun_encap_sport, -nl-type: u16, -nl-byte-order: big}
    18: {id: ifla_iptun_encap_dport, -nl-type: u16, -nl-byte-order: big}
    19: {id: ifla_iptun_collect_metadata, -nl-type: flag}
    20: {id: ifla_iptun_fwmark, -nl-type: u32}
  ifla_ip6tnl_attr:
    # ip6tnl: the IFLA_IPTUN_* set with 32-bit IFLA_IPTUN_FLAGS (IP6_TNL_F_*, ip6_tunnel.h); it sends no IFLA_IPTUN_TOS, PMTUDISC or 6RD_*.
    # The kernel's flags also carry its own capability bits (0x10000, 0x20000, 0x40000: not UAPI), shown unnamed
    0: {id: ifla_iptun_unspec, -nl-type: binary}
    1: {id: ifla_iptun_link, -nl-type: u32}
    2: {id: ifla_iptun_local, -nl-type: ipv6}
    3: {id: ifla_iptun_remote, -nl-type: ipv6}
    4: {id: ifla_iptun_ttl, -nl-type: u8}
    5: {id: ifla_iptun_tos, -nl-type: u8}
    6: {id: ifla_iptun_encap_limit, -nl-type: u8}
    7: {id: ifla_iptun_flowinfo, -nl-type: u32, -nl-byte-order: big}
    8: {id: ifla_iptun_flags, -nl-type: u32, -nl-flags: ip6_tnl_f}
    9: {id: ifla_iptun_proto, -nl-type: u8, -nl-enum: sock_diag_inet.ip_protocol}
    10: {id: ifla_iptun_pmtudisc, -nl-type: u8}
    11: {id: ifla_iptun_6rd_prefix, -nl-type: ipv6}
    12: {id: ifla_iptun_6rd_relay_prefix, -nl-type: ipv4}
    13: {id: ifla_iptun_6rd_prefixlen, -nl-type: u16}
    14: {id: ifla_iptun_6rd_relay_prefixlen, -nl-type: u16}
    15: {id: ifla_iptun_encap_type, -nl-type: u16, -nl-enum: tunnel_encap_types}
    16: {id: ifla_iptun_encap_flags, -nl-type: u16, -nl-flags: tunnel_encap_flag}
    17: {id: ifla_iptun_encap_sport, -nl-type: u16, -nl-byte-order: big}
    18: {id: ifla_iptun_encap_dport, -nl-type: u16, -nl-byte-order: big}
    19: {id: ifla_iptun_collect_metadata, -nl-type: flag}
    20: {id: ifla_iptun_fwmark, -nl-type: u32}
  ifla_gre_attr:
    # gre, gretap, erspan (IPv4 addresses) and ip6gre, ip6gretap, ip6erspan (IPv6): if_tunnel.h. IFLAGS/OFLAGS are the GRE header's
    # flags (GRE_CSUM 0x8000, GRE_KEY 0x2000, GRE_SEQ 0x1000 ...), IFLA_GRE_FLAGS ip6gre's IP6_TNL_F_*
    0: {id: ifla_gre_unspec, -nl-type: binary}
    1: {id: ifla_gre_link, -nl-type: u32}
    2: {id: ifla_gre_iflags, -nl-type: u16, -nl-byte-order: big}
    3: {id: ifla_gre_oflags, -nl-type: u16, -nl-byte-order: big}
    4: {id: ifla_gre_ikey, -nl-type: u32, -nl-byte-order: big}
    5: {id: ifla_gre_okey, -nl-type: u32, -nl-byte-order: big}
    6: {id: ifla_gre_local, -nl-type: ipaddr}
    7: {id: ifla_gre_remote, -nl-type: ipaddr}
    8: {id: ifla_gre_ttl, -nl-type: u8}
    9: {id: ifla_gre_tos, -nl-type: u8}
    10: {id: ifla_gre_pmtudisc, -nl-type: u8}
    11: {id: ifla_gre_encap_limit, -nl-type: u8}
    12: {id: ifla_gre_flowinfo, -nl-type: u32, -nl-byte-order: big}
    13: {id: ifla_gre_flags, -nl-type: u32, -nl-flags: ip6_tnl_f}
    14: {id: ifla_gre_encap_type, -nl-type: u16, -nl-enum: tunnel_encap_types}
    15: {id: ifla_gre_encap_flags, -nl-type: u16, -nl-flags: tunnel_encap_flag}
    16: {id: ifla_gre_encap_sport, -nl-type: u16, -nl-byte-order: big}
    17: {id: ifla_gre_encap_dport, -nl-type: u16, -nl-byte-order: big}
    18: {id: ifla_gre_collect_metadata, -nl-type: flag}
    19: {id: ifla_gre_ignore_df, -nl-type: u8}
    20: {id: ifla_gre_fwmark, -nl-type: u32}
    21: {id: ifla_gre_erspan_index, -nl-type: u32}
    22: {id: ifla_gre_erspan_ver, -nl-type: u8}
    23: {id: ifla_gre_erspan_dir, -nl-type: u8}
    24: {id: ifla_gre_erspan_hwid, -nl-type: u16}
  ifla_vti_attr:
    # vti (IPv4 addresses) and vti6 (IPv6)
    0: {id: ifla_vti_unspec, -nl-type: binary}
    1: {id: ifla_vti_link, -nl-type: u32}
    2: {id: ifla_vti_ikey, -nl-type: u32, -nl-byte-order: big}
    3: {id: ifla_vti_okey, -nl-type: u32, -nl-byte-order: big}
    4: {id: ifla_vti_local, -nl-type: ipaddr}
    5: {id: ifla_vti_remote, -nl-type: ipaddr}
    6: {id: ifla_vti_fwmark, -nl-type: u32}
  ifla_xdp_attr:
    0: {id: ifla_xdp_unspec, -nl-type: binary}
    1: {id: ifla_xdp_fd, -nl-type: s32}
    2: {id: ifla_xdp_attached, -nl-type: u8, -nl-enum: xdp_attached}
    3: {id: ifla_xdp_flags, -nl-type: u32, -nl-flags: xdp_flags}
    4: {id: ifla_xdp_prog_id, -nl-type: u32}
    5: {id: ifla_xdp_drv_prog_id, -nl-type: u32}
    6: {id: ifla_xdp_skb_prog_id, -nl-type: u32}
    7: {id: ifla_xdp_hw_prog_id, -nl-type: u32}
    8: {id: ifla_xdp_expected_fd, -nl-type: s32}
  ifla_vf_info_attr:
    0: {id: ifla_vf_info_unspec, -nl-type: binary}
    1: {id: ifla_vf_info, -nl-type: nest, -nl-nest: ifla_vf_attr}
  ifla_vf_attr:
    0: {id: ifla_vf_unspec, -nl-type: binary}
    1: {id: ifla_vf_mac, -nl-type: struct, -nl-struct: ifla_vf_mac}
    2: {id: ifla_vf_vlan, -nl-type: struct, -nl-struct: ifla_vf_vlan}
    3: {id: ifla_vf_tx_rate, -nl-type: struct, -nl-struct: ifla_vf_tx_rate}
    4: {id: ifla_vf_spoofchk, -nl-type: struct, -nl-struct: ifla_vf_setting}
    5: {id: ifla_vf_link_state, -nl-type: struct, -nl-struct: ifla_vf_setting}
    6: {id: ifla_vf_rate, -nl-type: struct, -nl-struct: ifla_vf_rate}
    7: {id: ifla_vf_rss_query_en, -nl-type: struct, -nl-struct: ifla_vf_setting}
    8: {id: ifla_vf_stats, -nl-type: nest, -nl-nest: ifla_vf_stats_attr}
    9: {id: ifla_vf_trust, -nl-type: struct, -nl-struct: ifla_vf_setting}
    10: {id: ifla_vf_ib_node_guid, -nl-type: struct, -nl-struct: ifla_vf_guid}
    11: {id: ifla_vf_ib_port_guid, -nl-type: struct, -nl-struct: ifla_vf_guid}
    12: {id: ifla_vf_vlan_list, -nl-type: nest, -nl-nest: ifla_vf_vlan_info_attr}
    13: {id: ifla_vf_broadcast, -nl-type: struct, -nl-struct: ifla_vf_broadcast}
  ifla_vf_vlan_info_attr:
    0: {id: ifla_vf_vlan_info_unspec, -nl-type: binary}
    1: {id: ifla_vf_vlan_info, -nl-type: struct, -nl-struct: ifla_vf_vlan_info}
  ifla_vf_stats_attr:
    0: {id: ifla_vf_stats_rx_packets, -nl-type: u64}
    1: {id: ifla_vf_stats_tx_packets, -nl-type: u64}
    2: {id: ifla_vf_stats_rx_bytes, -nl-type: u64}
    3: {id: ifla_vf_stats_tx_bytes, -nl-type: u64}
    4: {id: ifla_vf_stats_broadcast, -nl-type: u64}
    5: {id: ifla_vf_stats_multicast, -nl-type: u64}
    6: {id: ifla_vf_stats_pad, -nl-type: binary}
    7: {id: ifla_vf_stats_rx_dropped, -nl-type: u64}
    8: {id: ifla_vf_stats_tx_dropped, -nl-type: u64}
  ifla_vf_port_attr:
    0: {id: ifla_vf_port_unspec, -nl-type: binary}
    1: {id: ifla_vf_port, -nl-type: nest, -nl-nest: ifla_port_attr}
  ifla_port_attr:
    0: {id: ifla_port_unspec, -nl-type: binary}
    1: {id: ifla_port_vf, -nl-type: u32}
    2: {id: ifla_port_profile, -nl-type: string}
    3: {id: ifla_port_vsi_type, -nl-type: binary}
    4: {id: ifla_port_instance_uuid, -nl-type: binary}
    5: {id: ifla_port_host_uuid, -nl-type: binary}
    6: {id: ifla_port_request, -nl-type: u8}
    7: {id: ifla_port_response, -nl-type: u16}
  arphrd:
    # ARPHRD_* (if_arp.h): ARPHRD_HDLC is another name of ARPHRD_CISCO (513)
    0: arphrd_netrom
    1: arphrd_ether
    2: arphrd_eether
    3: arphrd_ax25
    4: arphrd_pronet
    5: arphrd_chaos
    6: arphrd_ieee802
    7: arphrd_arcnet
    8: arphrd_appletlk
    15: arphrd_dlci
    19: arphrd_atm
    23: arphrd_metricom
    24: arphrd_ieee1394
    27: arphrd_eui64
    32: arphrd_infiniband
    256: arphrd_slip
    257: arphrd_cslip
    258: arphrd_slip6
    259: arphrd_cslip6
    260: arphrd_rsrvd
    264: arphrd_adapt
    270: arphrd_rose
    271: arphrd_x25
    272: arphrd_hwx25
    280: arphrd_can
    290: arphrd_mctp
    512: arphrd_ppp
    513: arphrd_cisco
    516: arphrd_lapb
    517: arphrd_ddcmp
    518: arphrd_rawhdlc
    519: arphrd_rawip
    768: arphrd_tunnel
    769: arphrd_tunnel6
    770: arphrd_frad
    771: arphrd_skip
    772: arphrd_loopback
    773: arphrd_localtlk
    774: arphrd_fddi
    775: arphrd_bif
    776: arphrd_sit
    777: arphrd_ipddp
    778: arphrd_ipgre
    779: arphrd_pimreg
    780: arphrd_hippi
    781: arphrd_ash
    782: arphrd_econet
    783: arphrd_irda
    784: arphrd_fcpp
    785: arphrd_fcal
    786: arphrd_fcpl
    787: arphrd_fcfabric
    800: arphrd_ieee802_tr
    801: arphrd_ieee80211
    802: arphrd_ieee80211_prism
    803: arphrd_ieee80211_radiotap
    804: arphrd_ieee802154
    805: arphrd_ieee802154_monitor
    820: arphrd_phonet
    821: arphrd_phonet_pipe
    822: arphrd_caif
    823: arphrd_ip6gre
    824: arphrd_netlink
    825: arphrd_6lowpan
    826: arphrd_vsockmon
    65534: arphrd_none
    65535: arphrd_void
  iff:
    # net_device_flags IFF_* bits (if.h)
    1: iff_up
    2: iff_broadcast
    4: iff_debug
    8: iff_loopback
    16: iff_pointopoint
    32: iff_notrailers
    64: iff_running
    128: iff_noarp
    0x100: iff_promisc
    0x200: iff_allmulti
    0x400: iff_master
    0x800: iff_slave
    0x1000: iff_multicast
    0x2000: iff_portsel
    0x4000: iff_automedia
    0x8000: iff_dynamic
    0x10000: iff_lower_up
    0x20000: iff_dormant
    0x40000: iff_echo
  if_oper:
    # IF_OPER_* (if.h), RFC 2863 operational states
    0: if_oper_unknown
    1: if_oper_notpresent
    2: if_oper_down
    3: if_oper_lowerlayerdown
    4: if_oper_testing
    5: if_oper_dormant
    6: if_oper_up
  if_link_mode:
    # IF_LINK_MODE_* (if.h)
    0: if_link_mode_default
    1: if_link_mode_dormant
    2: if_link_mode_testing
  rtext_filter:
    # RTEXT_FILTER_* bits (rtnetlink.h)
    1: rtext_filter_vf
    2: rtext_filter_brvlan
    4: rtext_filter_brvlan_compressed
    8: rtext_filter_skip_stats
    16: rtext_filter_mrp
    32: rtext_filter_cfm_config
    64: rtext_filter_cfm_status
    128: rtext_filter_mst
    256: rtext_filter_name_only
  in6_addr_gen_mode:
    # enum in6_addr_gen_mode (if_link.h)
    0: in6_addr_gen_mode_eui64
    1: in6_addr_gen_mode_none
    2: in6_addr_gen_mode_stable_privacy
    3: in6_addr_gen_mode_random
  xdp_attached:
    # XDP_ATTACHED_* (if_link.h)
    0: xdp_attached_none
    1: xdp_attached_drv
    2: xdp_attached_skb
    3: xdp_attached_hw
    4: xdp_attached_multi
  xdp_flags:
    # XDP_FLAGS_* bits (if_link.h)
    1: xdp_flags_update_if_noexist
    2: xdp_flags_skb_mode
    4: xdp_flags_drv_mode
    8: xdp_flags_hw_mode
    16: xdp_flags_replace
  ifla_event:
    # IFLA_EVENT_* (if_link.h)
    0: ifla_event_none
    1: ifla_event_reboot
    2: ifla_event_features
    3: ifla_event_bonding_failover
    4: ifla_event_notify_peers
    5: ifla_event_igmp_resend
    6: ifla_event_bonding_options
  ifla_vxlan_df:
    # enum ifla_vxlan_df (if_link.h)
    0: vxlan_df_unset
    1: vxlan_df_set
    2: vxlan_df_inherit
  ifla_vxlan_label_policy:
    # enum ifla_vxlan_label_policy (if_link.h)
    0: vxlan_label_fixed
    1: vxlan_label_inherit
  br_stp_mode:
    # enum br_stp_mode (if_link.h)
    0: br_stp_mode_auto
    1: br_stp_mode_user
    2: br_stp_mode_kernel
  macvlan_mode:
    # enum macvlan_mode (if_link.h)
    1: macvlan_mode_private
    2: macvlan_mode_vepa
    4: macvlan_mode_bridge
    8: macvlan_mode_passthru
    16: macvlan_mode_source
  macvlan_macaddr_mode:
    # enum macvlan_macaddr_mode (if_link.h)
    0: macvlan_macaddr_add
    1: macvlan_macaddr_del
    2: macvlan_macaddr_flush
    3: macvlan_macaddr_set
  macvlan_flag:
    # MACVLAN_FLAG_* bits (if_link.h)
    1: macvlan_flag_nopromisc
    2: macvlan_flag_nodst
  macsec_validation_type:
    # enum macsec_validation_type (if_link.h)
    0: macsec_validate_disabled
    1: macsec_validate_check
    2: macsec_validate_strict
  macsec_offload:
    # enum macsec_offload (if_link.h)
    0: macsec_offload_off
    1: macsec_offload_phy
    2: macsec_offload_mac
  macsec_cipher_id:
    # MACSEC_CIPHER_ID_* (if_macsec.h); MACSEC_DEFAULT_CIPHER_ALT is GCM_AES_128 again
    0x0080C20001000001: macsec_cipher_id_gcm_aes_128
    0x0080C20001000002: macsec_cipher_id_gcm_aes_256
    0x0080C20001000003: macsec_cipher_id_gcm_aes_xpn_128
    0x0080C20001000004: macsec_cipher_id_gcm_aes_xpn_256
    0x0080020001000001: macsec_default_cipher_id
  ipvlan_mode:
    # enum ipvlan_mode (if_link.h)
    0: ipvlan_mode_l2
    1: ipvlan_mode_l3
    2: ipvlan_mode_l3s
  ipvlan_f:
    # IPVLAN_F_* bits (if_link.h)
    1: ipvlan_f_private
    2: ipvlan_f_vepa
  netkit_action:
    # enum netkit_action (if_link.h): the policies IFLA_NETKIT_POLICY takes are PASS and DROP
    -1: netkit_next
    0: netkit_pass
    2: netkit_drop
    7: netkit_redirect
  netkit_mode:
    # enum netkit_mode (if_link.h)
    0: netkit_l2
    1: netkit_l3
  netkit_pairing:
    # enum netkit_pairing (if_link.h)
    0: netkit_device_pair
    1: netkit_device_single
  netkit_scrub:
    # enum netkit_scrub (if_link.h)
    0: netkit_scrub_none
    1: netkit_scrub_default
  ifla_geneve_df:
    # enum ifla_geneve_df (if_link.h)
    0: geneve_df_unset
    1: geneve_df_set
    2: geneve_df_inherit
  ifla_gtp_role:
    # enum ifla_gtp_role (if_link.h)
    0: gtp_role_ggsn
    1: gtp_role_sgsn
  ipoib_mode:
    # IPOIB_MODE_* (if_link.h)
    0: ipoib_mode_datagram
    1: ipoib_mode_connected
  hsr_protocol:
    # HSR_PROTOCOL_* (if_link.h)
    0: hsr_protocol_hsr
    1: hsr_protocol_prp
  tun_type:
    # the device types of IFLA_TUN_TYPE (if_tun.h)
    1: iff_tun
    2: iff_tap
  rmnet_flags:
    # RMNET_FLAGS_* bits (if_link.h)
    1: rmnet_flags_ingress_deaggregation
    2: rmnet_flags_ingress_map_commands
    4: rmnet_flags_ingress_map_cksumv4
    8: rmnet_flags_egress_map_cksumv4
    16: rmnet_flags_ingress_map_cksumv5
    32: rmnet_flags_egress_map_cksumv5
  ovpn_mode:
    # enum ovpn_mode (if_link.h)
    0: ovpn_mode_p2p
    1: ovpn_mode_mp
  ifla_amt_mode:
    # enum ifla_amt_mode (amt.h)
    0: amt_mode_gateway
    1: amt_mode_relay
  tunnel_encap_types:
    # enum tunnel_encap_types (if_tunnel.h)
    0: tunnel_encap_none
    1: tunnel_encap_fou
    2: tunnel_encap_gue
    3: tunnel_encap_mpls
  tunnel_encap_flag:
    # TUNNEL_ENCAP_FLAG_* bits (if_tunnel.h)
    1: tunnel_encap_flag_csum
    2: tunnel_encap_flag_csum6
    4: tunnel_encap_flag_remcsum
  ip6_tnl_f:
    # IP6_TNL_F_* bits (ip6_tunnel.h)
    0x1: ip6_tnl_f_ign_encap_limit
    0x2: ip6_tnl_f_use_orig_tclass
    0x4: ip6_tnl_f_use_orig_flowlabel
    0x8: ip6_tnl_f_mip6_dev
    0x10: ip6_tnl_f_rcv_dscp_copy
    0x20: ip6_tnl_f_use_orig_fwmark
    0x40: ip6_tnl_f_allow_local_remote
  eth_p:
    # ETH_P_* (if_ether.h): the VLAN protocols, bareudp's ethertype; ETH_P_802_3_MIN (0x0600) is a bound, not a protocol
    0x0001: eth_p_802_3
    0x0002: eth_p_ax25
    0x0003: eth_p_all
    0x0004: eth_p_802_2
    0x0005: eth_p_snap
    0x0006: eth_p_ddcmp
    0x0007: eth_p_wan_ppp
    0x0008: eth_p_ppp_mp
    0x0009: eth_p_localtalk
    0x000C: eth_p_can
    0x000D: eth_p_canfd
    0x000E: eth_p_canxl
    0x0010: eth_p_ppptalk
    0x0011: eth_p_tr_802_2
    0x0015: eth_p_mobitex
    0x0016: eth_p_control
    0x0017: eth_p_irda
    0x0018: eth_p_econet
    0x0019: eth_p_hdlc
    0x001A: eth_p_arcnet
    0x001B: eth_p_dsa
    0x001C: eth_p_trailer
    0x0060: eth_p_loop
    0x00F5: eth_p_phonet
    0x00F6: eth_p_ieee802154
    0x00F7: eth_p_caif
    0x00F8: eth_p_xdsa
    0x00F9: eth_p_map
    0x00FA: eth_p_mctp
    0x00FE: eth_p_gre_osi
    0x0200: eth_p_pup
    0x0201: eth_p_pupat
    0x0800: eth_p_ip
    0x0805: eth_p_x25
    0x0806: eth_p_arp
    0x08FF: eth_p_bpq
    0x0A00: eth_p_ieeepup
    0x0A01: eth_p_ieeepupat
    0x22EB: eth_p_erspan2
    0x22F0: eth_p_tsn
    0x4305: eth_p_batman
    0x6000: eth_p_dec
    0x6001: eth_p_dna_dl
    0x6002: eth_p_dna_rc
    0x6003: eth_p_dna_rt
    0x6004: eth_p_lat
    0x6005: eth_p_diag
    0x6006: eth_p_cust
    0x6007: eth_p_sca
    0x6558: eth_p_teb
    0x8035: eth_p_rarp
    0x809B: eth_p_atalk
    0x80F3: eth_p_aarp
    0x8100: eth_p_8021q
    0x8137: eth_p_ipx
    0x86DD: eth_p_ipv6
    0x8808: eth_p_pause
    0x8809: eth_p_slow
    0x883E: eth_p_wccp
    0x8847: eth_p_mpls_uc
    0x8848: eth_p_mpls_mc
    0x884C: eth_p_atmmpoa
    0x8863: eth_p_ppp_disc
    0x8864: eth_p_ppp_ses
    0x886C: eth_p_link_ctl
    0x8870: eth_p_8021ac
    0x8884: eth_p_atmfate
    0x888E: eth_p_pae
    0x8892: eth_p_profinet
    0x8899: eth_p_realtek
    0x88A2: eth_p_aoe
    0x88A4: eth_p_ethercat
    0x88A8: eth_p_8021ad
    0x88B5: eth_p_802_ex1
    0x88BE: eth_p_erspan
    0x88C3: eth_p_mxlgsw
    0x88C7: eth_p_preauth
    0x88CA: eth_p_tipc
    0x88CC: eth_p_lldp
    0x88E3: eth_p_mrp
    0x88E5: eth_p_macsec
    0x88E7: eth_p_8021ah
    0x88F5: eth_p_mvrp
    0x88F7: eth_p_1588
    0x88F8: eth_p_ncsi
    0x88FB: eth_p_prp
    0x8902: eth_p_cfm
    0x8906: eth_p_fcoe
    0x890D: eth_p_tdls
    0x8914: eth_p_fip
    0x8915: eth_p_iboe
    0x8917: eth_p_80221
    0x892F: eth_p_hsr
    0x894F: eth_p_nsh
    0x9000: eth_p_loopback
    0x9100: eth_p_qinq1
    0x9200: eth_p_qinq2
    0x9300: eth_p_qinq3
    0x9988: eth_p_yt921x
    0xDADA: eth_p_edsa
    0xDADB: eth_p_dsa_8021q
    0xE001: eth_p_dsa_a5psw
    0xED3E: eth_p_ife
    0xFBFB: eth_p_af_iucv
    0xFD3A: eth_p_nxp_netc
