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
  (submsg): bridge, vlan, bond, vxlan and veth have sets; dummy, nlmon and wireguard links send
  no IFLA_INFO_DATA at all. IFLA_INFO_SLAVE_DATA likewise by IFLA_INFO_SLAVE_KIND (bridge and
  bond ports).

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
  /usr/include/linux/if_ether.h
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
    26: {id: ifla_af_spec, -nl-type: nest, -nl-nest: ifla_af_spec_attr}
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
    62: {id: ifla_devlink_port, -nl-type: nest, -nl-nest: ifla_devlink_port_attr}
    63: {id: ifla_gso_ipv4_max_size, -nl-type: u32}
    64: {id: ifla_gro_ipv4_max_size, -nl-type: u32}
    65: {id: ifla_dpll_pin, -nl-type: nest, -nl-nest: ifla_dpll_pin_attr}
    66: {id: ifla_max_pacing_offload_horizon, -nl-type: uint}
    67: {id: ifla_netns_immutable, -nl-type: u8}
    68: {id: ifla_headroom, -nl-type: u16}
    69: {id: ifla_tailroom, -nl-type: u16}
  ifla_devlink_port_attr:
    # the devlink port's handle (linux/devlink.h enum devlink_attr)
    1: {id: devlink_attr_bus_name, -nl-type: string}
    2: {id: devlink_attr_dev_name, -nl-type: string}
    3: {id: devlink_attr_port_index, -nl-type: u32}
  ifla_dpll_pin_attr:
    # the pin's handle (linux/dpll.h enum dpll_a_pin)
    1: {id: dpll_a_pin_id, -nl-type: u32}
  ifla_proto_down_reason_attr:
    0: {id: ifla_proto_down_reason_unspec, -nl-type: binary}
    1: {id: ifla_proto_down_reason_mask, -nl-type: u32}
    2: {id: ifla_proto_down_reason_value, -nl-type: u32}
  ifla_af_spec_attr:
    # IFLA_AF_SPEC of AF_UNSPEC link messages: one nest per address family (linux_common.address_family)
    2: {id: af_inet, -nl-type: nest, -nl-nest: ifla_inet_attr}
    10: {id: af_inet6, -nl-type: nest, -nl-nest: ifla_inet6_attr}
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
    # IFLA_INFO_XSTATS is kind specific (bond: IFLA_BOND_XSTATS_*), shown as bytes
    0: {id: ifla_info_unspec, -nl-type: binary}
    1: {id: ifla_info_kind, -nl-type: string}
    2: {id: ifla_info_data, -nl-type: submsg, -nl-selector: IFLA_INFO_KIND, -nl-submsg: {bridge: ifla_br_attr, vlan: ifla_vlan_attr, bond: ifla_bond_attr, vxlan: ifla_vxlan_attr, veth: veth_info_attr}}
    3: {id: ifla_info_xstats, -nl-type: binary}
    4: {id: ifla_info_slave_kind, -nl-type: string}
    5: {id: ifla_info_slave_data, -nl-type: submsg, -nl-selector: IFLA_INFO_SLAVE_KIND, -nl-submsg: {bridge: ifla_brport_attr, bond: ifla_bond_slave_attr}}
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
  eth_p:
    # the VLAN protocols (ETH_P_*, if_ether.h)
    33024: eth_p_8021q
    34984: eth_p_8021ad
