meta:
  id: rtnetlink_tc_act
  title: "rtnetlink traffic control: actions (RTM_*ACTION, TCA_ROOT_*, TCA_ACT_* and each kind's TCA_<KIND>_*)"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Actions, standalone (RTM_NEWACTION, RTM_DELACTION, RTM_GETACTION: struct tcamsg, then
  TCA_ROOT_*) or attached to a filter (a classifier's *_ACT attribute). TCA_ROOT_TAB holds the
  actions as entries numbered by their order, each a nest of TCA_ACT_*; TCA_ACT_OPTIONS
  depends on TCA_ACT_KIND (submsg): gact, mirred, police, pedit, vlan, skbedit, tunnel_key, csum,
  nat, connmark, ct, ctinfo, sample, ife, mpls, gate, simple, bpf, skbmod, each a nest of its
  own TCA_<KIND>_* set whose PARMS attribute is the kind's struct: struct tc_gen (index,
  capab, action, refcnt, bindcnt, written out) and the kind's own members. TCA_ACT_STATS
  is a TCA_STATS_* nest (rtnetlink_tc.ksy); *_TM is struct tcf_t (times in jiffies). An action's
  verdict (tc_act) may also be an extended one, TC_ACT_JUMP or TC_ACT_GOTO_CHAIN (opcode in the
  top 4 bits, a count or chain index below), which shows as its number.

  police (TCA_POLICE_*) is also the older inline policer of the classifiers' *_POLICE.
  Names, numbers and layouts follow the Linux 7.2 headers (pkt_cls.h, tc_act/*.h, rtnetlink.h).
doc-ref: /usr/include/linux/pkt_cls.h, /usr/include/linux/tc_act/, /usr/include/linux/rtnetlink.h, /usr/include/linux/ife.h
params:
  - id: is_le
    type: bool
types:
  tcf_t:
    doc: struct tcf_t (the *_TM attributes)
    seq:
      - {id: install, type: u8}
      - {id: lastuse, type: u8}
      - {id: expires, type: u8}
      - {id: firstuse, type: u8}
  tc_police:
    doc: struct tc_police (TCA_POLICE_TBF); rate and peakrate are struct tc_ratespec
    seq:
      - {id: index, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: limit, type: u4}
      - {id: burst, type: u4}
      - {id: mtu, type: u4}
      - {id: rate_cell_log, type: u1}
      - {id: rate_linklayer, type: u1, -nl-enum: rtnetlink_tc.tc_link_layer}
      - {id: rate_overhead, type: u2}
      - {id: rate_cell_align, type: s2}
      - {id: rate_mpu, type: u2}
      - {id: rate_rate, type: u4}
      - {id: peakrate_cell_log, type: u1}
      - {id: peakrate_linklayer, type: u1, -nl-enum: rtnetlink_tc.tc_link_layer}
      - {id: peakrate_overhead, type: u2}
      - {id: peakrate_cell_align, type: s2}
      - {id: peakrate_mpu, type: u2}
      - {id: peakrate_rate, type: u4}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: capab, type: u4}
  tc_gact_p:
    doc: struct tc_gact_p (TCA_GACT_PROB)
    seq:
      - {id: ptype, type: u2, -nl-enum: pgact}
      - {id: pval, type: u2}
      - {id: paction, type: s4, -nl-enum: tc_act}
  root_flags_bitfield32:
    doc: struct nla_bitfield32 of TCA_ROOT_FLAGS
    seq:
      - {id: value, type: u4, -nl-flags: tca_root_flags}
      - {id: selector, type: u4, -nl-flags: tca_root_flags}
  act_flags_bitfield32:
    doc: struct nla_bitfield32 of TCA_ACT_FLAGS
    seq:
      - {id: value, type: u4, -nl-flags: tca_act_flags}
      - {id: selector, type: u4, -nl-flags: tca_act_flags}
  hw_stats_bitfield32:
    doc: struct nla_bitfield32 of TCA_ACT_HW_STATS and TCA_ACT_USED_HW_STATS
    seq:
      - {id: value, type: u4, -nl-flags: tca_act_hw_stats}
      - {id: selector, type: u4, -nl-flags: tca_act_hw_stats}
  tc_gact:
    doc: "struct tc_gact (TCA_GACT_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_mirred:
    doc: struct tc_mirred (TCA_MIRRED_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: eaction, type: s4, -nl-enum: tca_mirred_eaction}
      - {id: ifindex, type: u4}
  tc_pedit_sel:
    doc: "struct tc_pedit_sel (TCA_PEDIT_PARMS, TCA_PEDIT_PARMS_EX): tc_gen, nkeys and flags, the padding the C compiler puts before the keys, then nkeys struct tc_pedit_key (24 bytes each) as keys [0], [1] ..."
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: nkeys, type: u1}
      - {id: flags, type: u1}
      - {id: pad, size: 2}
  tc_pedit_key:
    doc: |
      struct tc_pedit_key (each key after tc_pedit_sel): mask and val apply to the packet's 32-bit word at
      off as it lies in the packet, so they read big-endian (tc shows them so); off, at, offmask and shift
      are host-order numbers
    seq:
      - {id: mask, type: u4be}
      - {id: val, type: u4be}
      - {id: "off", type: u4}
      - {id: at, type: u4}
      - {id: offmask, type: u4}
      - {id: shift, type: u4}
  tc_vlan:
    doc: struct tc_vlan (TCA_VLAN_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: v_action, type: s4, -nl-enum: tca_vlan_act}
  tc_skbedit:
    doc: "struct tc_skbedit (TCA_SKBEDIT_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_tunnel_key:
    doc: struct tc_tunnel_key (TCA_TUNNEL_KEY_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: t_action, type: s4, -nl-enum: tca_tunnel_key_act}
  tc_csum:
    doc: struct tc_csum (TCA_CSUM_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: update_flags, type: u4, -nl-flags: tca_csum_update_flags}
  tc_nat:
    doc: struct tc_nat (TCA_NAT_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: old_addr, size: 4, -nl-type: ipv4}
      - {id: new_addr, size: 4, -nl-type: ipv4}
      - {id: mask, size: 4, -nl-type: ipv4}
      - {id: flags, type: u4, -nl-flags: tca_nat_flags}
  tc_connmark:
    doc: "struct tc_connmark (TCA_CONNMARK_PARMS); pad: the 2 bytes of padding the C struct ends in"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: zone, type: u2}
      - {id: pad, size: 2}
  tc_ct:
    doc: "struct tc_ct (TCA_CT_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_ctinfo:
    doc: "struct tc_ctinfo (TCA_CTINFO_ACT): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_sample:
    doc: "struct tc_sample (TCA_SAMPLE_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_ife:
    doc: "struct tc_ife (TCA_IFE_PARMS); pad: the 2 bytes of padding the C struct ends in"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: flags, type: u2, -nl-enum: tc_ife_flags}
      - {id: pad, size: 2}
  tc_mpls:
    doc: struct tc_mpls (TCA_MPLS_PARMS)
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: m_action, type: s4, -nl-enum: tca_mpls_act}
  tc_gate:
    doc: "struct tc_gate (TCA_GATE_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_defact:
    doc: "struct tc_defact (TCA_DEF_PARMS of simple): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_act_bpf:
    doc: "struct tc_act_bpf (TCA_ACT_BPF_PARMS): tc_gen"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
  tc_skbmod:
    doc: "struct tc_skbmod (TCA_SKBMOD_PARMS): tc_gen, the 4 bytes of padding before the u64, flags"
    seq:
      - {id: index, type: u4}
      - {id: capab, type: u4}
      - {id: action, type: s4, -nl-enum: tc_act}
      - {id: refcnt, type: s4}
      - {id: bindcnt, type: s4}
      - {id: pad, size: 4}
      - {id: flags, type: u8, -nl-flags: skbmod_flags}
enums:
  tc_act:
    -1: tc_act_unspec
    0: tc_act_ok
    1: tc_act_reclassify
    2: tc_act_shot
    3: tc_act_pipe
    4: tc_act_stolen
    5: tc_act_queued
    6: tc_act_repeat
    7: tc_act_redirect
    8: tc_act_trap
  tca_id:
    0: tca_id_unspec
    1: tca_id_police
    5: tca_id_gact
    6: tca_id_ipt
    7: tca_id_pedit
    8: tca_id_mirred
    9: tca_id_nat
    10: tca_id_xt
    11: tca_id_skbedit
    12: tca_id_vlan
    13: tca_id_bpf
    14: tca_id_connmark
    15: tca_id_skbmod
    16: tca_id_csum
    17: tca_id_tunnel_key
    22: tca_id_simp
    25: tca_id_ife
    26: tca_id_sample
    27: tca_id_ctinfo
    28: tca_id_mpls
    29: tca_id_ct
    30: tca_id_gate
  tca_root_flags:
    0x1: tca_flag_large_dump_on
    0x2: tca_act_flag_terse_dump
  tca_act_flags:
    0x1: tca_act_flags_no_percpu_stats
    0x2: tca_act_flags_skip_hw
    0x4: tca_act_flags_skip_sw
  tca_act_hw_stats:
    0x1: tca_act_hw_stats_immediate
    0x2: tca_act_hw_stats_delayed
  pgact:
    0: pgact_none
    1: pgact_netrand
    2: pgact_determ
  tca_mirred_eaction:
    1: tca_egress_redir
    2: tca_egress_mirror
    3: tca_ingress_redir
    4: tca_ingress_mirror
  tca_vlan_act:
    1: tca_vlan_act_pop
    2: tca_vlan_act_push
    3: tca_vlan_act_modify
    4: tca_vlan_act_pop_eth
    5: tca_vlan_act_push_eth
  tca_tunnel_key_act:
    1: tca_tunnel_key_act_set
    2: tca_tunnel_key_act_release
  tca_mpls_act:
    1: tca_mpls_act_pop
    2: tca_mpls_act_push
    3: tca_mpls_act_modify
    4: tca_mpls_act_dec_ttl
    5: tca_mpls_act_mac_push
  tca_csum_update_flags:
    0x1: tca_csum_update_flag_ipv4hdr
    0x2: tca_csum_update_flag_icmp
    0x4: tca_csum_update_flag_igmp
    0x8: tca_csum_update_flag_tcp
    0x10: tca_csum_update_flag_udp
    0x20: tca_csum_update_flag_udplite
    0x40: tca_csum_update_flag_sctp
  tca_nat_flags:
    0x1: tca_nat_flag_egress
  tca_ct_act:
    0x1: tca_ct_act_commit
    0x2: tca_ct_act_force
    0x4: tca_ct_act_clear
    0x8: tca_ct_act_nat
    0x10: tca_ct_act_nat_src
    0x20: tca_ct_act_nat_dst
  tc_ife_flags:
    0: ife_decode
    1: ife_encode
  skbedit_flags:
    0x1: skbedit_f_priority
    0x2: skbedit_f_queue_mapping
    0x4: skbedit_f_mark
    0x8: skbedit_f_ptype
    0x10: skbedit_f_mask
    0x20: skbedit_f_inheritdsfield
    0x40: skbedit_f_txq_skbhash
  skbmod_flags:
    0x1: skbmod_f_dmac
    0x2: skbmod_f_smac
    0x4: skbmod_f_etype
    0x8: skbmod_f_swapmac
    0x10: skbmod_f_ecn
  pedit_header_type:
    0: tca_pedit_key_ex_hdr_type_network
    1: tca_pedit_key_ex_hdr_type_eth
    2: tca_pedit_key_ex_hdr_type_ip4
    3: tca_pedit_key_ex_hdr_type_ip6
    4: tca_pedit_key_ex_hdr_type_tcp
    5: tca_pedit_key_ex_hdr_type_udp
  pedit_cmd:
    0: tca_pedit_key_ex_cmd_set
    1: tca_pedit_key_ex_cmd_add
  tca_root_attr:
    # RTM_*ACTION after struct tcamsg
    0: {id: tca_root_unspec, -nl-type: binary}
    1: {id: tca_root_tab, -nl-type: nest-array, -nl-nest: tca_act_attr}
    2: {id: tca_root_flags, -nl-type: struct, -nl-struct: root_flags_bitfield32}
    3: {id: tca_root_count, -nl-type: u32}
    4: {id: tca_root_time_delta, -nl-type: u32}
    5: {id: tca_root_ext_warn_msg, -nl-type: string}
  tca_act_attr:
    0: {id: tca_act_unspec, -nl-type: binary}
    1: {id: tca_act_kind, -nl-type: string}
    2: {id: tca_act_options, -nl-type: submsg, -nl-selector: TCA_ACT_KIND, -nl-submsg: {gact: tca_gact_attr, mirred: tca_mirred_attr, police: tca_police_attr, pedit: tca_pedit_attr, vlan: tca_vlan_attr, skbedit: tca_skbedit_attr, tunnel_key: tca_tunnel_key_attr, csum: tca_csum_attr, nat: tca_nat_attr, connmark: tca_connmark_attr, ct: tca_ct_attr, ctinfo: tca_ctinfo_attr, sample: tca_sample_attr, ife: tca_ife_attr, mpls: tca_mpls_attr, gate: tca_gate_attr, simple: tca_def_attr, bpf: tca_act_bpf_attr, skbmod: tca_skbmod_attr}}
    3: {id: tca_act_index, -nl-type: u32}
    4: {id: tca_act_stats, -nl-type: nest, -nl-nest: rtnetlink_tc.tca_stats_attr}
    5: {id: tca_act_pad, -nl-type: binary}
    6: {id: tca_act_cookie, -nl-type: binary}
    7: {id: tca_act_flags, -nl-type: struct, -nl-struct: act_flags_bitfield32}
    8: {id: tca_act_hw_stats, -nl-type: struct, -nl-struct: hw_stats_bitfield32}
    9: {id: tca_act_used_hw_stats, -nl-type: struct, -nl-struct: hw_stats_bitfield32}
    10: {id: tca_act_in_hw_count, -nl-type: u32}
  tca_police_attr:
    0: {id: tca_police_unspec, -nl-type: binary}
    1: {id: tca_police_tbf, -nl-type: struct, -nl-struct: tc_police}
    2: {id: tca_police_rate, -nl-type: binary}
    3: {id: tca_police_peakrate, -nl-type: binary}
    4: {id: tca_police_avrate, -nl-type: u32}
    5: {id: tca_police_result, -nl-type: u32, -nl-enum: tc_act}
    6: {id: tca_police_tm, -nl-type: struct, -nl-struct: tcf_t}
    7: {id: tca_police_pad, -nl-type: binary}
    8: {id: tca_police_rate64, -nl-type: u64}
    9: {id: tca_police_peakrate64, -nl-type: u64}
    10: {id: tca_police_pktrate64, -nl-type: u64}
    11: {id: tca_police_pktburst64, -nl-type: u64}
  tca_gact_attr:
    0: {id: tca_gact_unspec, -nl-type: binary}
    1: {id: tca_gact_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_gact_parms, -nl-type: struct, -nl-struct: tc_gact}
    3: {id: tca_gact_prob, -nl-type: struct, -nl-struct: tc_gact_p}
    4: {id: tca_gact_pad, -nl-type: binary}
  tca_mirred_attr:
    0: {id: tca_mirred_unspec, -nl-type: binary}
    1: {id: tca_mirred_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_mirred_parms, -nl-type: struct, -nl-struct: tc_mirred}
    3: {id: tca_mirred_pad, -nl-type: binary}
    4: {id: tca_mirred_blockid, -nl-type: u32}
  tca_pedit_attr:
    0: {id: tca_pedit_unspec, -nl-type: binary}
    1: {id: tca_pedit_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_pedit_parms, -nl-type: struct, -nl-struct: tc_pedit_sel, -nl-tail: keys, -nl-tail-struct: tc_pedit_key}
    3: {id: tca_pedit_pad, -nl-type: binary}
    4: {id: tca_pedit_parms_ex, -nl-type: struct, -nl-struct: tc_pedit_sel, -nl-tail: keys, -nl-tail-struct: tc_pedit_key}
    5: {id: tca_pedit_keys_ex, -nl-type: nest, -nl-nest: tca_pedit_attr}
    6: {id: tca_pedit_key_ex, -nl-type: nest, -nl-nest: tca_pedit_key_ex_attr}
  tca_pedit_key_ex_attr:
    1: {id: tca_pedit_key_ex_htype, -nl-type: u16, -nl-enum: pedit_header_type}
    2: {id: tca_pedit_key_ex_cmd, -nl-type: u16, -nl-enum: pedit_cmd}
  tca_vlan_attr:
    0: {id: tca_vlan_unspec, -nl-type: binary}
    1: {id: tca_vlan_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_vlan_parms, -nl-type: struct, -nl-struct: tc_vlan}
    3: {id: tca_vlan_push_vlan_id, -nl-type: u16}
    4: {id: tca_vlan_push_vlan_protocol, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    5: {id: tca_vlan_pad, -nl-type: binary}
    6: {id: tca_vlan_push_vlan_priority, -nl-type: u8}
    7: {id: tca_vlan_push_eth_dst, -nl-type: lladdr}
    8: {id: tca_vlan_push_eth_src, -nl-type: lladdr}
  tca_skbedit_attr:
    0: {id: tca_skbedit_unspec, -nl-type: binary}
    1: {id: tca_skbedit_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_skbedit_parms, -nl-type: struct, -nl-struct: tc_skbedit}
    3: {id: tca_skbedit_priority, -nl-type: u32}
    4: {id: tca_skbedit_queue_mapping, -nl-type: u16}
    5: {id: tca_skbedit_mark, -nl-type: u32}
    6: {id: tca_skbedit_pad, -nl-type: binary}
    7: {id: tca_skbedit_ptype, -nl-type: u16}
    8: {id: tca_skbedit_mask, -nl-type: u32}
    9: {id: tca_skbedit_flags, -nl-type: u64, -nl-flags: skbedit_flags}
    10: {id: tca_skbedit_queue_mapping_max, -nl-type: u16}
  tca_tunnel_key_attr:
    0: {id: tca_tunnel_key_unspec, -nl-type: binary}
    1: {id: tca_tunnel_key_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_tunnel_key_parms, -nl-type: struct, -nl-struct: tc_tunnel_key}
    3: {id: tca_tunnel_key_enc_ipv4_src, -nl-type: ipv4}
    4: {id: tca_tunnel_key_enc_ipv4_dst, -nl-type: ipv4}
    5: {id: tca_tunnel_key_enc_ipv6_src, -nl-type: ipv6}
    6: {id: tca_tunnel_key_enc_ipv6_dst, -nl-type: ipv6}
    7: {id: tca_tunnel_key_enc_key_id, -nl-type: uint, -nl-byte-order: big}
    8: {id: tca_tunnel_key_pad, -nl-type: binary}
    9: {id: tca_tunnel_key_enc_dst_port, -nl-type: u16, -nl-byte-order: big}
    10: {id: tca_tunnel_key_no_csum, -nl-type: u8}
    11: {id: tca_tunnel_key_enc_opts, -nl-type: nest, -nl-nest: tca_tunnel_key_enc_opts_attr}
    12: {id: tca_tunnel_key_enc_tos, -nl-type: u8}
    13: {id: tca_tunnel_key_enc_ttl, -nl-type: u8}
    14: {id: tca_tunnel_key_no_frag, -nl-type: flag}
  tca_tunnel_key_enc_opts_attr:
    0: {id: tca_tunnel_key_enc_opts_unspec, -nl-type: binary}
    1: {id: tca_tunnel_key_enc_opts_geneve, -nl-type: nest, -nl-nest: tca_tunnel_key_enc_opt_geneve_attr}
    2: {id: tca_tunnel_key_enc_opts_vxlan, -nl-type: nest, -nl-nest: tca_tunnel_key_enc_opt_vxlan_attr}
    3: {id: tca_tunnel_key_enc_opts_erspan, -nl-type: nest, -nl-nest: tca_tunnel_key_enc_opt_erspan_attr}
  tca_tunnel_key_enc_opt_geneve_attr:
    0: {id: tca_tunnel_key_enc_opt_geneve_unspec, -nl-type: binary}
    1: {id: tca_tunnel_key_enc_opt_geneve_class, -nl-type: u16, -nl-byte-order: big}
    2: {id: tca_tunnel_key_enc_opt_geneve_type, -nl-type: u8}
    3: {id: tca_tunnel_key_enc_opt_geneve_data, -nl-type: binary}
  tca_tunnel_key_enc_opt_vxlan_attr:
    0: {id: tca_tunnel_key_enc_opt_vxlan_unspec, -nl-type: binary}
    1: {id: tca_tunnel_key_enc_opt_vxlan_gbp, -nl-type: u32}
  tca_tunnel_key_enc_opt_erspan_attr:
    0: {id: tca_tunnel_key_enc_opt_erspan_unspec, -nl-type: binary}
    1: {id: tca_tunnel_key_enc_opt_erspan_ver, -nl-type: u8}
    2: {id: tca_tunnel_key_enc_opt_erspan_index, -nl-type: u32, -nl-byte-order: big}
    3: {id: tca_tunnel_key_enc_opt_erspan_dir, -nl-type: u8}
    4: {id: tca_tunnel_key_enc_opt_erspan_hwid, -nl-type: u8}
  tca_csum_attr:
    0: {id: tca_csum_unspec, -nl-type: binary}
    1: {id: tca_csum_parms, -nl-type: struct, -nl-struct: tc_csum}
    2: {id: tca_csum_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_csum_pad, -nl-type: binary}
  tca_nat_attr:
    0: {id: tca_nat_unspec, -nl-type: binary}
    1: {id: tca_nat_parms, -nl-type: struct, -nl-struct: tc_nat}
    2: {id: tca_nat_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_nat_pad, -nl-type: binary}
  tca_connmark_attr:
    0: {id: tca_connmark_unspec, -nl-type: binary}
    1: {id: tca_connmark_parms, -nl-type: struct, -nl-struct: tc_connmark}
    2: {id: tca_connmark_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_connmark_pad, -nl-type: binary}
  tca_ct_attr:
    0: {id: tca_ct_unspec, -nl-type: binary}
    1: {id: tca_ct_parms, -nl-type: struct, -nl-struct: tc_ct}
    2: {id: tca_ct_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_ct_action, -nl-type: u16, -nl-flags: tca_ct_act}
    4: {id: tca_ct_zone, -nl-type: u16}
    5: {id: tca_ct_mark, -nl-type: u32}
    6: {id: tca_ct_mark_mask, -nl-type: u32}
    7: {id: tca_ct_labels, -nl-type: binary}
    8: {id: tca_ct_labels_mask, -nl-type: binary}
    9: {id: tca_ct_nat_ipv4_min, -nl-type: ipv4}
    10: {id: tca_ct_nat_ipv4_max, -nl-type: ipv4}
    11: {id: tca_ct_nat_ipv6_min, -nl-type: ipv6}
    12: {id: tca_ct_nat_ipv6_max, -nl-type: ipv6}
    13: {id: tca_ct_nat_port_min, -nl-type: u16, -nl-byte-order: big}
    14: {id: tca_ct_nat_port_max, -nl-type: u16, -nl-byte-order: big}
    15: {id: tca_ct_pad, -nl-type: binary}
    16: {id: tca_ct_helper_name, -nl-type: string}
    17: {id: tca_ct_helper_family, -nl-type: u8}
    18: {id: tca_ct_helper_proto, -nl-type: u8}
  tca_ctinfo_attr:
    0: {id: tca_ctinfo_unspec, -nl-type: binary}
    1: {id: tca_ctinfo_pad, -nl-type: binary}
    2: {id: tca_ctinfo_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_ctinfo_act, -nl-type: struct, -nl-struct: tc_ctinfo}
    4: {id: tca_ctinfo_zone, -nl-type: u16}
    5: {id: tca_ctinfo_parms_dscp_mask, -nl-type: u32}
    6: {id: tca_ctinfo_parms_dscp_statemask, -nl-type: u32}
    7: {id: tca_ctinfo_parms_cpmark_mask, -nl-type: u32}
    8: {id: tca_ctinfo_stats_dscp_set, -nl-type: u64}
    9: {id: tca_ctinfo_stats_dscp_error, -nl-type: u64}
    10: {id: tca_ctinfo_stats_cpmark_set, -nl-type: u64}
  tca_sample_attr:
    0: {id: tca_sample_unspec, -nl-type: binary}
    1: {id: tca_sample_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_sample_parms, -nl-type: struct, -nl-struct: tc_sample}
    3: {id: tca_sample_rate, -nl-type: u32}
    4: {id: tca_sample_trunc_size, -nl-type: u32}
    5: {id: tca_sample_psample_group, -nl-type: u32}
    6: {id: tca_sample_pad, -nl-type: binary}
  tca_ife_attr:
    0: {id: tca_ife_unspec, -nl-type: binary}
    1: {id: tca_ife_parms, -nl-type: struct, -nl-struct: tc_ife}
    2: {id: tca_ife_tm, -nl-type: struct, -nl-struct: tcf_t}
    3: {id: tca_ife_dmac, -nl-type: lladdr}
    4: {id: tca_ife_smac, -nl-type: lladdr}
    5: {id: tca_ife_type, -nl-type: u16}
    6: {id: tca_ife_metalst, -nl-type: nest, -nl-nest: ife_meta_attr}
    7: {id: tca_ife_pad, -nl-type: binary}
  ife_meta_attr:
    # TCA_IFE_METALST: the metadata an ife action encodes; an attribute without a value (allow) or with one (use)
    1: {id: ife_meta_skbmark, -nl-type: binary}
    2: {id: ife_meta_hashid, -nl-type: binary}
    3: {id: ife_meta_prio, -nl-type: binary}
    4: {id: ife_meta_qmap, -nl-type: binary}
    5: {id: ife_meta_tcindex, -nl-type: binary}
  tca_mpls_attr:
    0: {id: tca_mpls_unspec, -nl-type: binary}
    1: {id: tca_mpls_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_mpls_parms, -nl-type: struct, -nl-struct: tc_mpls}
    3: {id: tca_mpls_pad, -nl-type: binary}
    4: {id: tca_mpls_proto, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    5: {id: tca_mpls_label, -nl-type: u32}
    6: {id: tca_mpls_tc, -nl-type: u8}
    7: {id: tca_mpls_ttl, -nl-type: u8}
    8: {id: tca_mpls_bos, -nl-type: u8}
  tca_gate_entry_attr:
    0: {id: tca_gate_entry_unspec, -nl-type: binary}
    1: {id: tca_gate_entry_index, -nl-type: u32}
    2: {id: tca_gate_entry_gate, -nl-type: flag}
    3: {id: tca_gate_entry_interval, -nl-type: u32}
    4: {id: tca_gate_entry_ipv, -nl-type: s32}
    5: {id: tca_gate_entry_max_octets, -nl-type: s32}
  tca_gate_one_entry_attr:
    0: {id: tca_gate_one_entry_unspec, -nl-type: binary}
    1: {id: tca_gate_one_entry, -nl-type: nest, -nl-nest: tca_gate_entry_attr}
  tca_gate_attr:
    0: {id: tca_gate_unspec, -nl-type: binary}
    1: {id: tca_gate_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_gate_parms, -nl-type: struct, -nl-struct: tc_gate}
    3: {id: tca_gate_pad, -nl-type: binary}
    4: {id: tca_gate_priority, -nl-type: s32}
    5: {id: tca_gate_entry_list, -nl-type: nest, -nl-nest: tca_gate_one_entry_attr}
    6: {id: tca_gate_base_time, -nl-type: u64}
    7: {id: tca_gate_cycle_time, -nl-type: u64}
    8: {id: tca_gate_cycle_time_ext, -nl-type: u64}
    9: {id: tca_gate_flags, -nl-type: u32}
    10: {id: tca_gate_clockid, -nl-type: s32}
  tca_def_attr:
    # simple (act_simple): its data is a string
    0: {id: tca_def_unspec, -nl-type: binary}
    1: {id: tca_def_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_def_parms, -nl-type: struct, -nl-struct: tc_defact}
    3: {id: tca_def_data, -nl-type: string}
    4: {id: tca_def_pad, -nl-type: binary}
  tca_act_bpf_attr:
    0: {id: tca_act_bpf_unspec, -nl-type: binary}
    1: {id: tca_act_bpf_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_act_bpf_parms, -nl-type: struct, -nl-struct: tc_act_bpf}
    3: {id: tca_act_bpf_ops_len, -nl-type: u16}
    4: {id: tca_act_bpf_ops, -nl-type: binary}
    5: {id: tca_act_bpf_fd, -nl-type: u32}
    6: {id: tca_act_bpf_name, -nl-type: string}
    7: {id: tca_act_bpf_pad, -nl-type: binary}
    8: {id: tca_act_bpf_tag, -nl-type: binary}
    9: {id: tca_act_bpf_id, -nl-type: u32}
  tca_skbmod_attr:
    0: {id: tca_skbmod_unspec, -nl-type: binary}
    1: {id: tca_skbmod_tm, -nl-type: struct, -nl-struct: tcf_t}
    2: {id: tca_skbmod_parms, -nl-type: struct, -nl-struct: tc_skbmod}
    3: {id: tca_skbmod_dmac, -nl-type: lladdr}
    4: {id: tca_skbmod_smac, -nl-type: lladdr}
    5: {id: tca_skbmod_etype, -nl-type: u16, -nl-byte-order: big}
    6: {id: tca_skbmod_pad, -nl-type: binary}
