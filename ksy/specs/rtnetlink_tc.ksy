meta:
  id: rtnetlink_tc
  title: "rtnetlink traffic control: struct tcmsg and TCA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Qdiscs, classes, filters and chains (RTM_*QDISC, RTM_*TCLASS, RTM_*TFILTER, RTM_*CHAIN):
  struct tcmsg followed by TCA_* attributes. Handles are major:minor pairs of 16 bits;
  tcm_parent names the special handles TC_H_ROOT and TC_H_INGRESS (also TC_H_CLSACT).

  TCA_OPTIONS depends on TCA_KIND (submsg): a nest for most qdiscs (fq_codel:
  tca_fq_codel_attr below), a plain struct for others (pfifo_fast and prio: struct
  tc_prio_qopt; pfifo, bfifo and pfifo_head_drop: struct tc_fifo_qopt). noqueue and noop
  send no TCA_OPTIONS; a kind not listed (htb, tbf, ...) shows its options as bytes.
  TCA_XSTATS and TCA_STATS_APP (qdisc-specific statistics) are bytes too.

  The structs with a u64 first (tc_stats, gnet_stats_basic) are padded to 8 bytes by
  64-bit kernels; the fields below stop at the last member.
doc-ref: /usr/include/linux/rtnetlink.h, /usr/include/linux/pkt_sched.h, /usr/include/linux/gen_stats.h, /usr/include/linux/netlink.h
params:
  - id: is_le
    type: bool
types:
  tcmsg:
    doc: struct tcmsg
    seq:
      - id: tcm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: tcm_pad1
        type: u1
      - id: tcm_pad2
        type: u2
      - id: tcm_ifindex
        type: s4
      - id: tcm_handle
        type: u4
      - id: tcm_parent
        type: u4
        -nl-enum: tc_h
      - id: tcm_info
        type: u4
  tc_stats:
    doc: struct tc_stats (TCA_STATS)
    seq:
      - id: bytes
        type: u8
      - id: packets
        type: u4
      - id: drops
        type: u4
      - id: overlimits
        type: u4
      - id: bps
        type: u4
      - id: pps
        type: u4
      - id: qlen
        type: u4
      - id: backlog
        type: u4
  tc_estimator:
    doc: struct tc_estimator (TCA_RATE)
    seq:
      - id: interval
        type: s1
      - id: ewma_log
        type: u1
  tc_sizespec:
    doc: struct tc_sizespec (TCA_STAB_BASE)
    seq:
      - id: cell_log
        type: u1
      - id: size_log
        type: u1
      - id: cell_align
        type: s2
      - id: overhead
        type: s4
      - id: linklayer
        type: u4
      - id: mpu
        type: u4
      - id: mtu
        type: u4
      - id: tsize
        type: u4
  tc_prio_qopt:
    doc: struct tc_prio_qopt (TCA_OPTIONS of pfifo_fast and prio)
    seq:
      - id: bands
        type: s4
      - id: priomap
        size: 16
  tc_fifo_qopt:
    doc: struct tc_fifo_qopt (TCA_OPTIONS of pfifo, bfifo and pfifo_head_drop)
    seq:
      - id: limit
        type: u4
  nla_bitfield32:
    doc: struct nla_bitfield32 (TCA_DUMP_FLAGS)
    seq:
      - id: value
        type: u4
        -nl-flags: tca_dump_flags
      - id: selector
        type: u4
        -nl-flags: tca_dump_flags
  gnet_stats_basic:
    doc: struct gnet_stats_basic (TCA_STATS_BASIC, TCA_STATS_BASIC_HW)
    seq:
      - id: bytes
        type: u8
      - id: packets
        type: u4
  gnet_stats_rate_est:
    doc: struct gnet_stats_rate_est (TCA_STATS_RATE_EST)
    seq:
      - id: bps
        type: u4
      - id: pps
        type: u4
  gnet_stats_rate_est64:
    doc: struct gnet_stats_rate_est64 (TCA_STATS_RATE_EST64)
    seq:
      - id: bps
        type: u8
      - id: pps
        type: u8
  gnet_stats_queue:
    doc: struct gnet_stats_queue (TCA_STATS_QUEUE)
    seq:
      - id: qlen
        type: u4
      - id: backlog
        type: u4
      - id: drops
        type: u4
      - id: requeues
        type: u4
      - id: overlimits
        type: u4
