meta:
  id: rtnetlink_tc_cls
  title: "rtnetlink traffic control: the classifiers' options (TCA_OPTIONS of RTM_*TFILTER)"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  What TCA_OPTIONS of a filter (and of a chain's template) holds, by TCA_KIND: flower
  (TCA_FLOWER_*), u32 (TCA_U32_*, the selector struct tc_u32_sel with its keys), matchall,
  basic, bpf (classic BPF ops or an eBPF program's fd, name, tag and id), fw, route
  (TCA_ROUTE4_*), flow and cgroup. Each classifier's *_ACT attribute is the list of its actions:
  a nest whose entries are numbered by their order (1, 2 ...), each a nest of TCA_ACT_*
  (rtnetlink_tc_act.ksy); *_POLICE is the older inline policer (TCA_POLICE_*). *_EMATCHES is an
  extended-match tree (TCA_EMATCH_TREE_*).

  Values the headers give as be16/be32 are big-endian (ports, ether types, IPv4 addresses),
  the rest in host order. Names, numbers and layouts follow the Linux 7.2 headers.
doc-ref: /usr/include/linux/pkt_cls.h
params:
  - id: is_le
    type: bool
types:
  tc_u32_sel:
    doc: |
      struct tc_u32_sel (TCA_U32_SEL): its header (one byte of padding after nkeys, as the C
      compiler lays it out), then nkeys struct tc_u32_key of 16 bytes each (mask and val are
      big-endian, off and offmask host order) as keys [0], [1] ...
    seq:
      - {id: flags, type: u1, -nl-flags: tc_u32_flags}
      - {id: offshift, type: u1}
      - {id: nkeys, type: u1}
      - {id: pad, type: u1}
      - {id: offmask, type: u2be}
      - {id: "off", type: u2}
      - {id: offoff, type: s2}
      - {id: hoff, type: s2}
      - {id: hmask, type: u4be}
  tc_u32_key:
    doc: struct tc_u32_key (each key after tc_u32_sel)
    seq:
      - {id: mask, type: u4be}
      - {id: val, type: u4be}
      - {id: "off", type: s4}
      - {id: offmask, type: s4}
  tc_u32_mark:
    doc: struct tc_u32_mark (TCA_U32_MARK)
    seq:
      - {id: val, type: u4}
      - {id: mask, type: u4}
      - {id: success, type: u4}
  tc_u32_pcnt:
    doc: struct tc_u32_pcnt (TCA_U32_PCNT); one u64 per key (kcnts) follows
    seq:
      - {id: rcnt, type: u8}
      - {id: rhit, type: u8}
  tc_basic_pcnt:
    doc: struct tc_basic_pcnt (TCA_BASIC_PCNT)
    seq:
      - {id: rcnt, type: u8}
      - {id: rhit, type: u8}
  tc_matchall_pcnt:
    doc: struct tc_matchall_pcnt (TCA_MATCHALL_PCNT)
    seq:
      - {id: rhit, type: u8}
  tcf_ematch_tree_hdr:
    doc: struct tcf_ematch_tree_hdr (TCA_EMATCH_TREE_HDR)
    seq:
      - {id: nmatches, type: u2}
      - {id: progid, type: u2, -nl-enum: tcf_em_prog}
enums:
  tca_cls_flags:
    0x1: tca_cls_flags_skip_hw
    0x2: tca_cls_flags_skip_sw
    0x4: tca_cls_flags_in_hw
    0x8: tca_cls_flags_not_in_hw
    0x10: tca_cls_flags_verbose
  tc_u32_flags:
    0x1: tc_u32_terminal
    0x2: tc_u32_offset
    0x4: tc_u32_varoffset
    0x8: tc_u32_eat
  tca_bpf_flags:
    0x1: tca_bpf_flag_act_direct
  flow_keys:
    # TCA_FLOW_KEYS: one bit (1 << FLOW_KEY_*) per key
    0x1: flow_key_src
    0x2: flow_key_dst
    0x4: flow_key_proto
    0x8: flow_key_proto_src
    0x10: flow_key_proto_dst
    0x20: flow_key_iif
    0x40: flow_key_priority
    0x80: flow_key_mark
    0x100: flow_key_nfct
    0x200: flow_key_nfct_src
    0x400: flow_key_nfct_dst
    0x800: flow_key_nfct_proto_src
    0x1000: flow_key_nfct_proto_dst
    0x2000: flow_key_rtclassid
    0x4000: flow_key_skuid
    0x8000: flow_key_skgid
    0x10000: flow_key_vlan_tag
    0x20000: flow_key_rxhash
  flow_mode:
    0: flow_mode_map
    1: flow_mode_hash
  tca_flower_key_ct_flags:
    0x1: tca_flower_key_ct_flags_new
    0x2: tca_flower_key_ct_flags_established
    0x4: tca_flower_key_ct_flags_related
    0x8: tca_flower_key_ct_flags_tracked
    0x10: tca_flower_key_ct_flags_invalid
    0x20: tca_flower_key_ct_flags_reply
  tca_flower_key_flags:
    0x1: tca_flower_key_flags_is_fragment
    0x2: tca_flower_key_flags_frag_is_first
    0x4: tca_flower_key_flags_tunnel_csum
    0x8: tca_flower_key_flags_tunnel_dont_fragment
    0x10: tca_flower_key_flags_tunnel_oam
    0x20: tca_flower_key_flags_tunnel_crit_opt
  tcf_em_prog:
    0: tcf_em_prog_tc
  tcf_layer:
    # the layer an ematch's offset counts from (in the matches' own data, which shows as bytes)
    0: tcf_layer_link
    1: tcf_layer_network
    2: tcf_layer_transport
  tcf_em_opnd:
    0: tcf_em_opnd_eq
    1: tcf_em_opnd_gt
    2: tcf_em_opnd_lt
  tca_u32_attr:
    0: {id: tca_u32_unspec, -nl-type: binary}
    1: {id: tca_u32_classid, -nl-type: u32}
    2: {id: tca_u32_hash, -nl-type: u32}
    3: {id: tca_u32_link, -nl-type: u32}
    4: {id: tca_u32_divisor, -nl-type: u32}
    5: {id: tca_u32_sel, -nl-type: struct, -nl-struct: tc_u32_sel, -nl-tail: keys, -nl-tail-struct: tc_u32_key}
    6: {id: tca_u32_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    7: {id: tca_u32_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    8: {id: tca_u32_indev, -nl-type: string}
    9: {id: tca_u32_pcnt, -nl-type: struct, -nl-struct: tc_u32_pcnt, -nl-tail: kcnts}
    10: {id: tca_u32_mark, -nl-type: struct, -nl-struct: tc_u32_mark}
    11: {id: tca_u32_flags, -nl-type: u32, -nl-flags: tca_cls_flags}
    12: {id: tca_u32_pad, -nl-type: binary}
  tca_route4_attr:
    0: {id: tca_route4_unspec, -nl-type: binary}
    1: {id: tca_route4_classid, -nl-type: u32}
    2: {id: tca_route4_to, -nl-type: u32}
    3: {id: tca_route4_from, -nl-type: u32}
    4: {id: tca_route4_iif, -nl-type: u32}
    5: {id: tca_route4_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    6: {id: tca_route4_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
  tca_fw_attr:
    0: {id: tca_fw_unspec, -nl-type: binary}
    1: {id: tca_fw_classid, -nl-type: u32}
    2: {id: tca_fw_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    3: {id: tca_fw_indev, -nl-type: string}
    4: {id: tca_fw_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    5: {id: tca_fw_mask, -nl-type: u32}
  tca_flow_attr:
    0: {id: tca_flow_unspec, -nl-type: binary}
    1: {id: tca_flow_keys, -nl-type: u32, -nl-flags: flow_keys}
    2: {id: tca_flow_mode, -nl-type: u32, -nl-enum: flow_mode}
    3: {id: tca_flow_baseclass, -nl-type: u32}
    4: {id: tca_flow_rshift, -nl-type: u32}
    5: {id: tca_flow_addend, -nl-type: u32}
    6: {id: tca_flow_mask, -nl-type: u32}
    7: {id: tca_flow_xor, -nl-type: u32}
    8: {id: tca_flow_divisor, -nl-type: u32}
    9: {id: tca_flow_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    10: {id: tca_flow_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    11: {id: tca_flow_ematches, -nl-type: nest, -nl-nest: tca_ematch_tree_attr}
    12: {id: tca_flow_perturb, -nl-type: u32}
  tca_basic_attr:
    0: {id: tca_basic_unspec, -nl-type: binary}
    1: {id: tca_basic_classid, -nl-type: u32}
    2: {id: tca_basic_ematches, -nl-type: nest, -nl-nest: tca_ematch_tree_attr}
    3: {id: tca_basic_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    4: {id: tca_basic_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    5: {id: tca_basic_pcnt, -nl-type: struct, -nl-struct: tc_basic_pcnt}
    6: {id: tca_basic_pad, -nl-type: binary}
  tca_cgroup_attr:
    0: {id: tca_cgroup_unspec, -nl-type: binary}
    1: {id: tca_cgroup_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    2: {id: tca_cgroup_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    3: {id: tca_cgroup_ematches, -nl-type: nest, -nl-nest: tca_ematch_tree_attr}
  tca_bpf_attr:
    0: {id: tca_bpf_unspec, -nl-type: binary}
    1: {id: tca_bpf_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    2: {id: tca_bpf_police, -nl-type: nest, -nl-nest: rtnetlink_tc_act.tca_police_attr}
    3: {id: tca_bpf_classid, -nl-type: u32}
    4: {id: tca_bpf_ops_len, -nl-type: u16}
    5: {id: tca_bpf_ops, -nl-type: binary}
    6: {id: tca_bpf_fd, -nl-type: u32}
    7: {id: tca_bpf_name, -nl-type: string}
    8: {id: tca_bpf_flags, -nl-type: u32, -nl-flags: tca_bpf_flags}
    9: {id: tca_bpf_flags_gen, -nl-type: u32, -nl-flags: tca_cls_flags}
    10: {id: tca_bpf_tag, -nl-type: binary}
    11: {id: tca_bpf_id, -nl-type: u32}
  tca_matchall_attr:
    0: {id: tca_matchall_unspec, -nl-type: binary}
    1: {id: tca_matchall_classid, -nl-type: u32}
    2: {id: tca_matchall_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    3: {id: tca_matchall_flags, -nl-type: u32, -nl-flags: tca_cls_flags}
    4: {id: tca_matchall_pcnt, -nl-type: struct, -nl-struct: tc_matchall_pcnt}
    5: {id: tca_matchall_pad, -nl-type: binary}
  tca_ematch_tree_attr:
    # TCA_EMATCH_TREE_LIST: numbered entries, each struct tcf_ematch_hdr and the match's own data: bytes
    0: {id: tca_ematch_tree_unspec, -nl-type: binary}
    1: {id: tca_ematch_tree_hdr, -nl-type: struct, -nl-struct: tcf_ematch_tree_hdr}
    2: {id: tca_ematch_tree_list, -nl-type: nest-array, -nl-entry-type: string}
  tca_flower_attr:
    0: {id: tca_flower_unspec, -nl-type: binary}
    1: {id: tca_flower_classid, -nl-type: u32}
    2: {id: tca_flower_indev, -nl-type: string}
    3: {id: tca_flower_act, -nl-type: nest-array, -nl-nest: rtnetlink_tc_act.tca_act_attr}
    4: {id: tca_flower_key_eth_dst, -nl-type: lladdr}
    5: {id: tca_flower_key_eth_dst_mask, -nl-type: lladdr}
    6: {id: tca_flower_key_eth_src, -nl-type: lladdr}
    7: {id: tca_flower_key_eth_src_mask, -nl-type: lladdr}
    8: {id: tca_flower_key_eth_type, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    9: {id: tca_flower_key_ip_proto, -nl-type: u8, -nl-enum: rtnetlink_route.ip_proto}
    10: {id: tca_flower_key_ipv4_src, -nl-type: ipv4}
    11: {id: tca_flower_key_ipv4_src_mask, -nl-type: ipv4}
    12: {id: tca_flower_key_ipv4_dst, -nl-type: ipv4}
    13: {id: tca_flower_key_ipv4_dst_mask, -nl-type: ipv4}
    14: {id: tca_flower_key_ipv6_src, -nl-type: ipv6}
    15: {id: tca_flower_key_ipv6_src_mask, -nl-type: ipv6}
    16: {id: tca_flower_key_ipv6_dst, -nl-type: ipv6}
    17: {id: tca_flower_key_ipv6_dst_mask, -nl-type: ipv6}
    18: {id: tca_flower_key_tcp_src, -nl-type: u16, -nl-byte-order: big}
    19: {id: tca_flower_key_tcp_dst, -nl-type: u16, -nl-byte-order: big}
    20: {id: tca_flower_key_udp_src, -nl-type: u16, -nl-byte-order: big}
    21: {id: tca_flower_key_udp_dst, -nl-type: u16, -nl-byte-order: big}
    22: {id: tca_flower_flags, -nl-type: u32, -nl-flags: tca_cls_flags}
    23: {id: tca_flower_key_vlan_id, -nl-type: u16}
    24: {id: tca_flower_key_vlan_prio, -nl-type: u8}
    25: {id: tca_flower_key_vlan_eth_type, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    26: {id: tca_flower_key_enc_key_id, -nl-type: u32, -nl-byte-order: big}
    27: {id: tca_flower_key_enc_ipv4_src, -nl-type: ipv4}
    28: {id: tca_flower_key_enc_ipv4_src_mask, -nl-type: ipv4}
    29: {id: tca_flower_key_enc_ipv4_dst, -nl-type: ipv4}
    30: {id: tca_flower_key_enc_ipv4_dst_mask, -nl-type: ipv4}
    31: {id: tca_flower_key_enc_ipv6_src, -nl-type: ipv6}
    32: {id: tca_flower_key_enc_ipv6_src_mask, -nl-type: ipv6}
    33: {id: tca_flower_key_enc_ipv6_dst, -nl-type: ipv6}
    34: {id: tca_flower_key_enc_ipv6_dst_mask, -nl-type: ipv6}
    35: {id: tca_flower_key_tcp_src_mask, -nl-type: u16, -nl-byte-order: big}
    36: {id: tca_flower_key_tcp_dst_mask, -nl-type: u16, -nl-byte-order: big}
    37: {id: tca_flower_key_udp_src_mask, -nl-type: u16, -nl-byte-order: big}
    38: {id: tca_flower_key_udp_dst_mask, -nl-type: u16, -nl-byte-order: big}
    39: {id: tca_flower_key_sctp_src_mask, -nl-type: u16, -nl-byte-order: big}
    40: {id: tca_flower_key_sctp_dst_mask, -nl-type: u16, -nl-byte-order: big}
    41: {id: tca_flower_key_sctp_src, -nl-type: u16, -nl-byte-order: big}
    42: {id: tca_flower_key_sctp_dst, -nl-type: u16, -nl-byte-order: big}
    43: {id: tca_flower_key_enc_udp_src_port, -nl-type: u16, -nl-byte-order: big}
    44: {id: tca_flower_key_enc_udp_src_port_mask, -nl-type: u16, -nl-byte-order: big}
    45: {id: tca_flower_key_enc_udp_dst_port, -nl-type: u16, -nl-byte-order: big}
    46: {id: tca_flower_key_enc_udp_dst_port_mask, -nl-type: u16, -nl-byte-order: big}
    47: {id: tca_flower_key_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: tca_flower_key_flags}
    48: {id: tca_flower_key_flags_mask, -nl-type: u32, -nl-byte-order: big, -nl-flags: tca_flower_key_flags}
    49: {id: tca_flower_key_icmpv4_code, -nl-type: u8}
    50: {id: tca_flower_key_icmpv4_code_mask, -nl-type: u8}
    51: {id: tca_flower_key_icmpv4_type, -nl-type: u8}
    52: {id: tca_flower_key_icmpv4_type_mask, -nl-type: u8}
    53: {id: tca_flower_key_icmpv6_code, -nl-type: u8}
    54: {id: tca_flower_key_icmpv6_code_mask, -nl-type: u8}
    55: {id: tca_flower_key_icmpv6_type, -nl-type: u8}
    56: {id: tca_flower_key_icmpv6_type_mask, -nl-type: u8}
    57: {id: tca_flower_key_arp_sip, -nl-type: ipv4}
    58: {id: tca_flower_key_arp_sip_mask, -nl-type: ipv4}
    59: {id: tca_flower_key_arp_tip, -nl-type: ipv4}
    60: {id: tca_flower_key_arp_tip_mask, -nl-type: ipv4}
    61: {id: tca_flower_key_arp_op, -nl-type: u8}
    62: {id: tca_flower_key_arp_op_mask, -nl-type: u8}
    63: {id: tca_flower_key_arp_sha, -nl-type: lladdr}
    64: {id: tca_flower_key_arp_sha_mask, -nl-type: lladdr}
    65: {id: tca_flower_key_arp_tha, -nl-type: lladdr}
    66: {id: tca_flower_key_arp_tha_mask, -nl-type: lladdr}
    67: {id: tca_flower_key_mpls_ttl, -nl-type: u8}
    68: {id: tca_flower_key_mpls_bos, -nl-type: u8}
    69: {id: tca_flower_key_mpls_tc, -nl-type: u8}
    70: {id: tca_flower_key_mpls_label, -nl-type: u32}
    71: {id: tca_flower_key_tcp_flags, -nl-type: u16, -nl-byte-order: big}
    72: {id: tca_flower_key_tcp_flags_mask, -nl-type: u16, -nl-byte-order: big}
    73: {id: tca_flower_key_ip_tos, -nl-type: u8}
    74: {id: tca_flower_key_ip_tos_mask, -nl-type: u8}
    75: {id: tca_flower_key_ip_ttl, -nl-type: u8}
    76: {id: tca_flower_key_ip_ttl_mask, -nl-type: u8}
    77: {id: tca_flower_key_cvlan_id, -nl-type: u16}
    78: {id: tca_flower_key_cvlan_prio, -nl-type: u8}
    79: {id: tca_flower_key_cvlan_eth_type, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    80: {id: tca_flower_key_enc_ip_tos, -nl-type: u8}
    81: {id: tca_flower_key_enc_ip_tos_mask, -nl-type: u8}
    82: {id: tca_flower_key_enc_ip_ttl, -nl-type: u8}
    83: {id: tca_flower_key_enc_ip_ttl_mask, -nl-type: u8}
    84: {id: tca_flower_key_enc_opts, -nl-type: nest, -nl-nest: tca_flower_key_enc_opts_attr}
    85: {id: tca_flower_key_enc_opts_mask, -nl-type: nest, -nl-nest: tca_flower_key_enc_opts_attr}
    86: {id: tca_flower_in_hw_count, -nl-type: u32}
    87: {id: tca_flower_key_port_src_min, -nl-type: u16, -nl-byte-order: big}
    88: {id: tca_flower_key_port_src_max, -nl-type: u16, -nl-byte-order: big}
    89: {id: tca_flower_key_port_dst_min, -nl-type: u16, -nl-byte-order: big}
    90: {id: tca_flower_key_port_dst_max, -nl-type: u16, -nl-byte-order: big}
    91: {id: tca_flower_key_ct_state, -nl-type: u16, -nl-flags: tca_flower_key_ct_flags}
    92: {id: tca_flower_key_ct_state_mask, -nl-type: u16, -nl-flags: tca_flower_key_ct_flags}
    93: {id: tca_flower_key_ct_zone, -nl-type: u16}
    94: {id: tca_flower_key_ct_zone_mask, -nl-type: u16}
    95: {id: tca_flower_key_ct_mark, -nl-type: u32}
    96: {id: tca_flower_key_ct_mark_mask, -nl-type: u32}
    97: {id: tca_flower_key_ct_labels, -nl-type: binary}
    98: {id: tca_flower_key_ct_labels_mask, -nl-type: binary}
    99: {id: tca_flower_key_mpls_opts, -nl-type: nest, -nl-nest: tca_flower_key_mpls_opts_attr}
    100: {id: tca_flower_key_hash, -nl-type: u32}
    101: {id: tca_flower_key_hash_mask, -nl-type: u32}
    102: {id: tca_flower_key_num_of_vlans, -nl-type: u8}
    103: {id: tca_flower_key_pppoe_sid, -nl-type: u16, -nl-byte-order: big}
    104: {id: tca_flower_key_ppp_proto, -nl-type: u16, -nl-byte-order: big}
    105: {id: tca_flower_key_l2tpv3_sid, -nl-type: u32, -nl-byte-order: big}
    106: {id: tca_flower_l2_miss, -nl-type: u8}
    107: {id: tca_flower_key_cfm, -nl-type: nest, -nl-nest: tca_flower_key_cfm_attr}
    108: {id: tca_flower_key_spi, -nl-type: u32, -nl-byte-order: big}
    109: {id: tca_flower_key_spi_mask, -nl-type: u32, -nl-byte-order: big}
    110: {id: tca_flower_key_enc_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: tca_flower_key_flags}
    111: {id: tca_flower_key_enc_flags_mask, -nl-type: u32, -nl-byte-order: big, -nl-flags: tca_flower_key_flags}
  tca_flower_key_enc_opts_attr:
    0: {id: tca_flower_key_enc_opts_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opts_geneve, -nl-type: nest, -nl-nest: tca_flower_key_enc_opt_geneve_attr}
    2: {id: tca_flower_key_enc_opts_vxlan, -nl-type: nest, -nl-nest: tca_flower_key_enc_opt_vxlan_attr}
    3: {id: tca_flower_key_enc_opts_erspan, -nl-type: nest, -nl-nest: tca_flower_key_enc_opt_erspan_attr}
    4: {id: tca_flower_key_enc_opts_gtp, -nl-type: nest, -nl-nest: tca_flower_key_enc_opt_gtp_attr}
    5: {id: tca_flower_key_enc_opts_pfcp, -nl-type: nest, -nl-nest: tca_flower_key_enc_opt_pfcp_attr}
  tca_flower_key_enc_opt_geneve_attr:
    0: {id: tca_flower_key_enc_opt_geneve_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opt_geneve_class, -nl-type: u16, -nl-byte-order: big}
    2: {id: tca_flower_key_enc_opt_geneve_type, -nl-type: u8}
    3: {id: tca_flower_key_enc_opt_geneve_data, -nl-type: binary}
  tca_flower_key_enc_opt_vxlan_attr:
    0: {id: tca_flower_key_enc_opt_vxlan_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opt_vxlan_gbp, -nl-type: u32}
  tca_flower_key_enc_opt_erspan_attr:
    0: {id: tca_flower_key_enc_opt_erspan_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opt_erspan_ver, -nl-type: u8}
    2: {id: tca_flower_key_enc_opt_erspan_index, -nl-type: u32, -nl-byte-order: big}
    3: {id: tca_flower_key_enc_opt_erspan_dir, -nl-type: u8}
    4: {id: tca_flower_key_enc_opt_erspan_hwid, -nl-type: u8}
  tca_flower_key_enc_opt_gtp_attr:
    0: {id: tca_flower_key_enc_opt_gtp_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opt_gtp_pdu_type, -nl-type: u8}
    2: {id: tca_flower_key_enc_opt_gtp_qfi, -nl-type: u8}
  tca_flower_key_enc_opt_pfcp_attr:
    0: {id: tca_flower_key_enc_opt_pfcp_unspec, -nl-type: binary}
    1: {id: tca_flower_key_enc_opt_pfcp_type, -nl-type: u8}
    2: {id: tca_flower_key_enc_opt_pfcp_seid, -nl-type: u64, -nl-byte-order: big}
  tca_flower_key_mpls_opts_attr:
    0: {id: tca_flower_key_mpls_opts_unspec, -nl-type: binary}
    1: {id: tca_flower_key_mpls_opts_lse, -nl-type: nest, -nl-nest: tca_flower_key_mpls_opt_lse_attr}
  tca_flower_key_mpls_opt_lse_attr:
    0: {id: tca_flower_key_mpls_opt_lse_unspec, -nl-type: binary}
    1: {id: tca_flower_key_mpls_opt_lse_depth, -nl-type: u8}
    2: {id: tca_flower_key_mpls_opt_lse_ttl, -nl-type: u8}
    3: {id: tca_flower_key_mpls_opt_lse_bos, -nl-type: u8}
    4: {id: tca_flower_key_mpls_opt_lse_tc, -nl-type: u8}
    5: {id: tca_flower_key_mpls_opt_lse_label, -nl-type: u32}
  tca_flower_key_cfm_attr:
    0: {id: tca_flower_key_cfm_opt_unspec, -nl-type: binary}
    1: {id: tca_flower_key_cfm_md_level, -nl-type: u8}
    2: {id: tca_flower_key_cfm_opcode, -nl-type: u8}
