meta:
  id: rtnetlink_bridge
  title: "Bridge VLAN and multicast database messages: BRIDGE_VLANDB_*, MDBA_*, MDBE_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The attributes of the bridge's VLAN messages (RTM_NEWVLAN, DELVLAN, GETVLAN after struct br_vlan_msg: `bridge -d
  vlan show`, `bridge vlan global show`, `bridge vlan set ... state`) and of its multicast database (RTM_NEWMDB, DELMDB,
  GETMDB after struct br_port_msg: `bridge mdb show|add|del`; the kernel answers a dump with RTM_GETMDB),
  linux/if_bridge.h of Linux 7.2.
  A VLAN dump request carries BRIDGE_VLANDB_DUMP_FLAGS; each answer a BRIDGE_VLANDB_ENTRY per VLAN (or range) of a
  port, or with the global flag a BRIDGE_VLANDB_GLOBAL_OPTIONS per VLAN of the bridge.
  The kernel's MDB answers nest MDBA_MDB { MDBA_MDB_ENTRY { MDBA_MDB_ENTRY_INFO } }, where ENTRY_INFO is a struct
  br_mdb_entry followed by MDBA_MDB_EATTR_* attributes, and MDBA_ROUTER { MDBA_ROUTER_PORT }, a u32 ifindex
  followed by MDBA_ROUTER_PATTR_*. Requests are another set with the same numbers (MDBA_SET_ENTRY, the entry to
  add or delete, and MDBE_ATTR_* in MDBA_SET_ENTRY_ATTRS; a 7.2 get: MDBA_GET_ENTRY): rtnetlink_message gives
  them as -nl-request-attrs. br_mdb_entry's address is a union of an IPv4, IPv6 or MAC address, whose proto
  (ETH_P_IP, ETH_P_IPV6, 0 for a MAC) says which, shown as its 16 bytes.
doc-ref: /usr/include/linux/if_bridge.h
params:
  - id: is_le
    type: bool
types:
  bridge_vlan_info:
    doc: struct bridge_vlan_info (BRIDGE_VLANDB_ENTRY_INFO)
    seq:
      - {id: flags, type: u2, -nl-flags: bridge_vlan_info_flags}
      - {id: vid, type: u2}
  br_mdb_entry:
    doc: struct br_mdb_entry (MDBA_MDB_ENTRY_INFO, MDBA_SET_ENTRY, MDBA_GET_ENTRY); the C compiler pads it to 28 bytes
    seq:
      - {id: ifindex, type: u4}
      - {id: state, type: u1, -nl-enum: mdb_state}
      - {id: flags, type: u1, -nl-flags: mdb_flags}
      - {id: vid, type: u2}
      - {id: addr_u, size: 16, doc: "the group: 4 bytes of an IPv4 address, 16 of an IPv6 one, or 6 of a MAC, by addr_proto"}
      - {id: addr_proto, type: u2be, -nl-enum: rtnetlink_link.eth_p}
      - {id: pad, size: 2}
  mdba_router_port:
    doc: the u32 ifindex that starts an MDBA_ROUTER_PORT, before its MDBA_ROUTER_PATTR_* attributes
    seq:
      - {id: ifindex, type: u4}
enums:
  bridge_vlan_info_flags:
    0x1: bridge_vlan_info_master
    0x2: bridge_vlan_info_pvid
    0x4: bridge_vlan_info_untagged
    0x8: bridge_vlan_info_range_begin
    0x10: bridge_vlan_info_range_end
    0x20: bridge_vlan_info_brentry
    0x40: bridge_vlan_info_only_opts
  br_state:
    0: br_state_disabled
    1: br_state_listening
    2: br_state_learning
    3: br_state_forwarding
    4: br_state_blocking
  bridge_vlandb_dump_attr:
    0: {id: bridge_vlandb_dump_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_dump_flags, -nl-type: u32, -nl-flags: bridge_vlandb_dumpf}
  bridge_vlandb_dumpf:
    0x1: bridge_vlandb_dumpf_stats
    0x2: bridge_vlandb_dumpf_global
  bridge_vlandb_attr:
    0: {id: bridge_vlandb_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_entry, -nl-type: nest, -nl-nest: bridge_vlandb_entry_attr}
    2: {id: bridge_vlandb_global_options, -nl-type: nest, -nl-nest: bridge_vlandb_gopts_attr}
  bridge_vlandb_entry_attr:
    0: {id: bridge_vlandb_entry_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_entry_info, -nl-type: struct, -nl-struct: bridge_vlan_info}
    2: {id: bridge_vlandb_entry_range, -nl-type: u16}
    3: {id: bridge_vlandb_entry_state, -nl-type: u8, -nl-enum: br_state}
    4: {id: bridge_vlandb_entry_tunnel_info, -nl-type: nest, -nl-nest: bridge_vlandb_tinfo_attr}
    5: {id: bridge_vlandb_entry_stats, -nl-type: nest, -nl-nest: bridge_vlandb_stats_attr}
    6: {id: bridge_vlandb_entry_mcast_router, -nl-type: u8, -nl-enum: mdb_rtr_type}
    7: {id: bridge_vlandb_entry_mcast_n_groups, -nl-type: u32}
    8: {id: bridge_vlandb_entry_mcast_max_groups, -nl-type: u32}
    9: {id: bridge_vlandb_entry_neigh_suppress, -nl-type: u8}
    10: {id: bridge_vlandb_entry_neigh_forward_grat, -nl-type: u8}
  bridge_vlandb_tinfo_attr:
    0: {id: bridge_vlandb_tinfo_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_tinfo_id, -nl-type: u32}
    2: {id: bridge_vlandb_tinfo_cmd, -nl-type: u32, -nl-enum: rtnetlink_message.rtm_type}
  bridge_vlandb_stats_attr:
    0: {id: bridge_vlandb_stats_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_stats_rx_bytes, -nl-type: u64}
    2: {id: bridge_vlandb_stats_rx_packets, -nl-type: u64}
    3: {id: bridge_vlandb_stats_tx_bytes, -nl-type: u64}
    4: {id: bridge_vlandb_stats_tx_packets, -nl-type: u64}
    5: {id: bridge_vlandb_stats_pad, -nl-type: binary}
  bridge_vlandb_gopts_attr:
    0: {id: bridge_vlandb_gopts_unspec, -nl-type: binary}
    1: {id: bridge_vlandb_gopts_id, -nl-type: u16}
    2: {id: bridge_vlandb_gopts_range, -nl-type: u16}
    3: {id: bridge_vlandb_gopts_mcast_snooping, -nl-type: u8}
    4: {id: bridge_vlandb_gopts_mcast_igmp_version, -nl-type: u8}
    5: {id: bridge_vlandb_gopts_mcast_mld_version, -nl-type: u8}
    6: {id: bridge_vlandb_gopts_mcast_last_member_cnt, -nl-type: u32}
    7: {id: bridge_vlandb_gopts_mcast_startup_query_cnt, -nl-type: u32}
    8: {id: bridge_vlandb_gopts_mcast_last_member_intvl, -nl-type: u64}
    9: {id: bridge_vlandb_gopts_pad, -nl-type: binary}
    10: {id: bridge_vlandb_gopts_mcast_membership_intvl, -nl-type: u64}
    11: {id: bridge_vlandb_gopts_mcast_querier_intvl, -nl-type: u64}
    12: {id: bridge_vlandb_gopts_mcast_query_intvl, -nl-type: u64}
    13: {id: bridge_vlandb_gopts_mcast_query_response_intvl, -nl-type: u64}
    14: {id: bridge_vlandb_gopts_mcast_startup_query_intvl, -nl-type: u64}
    15: {id: bridge_vlandb_gopts_mcast_querier, -nl-type: u8}
    16: {id: bridge_vlandb_gopts_mcast_router_ports, -nl-type: nest, -nl-nest: mdba_router_attr}
    17: {id: bridge_vlandb_gopts_mcast_querier_state, -nl-type: nest, -nl-nest: rtnetlink_link.bridge_querier_attr}
    18: {id: bridge_vlandb_gopts_msti, -nl-type: u16}
  mdb_state:
    0: mdb_temporary
    1: mdb_permanent
  mdb_flags:
    0x1: mdb_flags_offload
    0x2: mdb_flags_fast_leave
    0x4: mdb_flags_star_excl
    0x8: mdb_flags_blocked
    0x10: mdb_flags_offload_failed
  mdb_rtr_type:
    0: mdb_rtr_type_disabled
    1: mdb_rtr_type_temp_query
    2: mdb_rtr_type_perm
    3: mdb_rtr_type_temp
  mcast_mode:
    # linux/in.h MCAST_EXCLUDE / MCAST_INCLUDE: an entry's filter mode
    0: mcast_exclude
    1: mcast_include
  mdba_attr:
    0: {id: mdba_unspec, -nl-type: binary}
    1: {id: mdba_mdb, -nl-type: nest, -nl-nest: mdba_mdb_attr}
    2: {id: mdba_router, -nl-type: nest, -nl-nest: mdba_router_attr}
  mdba_mdb_attr:
    0: {id: mdba_mdb_unspec, -nl-type: binary}
    1: {id: mdba_mdb_entry, -nl-type: nest, -nl-nest: mdba_mdb_entry_attr}
  mdba_mdb_entry_attr:
    0: {id: mdba_mdb_entry_unspec, -nl-type: binary}
    1: {id: mdba_mdb_entry_info, -nl-type: struct-attrs, -nl-struct: br_mdb_entry, -nl-nest: mdba_mdb_eattr_attr}
  mdba_mdb_eattr_attr:
    0: {id: mdba_mdb_eattr_unspec, -nl-type: binary}
    1: {id: mdba_mdb_eattr_timer, -nl-type: u32}
    2: {id: mdba_mdb_eattr_src_list, -nl-type: nest, -nl-nest: mdba_mdb_srclist_attr}
    3: {id: mdba_mdb_eattr_group_mode, -nl-type: u8, -nl-enum: mcast_mode}
    4: {id: mdba_mdb_eattr_source, -nl-type: ipaddr}
    5: {id: mdba_mdb_eattr_rtprot, -nl-type: u8, -nl-enum: rtnetlink_route.rtprot}
    6: {id: mdba_mdb_eattr_dst, -nl-type: ipaddr}
    7: {id: mdba_mdb_eattr_dst_port, -nl-type: u16, -nl-byte-order: big}
    8: {id: mdba_mdb_eattr_vni, -nl-type: u32}
    9: {id: mdba_mdb_eattr_ifindex, -nl-type: u32}
    10: {id: mdba_mdb_eattr_src_vni, -nl-type: u32}
  mdba_mdb_srclist_attr:
    0: {id: mdba_mdb_srclist_unspec, -nl-type: binary}
    1: {id: mdba_mdb_srclist_entry, -nl-type: nest, -nl-nest: mdba_mdb_srcattr_attr}
  mdba_mdb_srcattr_attr:
    0: {id: mdba_mdb_srcattr_unspec, -nl-type: binary}
    1: {id: mdba_mdb_srcattr_address, -nl-type: ipaddr}
    2: {id: mdba_mdb_srcattr_timer, -nl-type: u32}
  mdba_router_attr:
    0: {id: mdba_router_unspec, -nl-type: binary}
    1: {id: mdba_router_port, -nl-type: struct-attrs, -nl-struct: mdba_router_port, -nl-nest: mdba_router_pattr_attr}
  mdba_router_pattr_attr:
    0: {id: mdba_router_pattr_unspec, -nl-type: binary}
    1: {id: mdba_router_pattr_timer, -nl-type: u32}
    2: {id: mdba_router_pattr_type, -nl-type: u8, -nl-enum: mdb_rtr_type}
    3: {id: mdba_router_pattr_inet_timer, -nl-type: u32}
    4: {id: mdba_router_pattr_inet6_timer, -nl-type: u32}
    5: {id: mdba_router_pattr_vid, -nl-type: u16}
  mdba_set_entry_attr:
    0: {id: mdba_set_entry_unspec, -nl-type: binary}
    1: {id: mdba_set_entry, -nl-type: struct, -nl-struct: br_mdb_entry}
    2: {id: mdba_set_entry_attrs, -nl-type: nest, -nl-nest: mdbe_attr}
  mdba_get_entry_attr:
    0: {id: mdba_get_entry_unspec, -nl-type: binary}
    1: {id: mdba_get_entry, -nl-type: struct, -nl-struct: br_mdb_entry}
    2: {id: mdba_get_entry_attrs, -nl-type: nest, -nl-nest: mdbe_attr}
  mdbe_attr:
    0: {id: mdbe_attr_unspec, -nl-type: binary}
    1: {id: mdbe_attr_source, -nl-type: ipaddr}
    2: {id: mdbe_attr_src_list, -nl-type: nest, -nl-nest: mdbe_src_list_attr}
    3: {id: mdbe_attr_group_mode, -nl-type: u8, -nl-enum: mcast_mode}
    4: {id: mdbe_attr_rtprot, -nl-type: u8, -nl-enum: rtnetlink_route.rtprot}
    5: {id: mdbe_attr_dst, -nl-type: ipaddr}
    6: {id: mdbe_attr_dst_port, -nl-type: u16, -nl-byte-order: big}
    7: {id: mdbe_attr_vni, -nl-type: u32}
    8: {id: mdbe_attr_ifindex, -nl-type: u32}
    9: {id: mdbe_attr_src_vni, -nl-type: u32}
    10: {id: mdbe_attr_state_mask, -nl-type: u8, doc: "which bits of br_mdb_entry.state a bulk delete matches"}
  mdbe_src_list_attr:
    0: {id: mdbe_src_list_unspec, -nl-type: binary}
    1: {id: mdbe_src_list_entry, -nl-type: nest, -nl-nest: mdbe_srcattr_attr}
  mdbe_srcattr_attr:
    0: {id: mdbe_srcattr_unspec, -nl-type: binary}
    1: {id: mdbe_srcattr_address, -nl-type: ipaddr}