enums:
  tc_h:
    0x0: tc_h_unspec
    0xfffffff1: tc_h_ingress
    0xffffffff: tc_h_root
  tca_dump_flags:
    0x1: tca_dump_flags_terse
  tca_stats_attr:
    0: {id: tca_stats_unspec, -nl-type: binary}
    1: {id: tca_stats_basic, -nl-type: struct, -nl-struct: gnet_stats_basic}
    2: {id: tca_stats_rate_est, -nl-type: struct, -nl-struct: gnet_stats_rate_est}
    3: {id: tca_stats_queue, -nl-type: struct, -nl-struct: gnet_stats_queue}
    4: {id: tca_stats_app, -nl-type: binary}
    5: {id: tca_stats_rate_est64, -nl-type: struct, -nl-struct: gnet_stats_rate_est64}
    6: {id: tca_stats_pad, -nl-type: binary}
    7: {id: tca_stats_basic_hw, -nl-type: struct, -nl-struct: gnet_stats_basic}
    8: {id: tca_stats_pkt64, -nl-type: u64}
  tca_stab_attr:
    0: {id: tca_stab_unspec, -nl-type: binary}
    1: {id: tca_stab_base, -nl-type: struct, -nl-struct: tc_sizespec}
    2: {id: tca_stab_data, -nl-type: binary}
  tca_fq_codel_attr:
    # the options of qdisc fq_codel (TCA_OPTIONS when TCA_KIND is fq_codel)
    0: {id: tca_fq_codel_unspec, -nl-type: binary}
    1: {id: tca_fq_codel_target, -nl-type: u32}
    2: {id: tca_fq_codel_limit, -nl-type: u32}
    3: {id: tca_fq_codel_interval, -nl-type: u32}
    4: {id: tca_fq_codel_ecn, -nl-type: u32}
    5: {id: tca_fq_codel_flows, -nl-type: u32}
    6: {id: tca_fq_codel_quantum, -nl-type: u32}
    7: {id: tca_fq_codel_ce_threshold, -nl-type: u32}
    8: {id: tca_fq_codel_drop_batch_size, -nl-type: u32}
    9: {id: tca_fq_codel_memory_limit, -nl-type: u32}
    10: {id: tca_fq_codel_ce_threshold_selector, -nl-type: u8}
    11: {id: tca_fq_codel_ce_threshold_mask, -nl-type: u8}
  tca_attr:
    0: {id: tca_unspec, -nl-type: binary}
    1: {id: tca_kind, -nl-type: string}
    2: {id: tca_options, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {pfifo_fast: tc_prio_qopt, prio: tc_prio_qopt, pfifo: tc_fifo_qopt, bfifo: tc_fifo_qopt, pfifo_head_drop: tc_fifo_qopt, fq_codel: tca_fq_codel_attr}}
    3: {id: tca_stats, -nl-type: struct, -nl-struct: tc_stats}
    4: {id: tca_xstats, -nl-type: binary}
    5: {id: tca_rate, -nl-type: struct, -nl-struct: tc_estimator}
    6: {id: tca_fcnt, -nl-type: u32}
    7: {id: tca_stats2, -nl-type: nest, -nl-nest: tca_stats_attr}
    8: {id: tca_stab, -nl-type: nest, -nl-nest: tca_stab_attr}
    9: {id: tca_pad, -nl-type: binary}
    10: {id: tca_dump_invisible, -nl-type: flag}
    11: {id: tca_chain, -nl-type: u32}
    12: {id: tca_hw_offload, -nl-type: u8}
    13: {id: tca_ingress_block, -nl-type: u32}
    14: {id: tca_egress_block, -nl-type: u32}
    15: {id: tca_dump_flags, -nl-type: struct, -nl-struct: nla_bitfield32}
    16: {id: tca_ext_warn_msg, -nl-type: string}
