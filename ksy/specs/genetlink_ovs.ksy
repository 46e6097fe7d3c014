meta:
  id: genetlink_ovs
  title: "Generic netlink families ovs_datapath, ovs_vport, ovs_flow, ovs_packet, ovs_meter, ovs_ct_limit: OVS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Open vSwitch's kernel datapath (module openvswitch). Every message of its families carries a struct ovs_header
  after genlmsghdr (the datapath's ifindex; 0 where none is meant), then attributes: the family entries in
  genetlink_message.ksy name it with -nl-fixed-header. ovs_datapath creates, deletes, lists and changes datapaths
  (OVS_DP_CMD_*), ovs_vport their ports (OVS_VPORT_CMD_*); the kernel announces each change on the family's group
  of the same name.

  ovs_flow (OVS_FLOW_CMD_*) installs, lists and removes flows: a flow key (OVS_FLOW_ATTR_KEY, the OVS_KEY_ATTR_*
  set: in_port, Ethernet addresses, EtherType, the IPv4/IPv6 header, the transport ports ... each a struct
  ovs_key_* of the header; OVS_KEY_ATTR_ENCAP holds the same set again for what is inside a VLAN tag), its mask
  (OVS_FLOW_ATTR_MASK, the same set with the bits to match set), the actions (OVS_FLOW_ATTR_ACTIONS, the
  OVS_ACTION_ATTR_* set) and, in the kernel's answers, the statistics and last-used time. Key fields the
  header gives as __be16/__be32 (ports, EtherType, VLAN TCI, addresses, labels) are big-endian whatever the host.
  OVS_ACTION_ATTR_SET holds one key attribute with the value to write; OVS_ACTION_ATTR_SET_MASKED one whose
  value is followed by a mask of the same size (ovs_key_attr_masked: a struct key reads as [0] the value, [1]
  the mask). New, changed and deleted flows are notified to group ovs_flow.
  ovs_packet's OVS_PACKET_CMD_EXECUTE hands the kernel a packet with a key and actions to apply; the kernel
  sends OVS_PACKET_CMD_MISS (no flow matched) and OVS_PACKET_CMD_ACTION (an OVS_ACTION_ATTR_USERSPACE action)
  to the Netlink port the vport or the action names, not to a group.
  ovs_meter (OVS_METER_CMD_*) reads the datapath's meter features and adds, reads and removes meters with
  their bands; ovs_ct_limit (OVS_CT_LIMIT_CMD_*) sets, reads and removes conntrack connection limits per zone
  (struct ovs_zone_limit; zone -1 is the default limit). Both answer the requester only (their groups received
  nothing in the 7.2 and 6.12 captures).
doc-ref: /usr/include/linux/openvswitch.h, /usr/include/linux/netfilter/nf_conntrack_common.h
params:
  - id: is_le
    type: bool
types:
  ovs_header:
    doc: struct ovs_header, after genlmsghdr in every message of the ovs_* families
    seq:
      - {id: dp_ifindex, type: s4}
  ovs_dp_stats:
    seq:
      - {id: n_hit, type: u8}
      - {id: n_missed, type: u8}
      - {id: n_lost, type: u8}
      - {id: n_flows, type: u8}
  ovs_dp_megaflow_stats:
    seq:
      - {id: n_mask_hit, type: u8}
      - {id: n_masks, type: u4}
      - {id: pad0, type: u4}
      - {id: n_cache_hit, type: u8}
      - {id: pad1, type: u8}
  ovs_vport_stats:
    seq:
      - {id: rx_packets, type: u8}
      - {id: tx_packets, type: u8}
      - {id: rx_bytes, type: u8}
      - {id: tx_bytes, type: u8}
      - {id: rx_errors, type: u8}
      - {id: tx_errors, type: u8}
      - {id: rx_dropped, type: u8}
      - {id: tx_dropped, type: u8}
  ovs_flow_stats:
    doc: struct ovs_flow_stats (OVS_FLOW_ATTR_STATS, and a meter's and a band's OVS_*_ATTR_STATS)
    seq:
      - {id: n_packets, type: u8}
      - {id: n_bytes, type: u8}
  ovs_key_ethernet:
    seq:
      - {id: eth_src, size: 6, -nl-type: lladdr}
      - {id: eth_dst, size: 6, -nl-type: lladdr}
  ovs_key_mpls:
    seq:
      - {id: mpls_lse, type: u4be, doc: "label << 12 | traffic class << 9 | bottom of stack << 8 | TTL"}
  ovs_key_ipv4:
    seq:
      - {id: ipv4_src, size: 4, -nl-type: ipv4}
      - {id: ipv4_dst, size: 4, -nl-type: ipv4}
      - {id: ipv4_proto, type: u1, -nl-enum: rtnetlink_route.ip_proto}
      - {id: ipv4_tos, type: u1}
      - {id: ipv4_ttl, type: u1}
      - {id: ipv4_frag, type: u1, -nl-enum: ovs_frag_type}
  ovs_key_ipv6:
    seq:
      - {id: ipv6_src, size: 16, -nl-type: ipv6}
      - {id: ipv6_dst, size: 16, -nl-type: ipv6}
      - {id: ipv6_label, type: u4be, doc: the flow label in the low 20 bits}
      - {id: ipv6_proto, type: u1, -nl-enum: rtnetlink_route.ip_proto}
      - {id: ipv6_tclass, type: u1}
      - {id: ipv6_hlimit, type: u1}
      - {id: ipv6_frag, type: u1, -nl-enum: ovs_frag_type}
  ovs_key_ipv6_exthdrs:
    seq:
      - {id: hdrs, type: u2}
  ovs_key_tcp:
    seq:
      - {id: tcp_src, type: u2be}
      - {id: tcp_dst, type: u2be}
  ovs_key_udp:
    seq:
      - {id: udp_src, type: u2be}
      - {id: udp_dst, type: u2be}
  ovs_key_sctp:
    seq:
      - {id: sctp_src, type: u2be}
      - {id: sctp_dst, type: u2be}
  ovs_key_icmp:
    seq:
      - {id: icmp_type, type: u1}
      - {id: icmp_code, type: u1}
  ovs_key_icmpv6:
    seq:
      - {id: icmpv6_type, type: u1}
      - {id: icmpv6_code, type: u1}
  ovs_key_arp:
    seq:
      - {id: arp_sip, size: 4, -nl-type: ipv4}
      - {id: arp_tip, size: 4, -nl-type: ipv4}
      - {id: arp_op, type: u2be}
      - {id: arp_sha, size: 6, -nl-type: lladdr}
      - {id: arp_tha, size: 6, -nl-type: lladdr}
      - {id: pad, size: 2, doc: "the compiler's, to the __be32 members' alignment (sizeof is 24)"}
  ovs_key_nd:
    seq:
      - {id: nd_target, size: 16, -nl-type: ipv6}
      - {id: nd_sll, size: 6, -nl-type: lladdr}
      - {id: nd_tll, size: 6, -nl-type: lladdr}
  ovs_key_ct_labels:
    doc: the 128 label bits (the header's union also reads them as four __u32)
    seq:
      - {id: ct_labels, size: 16}
  ovs_key_ct_tuple_ipv4:
    doc: struct ovs_key_ct_tuple_ipv4 (16 bytes with the compiler's padding)
    seq:
      - {id: ipv4_src, size: 4, -nl-type: ipv4}
      - {id: ipv4_dst, size: 4, -nl-type: ipv4}
      - {id: src_port, type: u2be}
      - {id: dst_port, type: u2be}
      - {id: ipv4_proto, type: u1, -nl-enum: rtnetlink_route.ip_proto}
      - {id: pad, size: 3}
  ovs_key_ct_tuple_ipv6:
    seq:
      - {id: ipv6_src, size: 16, -nl-type: ipv6}
      - {id: ipv6_dst, size: 16, -nl-type: ipv6}
      - {id: src_port, type: u2be}
      - {id: dst_port, type: u2be}
      - {id: ipv6_proto, type: u1, -nl-enum: rtnetlink_route.ip_proto}
      - {id: pad, size: 3}
  ovs_nsh_key_base:
    seq:
      - {id: flags, type: u1}
      - {id: ttl, type: u1}
      - {id: mdtype, type: u1}
      - {id: np, type: u1}
      - {id: path_hdr, type: u4be, doc: "service path id << 8 | service index"}
  ovs_nsh_key_md1:
    seq:
      - {id: context_0, type: u4be}
      - {id: context_1, type: u4be}
      - {id: context_2, type: u4be}
      - {id: context_3, type: u4be}
  ovs_masked_u32:
    doc: "a u32 value followed by a u32 mask, as the header describes OVS_CT_ATTR_MARK and a 32-bit key of OVS_ACTION_ATTR_SET_MASKED (no struct of its own there)"
    seq:
      - {id: value, type: u4}
      - {id: mask, type: u4}
  ovs_action_trunc:
    seq:
      - {id: max_len, type: u4}
  ovs_action_push_mpls:
    seq:
      - {id: mpls_lse, type: u4be}
      - {id: mpls_ethertype, type: u2be, -nl-enum: rtnetlink_link.eth_p}
      - {id: pad, size: 2, doc: "the compiler's (sizeof is 8)"}
  ovs_action_add_mpls:
    seq:
      - {id: mpls_lse, type: u4be}
      - {id: mpls_ethertype, type: u2be, -nl-enum: rtnetlink_link.eth_p}
      - {id: tun_flags, type: u2, -nl-flags: ovs_mpls_l3_tunnel_flag}
  ovs_action_push_vlan:
    seq:
      - {id: vlan_tpid, type: u2be, -nl-enum: rtnetlink_link.eth_p}
      - {id: vlan_tci, type: u2be, doc: "priority << 13 | CFI 0x1000 | VLAN id"}
  ovs_action_hash:
    seq:
      - {id: hash_alg, type: u4, -nl-enum: ovs_hash_alg}
      - {id: hash_basis, type: u4}
  ovs_action_push_eth:
    doc: struct ovs_action_push_eth, its struct ovs_key_ethernet addresses written out
    seq:
      - {id: addresses_eth_src, size: 6, -nl-type: lladdr}
      - {id: addresses_eth_dst, size: 6, -nl-type: lladdr}
  ovs_zone_limit:
    doc: one zone's limit in OVS_CT_LIMIT_ATTR_ZONE_LIMIT; count is the zone's connections (in the kernel's answers)
    seq:
      - {id: zone_id, type: s4, doc: "the conntrack zone, -1 (OVS_ZONE_LIMIT_DEFAULT_ZONE) for the default limit"}
      - {id: limit, type: u4, doc: 0 is no limit}
      - {id: count, type: u4}
enums:
  ovs_datapath_cmd:
    0: {id: ovs_dp_cmd_unspec, -nl-kind: other}
    1: {id: ovs_dp_cmd_new, -nl-kind: new, -nl-group: ovs_datapath}
    2: {id: ovs_dp_cmd_del, -nl-kind: delete, -nl-group: ovs_datapath}
    3: {id: ovs_dp_cmd_get, -nl-kind: get}
    4: {id: ovs_dp_cmd_set, -nl-kind: new, -nl-group: ovs_datapath}
  ovs_datapath_attr:
    0: {id: ovs_dp_attr_unspec, -nl-type: binary}
    1: {id: ovs_dp_attr_name, -nl-type: string}
    2: {id: ovs_dp_attr_upcall_pid, -nl-type: u32}
    3: {id: ovs_dp_attr_stats, -nl-type: struct, -nl-struct: ovs_dp_stats}
    4: {id: ovs_dp_attr_megaflow_stats, -nl-type: struct, -nl-struct: ovs_dp_megaflow_stats}
    5: {id: ovs_dp_attr_user_features, -nl-type: u32, -nl-flags: ovs_dp_f}
    6: {id: ovs_dp_attr_pad, -nl-type: binary}
    7: {id: ovs_dp_attr_masks_cache_size, -nl-type: u32}
    8: {id: ovs_dp_attr_per_cpu_pids, -nl-type: binary, doc: "one u32 Netlink port id per CPU"}
    9: {id: ovs_dp_attr_ifindex, -nl-type: u32}
  ovs_dp_f:
    0x1: ovs_dp_f_unaligned
    0x2: ovs_dp_f_vport_pids
    0x4: ovs_dp_f_tc_recirc_sharing
    0x8: ovs_dp_f_dispatch_upcall_per_cpu
  ovs_vport_cmd:
    0: {id: ovs_vport_cmd_unspec, -nl-kind: other}
    1: {id: ovs_vport_cmd_new, -nl-kind: new, -nl-group: ovs_vport}
    2: {id: ovs_vport_cmd_del, -nl-kind: delete, -nl-group: ovs_vport}
    3: {id: ovs_vport_cmd_get, -nl-kind: get}
    4: {id: ovs_vport_cmd_set, -nl-kind: new, -nl-group: ovs_vport}
  ovs_vport_type:
    0: ovs_vport_type_unspec
    1: ovs_vport_type_netdev
    2: ovs_vport_type_internal
    3: ovs_vport_type_gre
    4: ovs_vport_type_vxlan
    5: ovs_vport_type_geneve
  ovs_vport_attr:
    0: {id: ovs_vport_attr_unspec, -nl-type: binary}
    1: {id: ovs_vport_attr_port_no, -nl-type: u32}
    2: {id: ovs_vport_attr_type, -nl-type: u32, -nl-enum: ovs_vport_type}
    3: {id: ovs_vport_attr_name, -nl-type: string}
    4: {id: ovs_vport_attr_options, -nl-type: nest, -nl-nest: ovs_tunnel_attr}
    5: {id: ovs_vport_attr_upcall_pid, -nl-type: binary, doc: "u32 Netlink port ids that receive this port's upcalls"}
    6: {id: ovs_vport_attr_stats, -nl-type: struct, -nl-struct: ovs_vport_stats}
    7: {id: ovs_vport_attr_pad, -nl-type: binary}
    8: {id: ovs_vport_attr_ifindex, -nl-type: u32}
    9: {id: ovs_vport_attr_netnsid, -nl-type: s32}
    10: {id: ovs_vport_attr_upcall_stats, -nl-type: nest, -nl-nest: ovs_vport_upcall_attr}
  ovs_vport_upcall_attr:
    0: {id: ovs_vport_upcall_attr_success, -nl-type: u64}
    1: {id: ovs_vport_upcall_attr_fail, -nl-type: u64}
  ovs_tunnel_attr:
    0: {id: ovs_tunnel_attr_unspec, -nl-type: binary}
    1: {id: ovs_tunnel_attr_dst_port, -nl-type: u16}
    2: {id: ovs_tunnel_attr_extension, -nl-type: nest, -nl-nest: ovs_vxlan_ext}
  ovs_vxlan_ext:
    0: {id: ovs_vxlan_ext_unspec, -nl-type: binary}
    1: {id: ovs_vxlan_ext_gbp, -nl-type: flag}
  ovs_flow_cmd:
    0: {id: ovs_flow_cmd_unspec, -nl-kind: other}
    1: {id: ovs_flow_cmd_new, -nl-kind: new, -nl-group: ovs_flow}
    2: {id: ovs_flow_cmd_del, -nl-kind: delete, -nl-group: ovs_flow}
    3: {id: ovs_flow_cmd_get, -nl-kind: get}
    4: {id: ovs_flow_cmd_set, -nl-kind: new, -nl-group: ovs_flow}
  ovs_flow_attr:
    0: {id: ovs_flow_attr_unspec, -nl-type: binary}
    1: {id: ovs_flow_attr_key, -nl-type: nest, -nl-nest: ovs_key_attr}
    2: {id: ovs_flow_attr_actions, -nl-type: nest, -nl-nest: ovs_action_attr}
    3: {id: ovs_flow_attr_stats, -nl-type: struct, -nl-struct: ovs_flow_stats}
    4: {id: ovs_flow_attr_tcp_flags, -nl-type: u8, doc: "the TCP flags of the packets seen, OR'd"}
    5: {id: ovs_flow_attr_used, -nl-type: u64, doc: "when a packet last matched, milliseconds of the monotonic clock"}
    6: {id: ovs_flow_attr_clear, -nl-type: flag}
    7: {id: ovs_flow_attr_mask, -nl-type: nest, -nl-nest: ovs_key_attr, doc: "the key's attributes with the bits to match set"}
    8: {id: ovs_flow_attr_probe, -nl-type: flag}
    9: {id: ovs_flow_attr_ufid, -nl-type: binary, doc: "a unique flow id of 1 to 16 bytes"}
    10: {id: ovs_flow_attr_ufid_flags, -nl-type: u32, -nl-flags: ovs_ufid_f}
    11: {id: ovs_flow_attr_pad, -nl-type: binary}
  ovs_ufid_f:
    0x1: ovs_ufid_f_omit_key
    0x2: ovs_ufid_f_omit_mask
    0x4: ovs_ufid_f_omit_actions
  ovs_key_attr:
    0: {id: ovs_key_attr_unspec, -nl-type: binary}
    1: {id: ovs_key_attr_encap, -nl-type: nest, -nl-nest: ovs_key_attr, doc: "the key of what is inside the VLAN tag (OVS_KEY_ATTR_VLAN) again"}
    2: {id: ovs_key_attr_priority, -nl-type: u32, doc: "skb->priority"}
    3: {id: ovs_key_attr_in_port, -nl-type: u32, doc: "the datapath port number"}
    4: {id: ovs_key_attr_ethernet, -nl-type: struct, -nl-struct: ovs_key_ethernet}
    5: {id: ovs_key_attr_vlan, -nl-type: u16, -nl-byte-order: big, doc: "the VLAN TCI (the CFI bit 0x1000 set when a tag is there)"}
    6: {id: ovs_key_attr_ethertype, -nl-type: u16, -nl-byte-order: big, -nl-enum: rtnetlink_link.eth_p}
    7: {id: ovs_key_attr_ipv4, -nl-type: struct, -nl-struct: ovs_key_ipv4}
    8: {id: ovs_key_attr_ipv6, -nl-type: struct, -nl-struct: ovs_key_ipv6}
    9: {id: ovs_key_attr_tcp, -nl-type: struct, -nl-struct: ovs_key_tcp}
    10: {id: ovs_key_attr_udp, -nl-type: struct, -nl-struct: ovs_key_udp}
    11: {id: ovs_key_attr_icmp, -nl-type: struct, -nl-struct: ovs_key_icmp}
    12: {id: ovs_key_attr_icmpv6, -nl-type: struct, -nl-struct: ovs_key_icmpv6}
    13: {id: ovs_key_attr_arp, -nl-type: struct, -nl-struct: ovs_key_arp}
    14: {id: ovs_key_attr_nd, -nl-type: struct, -nl-struct: ovs_key_nd}
    15: {id: ovs_key_attr_skb_mark, -nl-type: u32}
    16: {id: ovs_key_attr_tunnel, -nl-type: nest, -nl-nest: ovs_tunnel_key_attr}
    17: {id: ovs_key_attr_sctp, -nl-type: struct, -nl-struct: ovs_key_sctp}
    18: {id: ovs_key_attr_tcp_flags, -nl-type: u16, -nl-byte-order: big, doc: "the TCP header's flags"}
    19: {id: ovs_key_attr_dp_hash, -nl-type: u32, doc: "0 where the datapath computed none"}
    20: {id: ovs_key_attr_recirc_id, -nl-type: u32}
    21: {id: ovs_key_attr_mpls, -nl-type: struct-array, -nl-struct: ovs_key_mpls, doc: "one label stack entry each"}
    22: {id: ovs_key_attr_ct_state, -nl-type: u32, -nl-flags: ovs_cs_f}
    23: {id: ovs_key_attr_ct_zone, -nl-type: u16}
    24: {id: ovs_key_attr_ct_mark, -nl-type: u32}
    25: {id: ovs_key_attr_ct_labels, -nl-type: struct, -nl-struct: ovs_key_ct_labels}
    26: {id: ovs_key_attr_ct_orig_tuple_ipv4, -nl-type: struct, -nl-struct: ovs_key_ct_tuple_ipv4}
    27: {id: ovs_key_attr_ct_orig_tuple_ipv6, -nl-type: struct, -nl-struct: ovs_key_ct_tuple_ipv6}
    28: {id: ovs_key_attr_nsh, -nl-type: nest, -nl-nest: ovs_nsh_key_attr}
    29: {id: ovs_key_attr_packet_type, -nl-type: u32, -nl-byte-order: big, doc: "namespace << 16 | type (0 and the EtherType for Ethernet's: PT_ETH is 0)"}
    30: {id: ovs_key_attr_nd_extensions, -nl-type: binary, doc: "Open vSwitch userspace's; not for the kernel (the header says so)"}
    31: {id: ovs_key_attr_tunnel_info, -nl-type: binary, doc: "struct ip_tunnel_info, inside the kernel only"}
    32: {id: ovs_key_attr_ipv6_exthdrs, -nl-type: struct, -nl-struct: ovs_key_ipv6_exthdrs}
  ovs_key_attr_masked:
    # OVS_ACTION_ATTR_SET_MASKED's key attribute: each value followed by its mask
    0: {id: ovs_key_attr_unspec, -nl-type: binary}
    1: {id: ovs_key_attr_encap, -nl-type: nest, -nl-nest: ovs_key_attr_masked, doc: "the key of what is inside the VLAN tag (OVS_KEY_ATTR_VLAN) again"}
    2: {id: ovs_key_attr_priority, -nl-type: struct, -nl-struct: ovs_masked_u32}
    3: {id: ovs_key_attr_in_port, -nl-type: struct, -nl-struct: ovs_masked_u32}
    4: {id: ovs_key_attr_ethernet, -nl-type: struct-array, -nl-struct: ovs_key_ethernet, doc: "[0] the value, [1] the mask"}
    5: {id: ovs_key_attr_vlan, -nl-type: binary, doc: "a 16-bit value, then its 16-bit mask"}
    6: {id: ovs_key_attr_ethertype, -nl-type: binary, doc: "a 16-bit value, then its 16-bit mask"}
    7: {id: ovs_key_attr_ipv4, -nl-type: struct-array, -nl-struct: ovs_key_ipv4, doc: "[0] the value, [1] the mask"}
    8: {id: ovs_key_attr_ipv6, -nl-type: struct-array, -nl-struct: ovs_key_ipv6, doc: "[0] the value, [1] the mask"}
    9: {id: ovs_key_attr_tcp, -nl-type: struct-array, -nl-struct: ovs_key_tcp, doc: "[0] the value, [1] the mask"}
    10: {id: ovs_key_attr_udp, -nl-type: struct-array, -nl-struct: ovs_key_udp, doc: "[0] the value, [1] the mask"}
    11: {id: ovs_key_attr_icmp, -nl-type: struct-array, -nl-struct: ovs_key_icmp, doc: "[0] the value, [1] the mask"}
    12: {id: ovs_key_attr_icmpv6, -nl-type: struct-array, -nl-struct: ovs_key_icmpv6, doc: "[0] the value, [1] the mask"}
    13: {id: ovs_key_attr_arp, -nl-type: struct-array, -nl-struct: ovs_key_arp, doc: "[0] the value, [1] the mask"}
    14: {id: ovs_key_attr_nd, -nl-type: struct-array, -nl-struct: ovs_key_nd, doc: "[0] the value, [1] the mask"}
    15: {id: ovs_key_attr_skb_mark, -nl-type: struct, -nl-struct: ovs_masked_u32}
    16: {id: ovs_key_attr_tunnel, -nl-type: nest, -nl-nest: ovs_tunnel_key_attr}
    17: {id: ovs_key_attr_sctp, -nl-type: struct-array, -nl-struct: ovs_key_sctp, doc: "[0] the value, [1] the mask"}
    18: {id: ovs_key_attr_tcp_flags, -nl-type: binary, doc: "a 16-bit value, then its 16-bit mask"}
    19: {id: ovs_key_attr_dp_hash, -nl-type: struct, -nl-struct: ovs_masked_u32}
    20: {id: ovs_key_attr_recirc_id, -nl-type: struct, -nl-struct: ovs_masked_u32}
    21: {id: ovs_key_attr_mpls, -nl-type: struct-array, -nl-struct: ovs_key_mpls, doc: "[0] the value, [1] the mask"}
    22: {id: ovs_key_attr_ct_state, -nl-type: struct, -nl-struct: ovs_masked_u32}
    23: {id: ovs_key_attr_ct_zone, -nl-type: binary, doc: "a 16-bit value, then its 16-bit mask"}
    24: {id: ovs_key_attr_ct_mark, -nl-type: struct, -nl-struct: ovs_masked_u32}
    25: {id: ovs_key_attr_ct_labels, -nl-type: struct-array, -nl-struct: ovs_key_ct_labels, doc: "[0] the value, [1] the mask"}
    26: {id: ovs_key_attr_ct_orig_tuple_ipv4, -nl-type: struct-array, -nl-struct: ovs_key_ct_tuple_ipv4, doc: "[0] the value, [1] the mask"}
    27: {id: ovs_key_attr_ct_orig_tuple_ipv6, -nl-type: struct-array, -nl-struct: ovs_key_ct_tuple_ipv6, doc: "[0] the value, [1] the mask"}
    28: {id: ovs_key_attr_nsh, -nl-type: nest, -nl-nest: ovs_nsh_key_attr_masked}
    29: {id: ovs_key_attr_packet_type, -nl-type: struct, -nl-struct: ovs_masked_u32}
    30: {id: ovs_key_attr_nd_extensions, -nl-type: binary, doc: "Open vSwitch userspace's; not for the kernel (the header says so)"}
    31: {id: ovs_key_attr_tunnel_info, -nl-type: binary, doc: "struct ip_tunnel_info, inside the kernel only"}
    32: {id: ovs_key_attr_ipv6_exthdrs, -nl-type: struct-array, -nl-struct: ovs_key_ipv6_exthdrs, doc: "[0] the value, [1] the mask"}
  ovs_tunnel_key_attr:
    # no OVS_TUNNEL_KEY_ATTR_NONE: the first member is 0
    0: {id: ovs_tunnel_key_attr_id, -nl-type: u64, -nl-byte-order: big}
    1: {id: ovs_tunnel_key_attr_ipv4_src, -nl-type: ipv4}
    2: {id: ovs_tunnel_key_attr_ipv4_dst, -nl-type: ipv4}
    3: {id: ovs_tunnel_key_attr_tos, -nl-type: u8}
    4: {id: ovs_tunnel_key_attr_ttl, -nl-type: u8}
    5: {id: ovs_tunnel_key_attr_dont_fragment, -nl-type: flag}
    6: {id: ovs_tunnel_key_attr_csum, -nl-type: flag}
    7: {id: ovs_tunnel_key_attr_oam, -nl-type: flag}
    8: {id: ovs_tunnel_key_attr_geneve_opts, -nl-type: binary, doc: "Geneve options as on the wire"}
    9: {id: ovs_tunnel_key_attr_tp_src, -nl-type: u16, -nl-byte-order: big}
    10: {id: ovs_tunnel_key_attr_tp_dst, -nl-type: u16, -nl-byte-order: big}
    11: {id: ovs_tunnel_key_attr_vxlan_opts, -nl-type: nest, -nl-nest: ovs_vxlan_ext}
    12: {id: ovs_tunnel_key_attr_ipv6_src, -nl-type: ipv6}
    13: {id: ovs_tunnel_key_attr_ipv6_dst, -nl-type: ipv6}
    14: {id: ovs_tunnel_key_attr_pad, -nl-type: binary}
    15: {id: ovs_tunnel_key_attr_erspan_opts, -nl-type: binary, doc: "struct erspan_metadata (linux/erspan.h)"}
    16: {id: ovs_tunnel_key_attr_ipv4_info_bridge, -nl-type: flag}
  ovs_frag_type:
    0: ovs_frag_type_none
    1: ovs_frag_type_first
    2: ovs_frag_type_later
  ovs_cs_f:
    0x01: ovs_cs_f_new
    0x02: ovs_cs_f_established
    0x04: ovs_cs_f_related
    0x08: ovs_cs_f_reply_dir
    0x10: ovs_cs_f_invalid
    0x20: ovs_cs_f_tracked
    0x40: ovs_cs_f_src_nat
    0x80: ovs_cs_f_dst_nat
  ovs_nsh_key_attr:
    0: {id: ovs_nsh_key_attr_unspec, -nl-type: binary}
    1: {id: ovs_nsh_key_attr_base, -nl-type: struct, -nl-struct: ovs_nsh_key_base}
    2: {id: ovs_nsh_key_attr_md1, -nl-type: struct, -nl-struct: ovs_nsh_key_md1}
    3: {id: ovs_nsh_key_attr_md2, -nl-type: binary, doc: "MD type 2's variable-length context"}
  ovs_nsh_key_attr_masked:
    0: {id: ovs_nsh_key_attr_unspec, -nl-type: binary}
    1: {id: ovs_nsh_key_attr_base, -nl-type: struct-array, -nl-struct: ovs_nsh_key_base, doc: "[0] the value, [1] the mask"}
    2: {id: ovs_nsh_key_attr_md1, -nl-type: struct-array, -nl-struct: ovs_nsh_key_md1, doc: "[0] the value, [1] the mask"}
    3: {id: ovs_nsh_key_attr_md2, -nl-type: binary, doc: "the context bytes, then as many of mask"}
  ovs_sample_attr:
    0: {id: ovs_sample_attr_unspec, -nl-type: binary}
    1: {id: ovs_sample_attr_probability, -nl-type: u32, doc: "the fraction of packets, of 0xffffffff (all)"}
    2: {id: ovs_sample_attr_actions, -nl-type: nest, -nl-nest: ovs_action_attr}
  ovs_userspace_attr:
    0: {id: ovs_userspace_attr_unspec, -nl-type: binary}
    1: {id: ovs_userspace_attr_pid, -nl-type: u32, doc: "the Netlink port OVS_PACKET_CMD_ACTION goes to"}
    2: {id: ovs_userspace_attr_userdata, -nl-type: binary, doc: "copied into the upcall's OVS_PACKET_ATTR_USERDATA"}
    3: {id: ovs_userspace_attr_egress_tun_port, -nl-type: u32}
    4: {id: ovs_userspace_attr_actions, -nl-type: flag}
  ovs_hash_alg:
    0: ovs_hash_alg_l4
    1: ovs_hash_alg_sym_l4
  ovs_mpls_l3_tunnel_flag:
    0x1: ovs_mpls_l3_tunnel_flag_mask
  ovs_ct_attr:
    0: {id: ovs_ct_attr_unspec, -nl-type: binary}
    1: {id: ovs_ct_attr_commit, -nl-type: flag}
    2: {id: ovs_ct_attr_zone, -nl-type: u16}
    3: {id: ovs_ct_attr_mark, -nl-type: struct, -nl-struct: ovs_masked_u32}
    4: {id: ovs_ct_attr_labels, -nl-type: struct-array, -nl-struct: ovs_key_ct_labels, doc: "[0] the labels, [1] the mask"}
    5: {id: ovs_ct_attr_helper, -nl-type: string}
    6: {id: ovs_ct_attr_nat, -nl-type: nest, -nl-nest: ovs_nat_attr}
    7: {id: ovs_ct_attr_force_commit, -nl-type: flag}
    8: {id: ovs_ct_attr_eventmask, -nl-type: u32, -nl-flags: ip_conntrack_events}
    9: {id: ovs_ct_attr_timeout, -nl-type: string, doc: "the name of a conntrack timeout policy"}
  ip_conntrack_events:
    # enum ip_conntrack_events (netfilter/nf_conntrack_common.h) numbers bits: OVS_CT_ATTR_EVENTMASK sets 1 << IPCT_*
    0x1: ipct_new
    0x2: ipct_related
    0x4: ipct_destroy
    0x8: ipct_reply
    0x10: ipct_assured
    0x20: ipct_protoinfo
    0x40: ipct_helper
    0x80: ipct_mark
    0x100: ipct_seqadj
    0x200: ipct_secmark
    0x400: ipct_label
    0x800: ipct_synproxy
  ovs_nat_attr:
    0: {id: ovs_nat_attr_unspec, -nl-type: binary}
    1: {id: ovs_nat_attr_src, -nl-type: flag}
    2: {id: ovs_nat_attr_dst, -nl-type: flag}
    3: {id: ovs_nat_attr_ip_min, -nl-type: ipaddr}
    4: {id: ovs_nat_attr_ip_max, -nl-type: ipaddr}
    5: {id: ovs_nat_attr_proto_min, -nl-type: u16, doc: "the lowest port, host order"}
    6: {id: ovs_nat_attr_proto_max, -nl-type: u16}
    7: {id: ovs_nat_attr_persistent, -nl-type: flag}
    8: {id: ovs_nat_attr_proto_hash, -nl-type: flag}
    9: {id: ovs_nat_attr_proto_random, -nl-type: flag}
  ovs_check_pkt_len_attr:
    0: {id: ovs_check_pkt_len_attr_unspec, -nl-type: binary}
    1: {id: ovs_check_pkt_len_attr_pkt_len, -nl-type: u16}
    2: {id: ovs_check_pkt_len_attr_actions_if_greater, -nl-type: nest, -nl-nest: ovs_action_attr}
    3: {id: ovs_check_pkt_len_attr_actions_if_less_equal, -nl-type: nest, -nl-nest: ovs_action_attr}
  ovs_psample_attr:
    # numbered from 1: the header has no OVS_PSAMPLE_ATTR_UNSPEC
    1: {id: ovs_psample_attr_group, -nl-type: u32}
    2: {id: ovs_psample_attr_cookie, -nl-type: binary, doc: "up to 16 bytes (OVS_PSAMPLE_COOKIE_MAX_SIZE)"}
  ovs_action_attr:
    0: {id: ovs_action_attr_unspec, -nl-type: binary}
    1: {id: ovs_action_attr_output, -nl-type: u32, doc: "the datapath port number"}
    2: {id: ovs_action_attr_userspace, -nl-type: nest, -nl-nest: ovs_userspace_attr}
    3: {id: ovs_action_attr_set, -nl-type: nest, -nl-nest: ovs_key_attr, doc: "one key attribute: the header to write and its value"}
    4: {id: ovs_action_attr_push_vlan, -nl-type: struct, -nl-struct: ovs_action_push_vlan}
    5: {id: ovs_action_attr_pop_vlan, -nl-type: flag}
    6: {id: ovs_action_attr_sample, -nl-type: nest, -nl-nest: ovs_sample_attr}
    7: {id: ovs_action_attr_recirc, -nl-type: u32, doc: "the recirc_id the packet goes through the datapath again with"}
    8: {id: ovs_action_attr_hash, -nl-type: struct, -nl-struct: ovs_action_hash}
    9: {id: ovs_action_attr_push_mpls, -nl-type: struct, -nl-struct: ovs_action_push_mpls}
    10: {id: ovs_action_attr_pop_mpls, -nl-type: u16, -nl-byte-order: big, -nl-enum: rtnetlink_link.eth_p, doc: "the EtherType after the pop"}
    11: {id: ovs_action_attr_set_masked, -nl-type: nest, -nl-nest: ovs_key_attr_masked, doc: "one key attribute: the value, then a mask of the bits to write"}
    12: {id: ovs_action_attr_ct, -nl-type: nest, -nl-nest: ovs_ct_attr}
    13: {id: ovs_action_attr_trunc, -nl-type: struct, -nl-struct: ovs_action_trunc}
    14: {id: ovs_action_attr_push_eth, -nl-type: struct, -nl-struct: ovs_action_push_eth}
    15: {id: ovs_action_attr_pop_eth, -nl-type: flag}
    16: {id: ovs_action_attr_ct_clear, -nl-type: flag}
    17: {id: ovs_action_attr_push_nsh, -nl-type: nest, -nl-nest: ovs_nsh_key_attr}
    18: {id: ovs_action_attr_pop_nsh, -nl-type: flag}
    19: {id: ovs_action_attr_meter, -nl-type: u32, doc: "the meter id"}
    20: {id: ovs_action_attr_clone, -nl-type: nest, -nl-nest: ovs_action_attr, doc: "actions applied to a copy of the packet"}
    21: {id: ovs_action_attr_check_pkt_len, -nl-type: nest, -nl-nest: ovs_check_pkt_len_attr}
    22: {id: ovs_action_attr_add_mpls, -nl-type: struct, -nl-struct: ovs_action_add_mpls}
    23: {id: ovs_action_attr_dec_ttl, -nl-type: nest, -nl-nest: ovs_dec_ttl_attr}
    24: {id: ovs_action_attr_drop, -nl-type: u32, doc: "the reason, an error code (0: none given)"}
    25: {id: ovs_action_attr_psample, -nl-type: nest, -nl-nest: ovs_psample_attr}
  ovs_dec_ttl_attr:
    0: {id: ovs_dec_ttl_attr_unspec, -nl-type: binary}
    1: {id: ovs_dec_ttl_attr_action, -nl-type: nest, -nl-nest: ovs_action_attr, doc: "the actions for a packet whose TTL or hop limit was 1 or less"}
  ovs_packet_cmd:
    0: {id: ovs_packet_cmd_unspec, -nl-kind: other}
    1: {id: ovs_packet_cmd_miss, -nl-kind: other, doc: "an upcall: no flow matched (to the port's OVS_VPORT_ATTR_UPCALL_PID)"}
    2: {id: ovs_packet_cmd_action, -nl-kind: other, doc: "an upcall: an OVS_ACTION_ATTR_USERSPACE action (to its OVS_USERSPACE_ATTR_PID)"}
    3: {id: ovs_packet_cmd_execute, -nl-kind: other, doc: "the actions of OVS_PACKET_ATTR_ACTIONS applied to OVS_PACKET_ATTR_PACKET"}
  ovs_packet_attr:
    0: {id: ovs_packet_attr_unspec, -nl-type: binary}
    1: {id: ovs_packet_attr_packet, -nl-type: binary, doc: "the packet from its Ethernet header on"}
    2: {id: ovs_packet_attr_key, -nl-type: nest, -nl-nest: ovs_key_attr}
    3: {id: ovs_packet_attr_actions, -nl-type: nest, -nl-nest: ovs_action_attr}
    4: {id: ovs_packet_attr_userdata, -nl-type: binary}
    5: {id: ovs_packet_attr_egress_tun_key, -nl-type: nest, -nl-nest: ovs_tunnel_key_attr}
    6: {id: ovs_packet_attr_unused1, -nl-type: binary}
    7: {id: ovs_packet_attr_unused2, -nl-type: binary}
    8: {id: ovs_packet_attr_probe, -nl-type: flag}
    9: {id: ovs_packet_attr_mru, -nl-type: u16, doc: "the largest IP fragment received"}
    10: {id: ovs_packet_attr_len, -nl-type: u32, doc: "the packet's length before truncation"}
    11: {id: ovs_packet_attr_hash, -nl-type: u64}
    12: {id: ovs_packet_attr_upcall_pid, -nl-type: u32, doc: "the Netlink port of the execution's upcalls (7.x; not in 6.12's header)"}
  ovs_meter_cmd:
    0: {id: ovs_meter_cmd_unspec, -nl-kind: other}
    1: {id: ovs_meter_cmd_features, -nl-kind: get}
    2: {id: ovs_meter_cmd_set, -nl-kind: new}
    3: {id: ovs_meter_cmd_del, -nl-kind: delete}
    4: {id: ovs_meter_cmd_get, -nl-kind: get}
  ovs_meter_attr:
    0: {id: ovs_meter_attr_unspec, -nl-type: binary}
    1: {id: ovs_meter_attr_id, -nl-type: u32}
    2: {id: ovs_meter_attr_kbps, -nl-type: flag, doc: "rates in kilobits per second (else packets per second)"}
    3: {id: ovs_meter_attr_stats, -nl-type: struct, -nl-struct: ovs_flow_stats}
    4: {id: ovs_meter_attr_bands, -nl-type: nest-array, -nl-nest: ovs_band_attr, doc: "one nest per band (each of type 0, OVS_BAND_ATTR_UNSPEC)"}
    5: {id: ovs_meter_attr_used, -nl-type: u64, doc: "milliseconds of the monotonic clock"}
    6: {id: ovs_meter_attr_clear, -nl-type: flag}
    7: {id: ovs_meter_attr_max_meters, -nl-type: u32}
    8: {id: ovs_meter_attr_max_bands, -nl-type: u32}
    9: {id: ovs_meter_attr_pad, -nl-type: binary}
  ovs_band_attr:
    0: {id: ovs_band_attr_unspec, -nl-type: binary}
    1: {id: ovs_band_attr_type, -nl-type: u32, -nl-enum: ovs_meter_band_type}
    2: {id: ovs_band_attr_rate, -nl-type: u32, doc: "in the meter's units"}
    3: {id: ovs_band_attr_burst, -nl-type: u32}
    4: {id: ovs_band_attr_stats, -nl-type: struct, -nl-struct: ovs_flow_stats}
  ovs_meter_band_type:
    0: ovs_meter_band_type_unspec
    1: ovs_meter_band_type_drop
  ovs_ct_limit_cmd:
    0: {id: ovs_ct_limit_cmd_unspec, -nl-kind: other}
    1: {id: ovs_ct_limit_cmd_set, -nl-kind: new}
    2: {id: ovs_ct_limit_cmd_del, -nl-kind: delete}
    3: {id: ovs_ct_limit_cmd_get, -nl-kind: get}
  ovs_ct_limit_attr:
    0: {id: ovs_ct_limit_attr_unspec, -nl-type: binary}
    1: {id: ovs_ct_limit_attr_zone_limit, -nl-type: struct-array, -nl-struct: ovs_zone_limit, doc: "one struct ovs_zone_limit per zone"}
