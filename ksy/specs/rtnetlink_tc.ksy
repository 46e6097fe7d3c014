meta:
  id: rtnetlink_tc
  title: "rtnetlink traffic control: struct tcmsg, TCA_* attributes and the qdiscs' options"
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

  TCA_OPTIONS and TCA_XSTATS depend on TCA_KIND (submsg), and on what the message is about: the
  same kind names a qdisc and its classes (htb, hfsc ...), whose options and statistics differ,
  so qdisc messages use the set tca_attr, class messages tca_class_attr and filter and chain
  messages tca_filter_attr (the classifiers, in rtnetlink_tc_cls.ksy); the three differ only in
  those two maps. Most qdiscs' options are a nest of their own TCA_<KIND>_* set; some are a
  plain struct (pfifo_fast: tc_prio_qopt; pfifo, bfifo, pfifo_head_drop: tc_fifo_qopt; sfq:
  tc_sfq_qopt_v1; multiq, skbprio, hfsc), three a struct followed by attributes (-nl-then on the
  struct: netem's tc_netem_qopt then TCA_NETEM_*, mqprio's tc_mqprio_qopt then TCA_MQPRIO_*, and
  prio's struct tc_prio_qopt, as tc_prio_qopt_compat, then what iproute2 adds after it).
  ingress and clsact send an empty TCA_OPTIONS, noqueue, mq, drr, qfq and plug none.
  TCA_XSTATS is the struct the header documents for the kind; TCA_STATS_APP in TCA_STATS2 holds
  the same bytes (gnet_stats_copy_app writes both) and reads as the message's TCA_XSTATS, by
  its TCA_KIND a level up (-nl-same-as). cake sends its statistics only there, as a nest of
  TCA_CAKE_STATS_* (tca_cake_stats_attr below), so TCA_XSTATS's maps name it for that.

  Nested structs of the header (struct tc_ratespec inside tc_htb_opt, tc_tbf_qopt ...) are
  written out member by member with the outer member's name as prefix (rate_rate, ceil_rate);
  arrays of bytes or u16 (priomap, count, offset) are numbered entries (-nl-entry-type; count and
  offset as many as num_tc says).

  The structs with a u64 first (tc_stats, gnet_stats_basic) are padded to 8 bytes by
  64-bit kernels: their last member pad is those bytes (-nl-grows: a 32-bit kernel's value lacks it). Names, numbers and layouts follow
  the Linux 7.2 headers.
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
    doc: "struct tc_stats (TCA_STATS); pad: the 4 bytes a 64-bit kernel adds to align the struct to its u64 (a 32-bit kernel's 36 bytes read without it)"
    -nl-grows: true
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
      - id: pad
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
    doc: struct tc_prio_qopt (TCA_OPTIONS of pfifo_fast; TCA_FQ_PRIOMAP)
    seq:
      - id: bands
        type: s4
      - {id: priomap, size: 16, -nl-entry-type: u8, doc: "the band of each priority TC_PRIO_*"}
  tc_prio_qopt_compat:
    doc: |
      struct tc_prio_qopt as TCA_OPTIONS of prio, followed by TCA_* attributes: iproute2 writes prio's
      options as a "compat nest", the struct then an empty TCA_OPTIONS; the kernel answers with the
      struct alone
    -nl-then: tca_attr
    seq:
      - id: bands
        type: s4
      - {id: priomap, size: 16, -nl-entry-type: u8, doc: "the band of each priority TC_PRIO_*"}
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
    doc: "struct gnet_stats_basic (TCA_STATS_BASIC, TCA_STATS_BASIC_HW); pad: the 4 bytes a 64-bit kernel adds to align the struct to its u64 (a 32-bit kernel's 12 bytes read without it)"
    -nl-grows: true
    seq:
      - id: bytes
        type: u8
      - id: packets
        type: u4
      - id: pad
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
  tc_skbprio_qopt:
    doc: struct tc_skbprio_qopt (TCA_OPTIONS of skbprio)
    seq:
      - {id: limit, type: u4}
  tc_multiq_qopt:
    doc: struct tc_multiq_qopt (TCA_OPTIONS of multiq)
    seq:
      - {id: bands, type: u2}
      - {id: max_bands, type: u2}
  tc_plug_qopt:
    doc: struct tc_plug_qopt (TCA_OPTIONS of plug, sent to the kernel only)
    seq:
      - {id: action, type: s4, -nl-enum: tcq_plug}
      - {id: limit, type: u4}
  tc_tbf_qopt:
    doc: struct tc_tbf_qopt (TCA_TBF_PARMS); rate and peakrate are struct tc_ratespec
    seq:
      - {id: rate_cell_log, type: u1}
      - {id: rate_linklayer, type: u1, -nl-enum: tc_link_layer}
      - {id: rate_overhead, type: u2}
      - {id: rate_cell_align, type: s2}
      - {id: rate_mpu, type: u2}
      - {id: rate_rate, type: u4}
      - {id: peakrate_cell_log, type: u1}
      - {id: peakrate_linklayer, type: u1, -nl-enum: tc_link_layer}
      - {id: peakrate_overhead, type: u2}
      - {id: peakrate_cell_align, type: s2}
      - {id: peakrate_mpu, type: u2}
      - {id: peakrate_rate, type: u4}
      - {id: limit, type: u4}
      - {id: buffer, type: u4}
      - {id: mtu, type: u4}
  tc_sfq_qopt_v1:
    doc: |
      struct tc_sfq_qopt_v1 (TCA_OPTIONS of sfq): struct tc_sfq_qopt (quantum ... flows, its
      members as v0's), then the SFQRED parameters and struct tc_sfqred_stats. A request may send
      only tc_sfq_qopt (20 bytes), which reads as the first five members.
    -nl-grows: true
    seq:
      - {id: quantum, type: u4}
      - {id: perturb_period, type: s4}
      - {id: limit, type: u4}
      - {id: divisor, type: u4}
      - {id: flows, type: u4}
      - {id: depth, type: u4}
      - {id: headdrop, type: u4}
      - {id: red_limit, type: u4}
      - {id: qth_min, type: u4}
      - {id: qth_max, type: u4}
      - {id: wlog, type: u1}
      - {id: plog, type: u1}
      - {id: scell_log, type: u1}
      - {id: flags, type: u1, -nl-flags: tc_red_flags}
      - {id: max_p, type: u4}
      - {id: prob_drop, type: u4}
      - {id: forced_drop, type: u4}
      - {id: prob_mark, type: u4}
      - {id: forced_mark, type: u4}
      - {id: prob_mark_head, type: u4}
      - {id: forced_mark_head, type: u4}
  tc_sfq_xstats:
    doc: struct tc_sfq_xstats (TCA_XSTATS of an sfq class)
    seq:
      - {id: allot, type: s4}
  tc_red_qopt:
    doc: struct tc_red_qopt (TCA_RED_PARMS)
    seq:
      - {id: limit, type: u4}
      - {id: qth_min, type: u4}
      - {id: qth_max, type: u4}
      - {id: wlog, type: u1}
      - {id: plog, type: u1}
      - {id: scell_log, type: u1}
      - {id: flags, type: u1, -nl-flags: tc_red_flags}
  red_flags_bitfield32:
    doc: struct nla_bitfield32 of TCA_RED_FLAGS (bits of TC_RED_*)
    seq:
      - {id: value, type: u4, -nl-flags: tc_red_flags}
      - {id: selector, type: u4, -nl-flags: tc_red_flags}
  tc_red_xstats:
    doc: struct tc_red_xstats (TCA_XSTATS of red)
    seq:
      - {id: early, type: u4}
      - {id: pdrop, type: u4}
      - {id: other, type: u4}
      - {id: marked, type: u4}
  tc_gred_qopt:
    doc: struct tc_gred_qopt (each virtual queue of TCA_GRED_PARMS, which holds MAX_DPS = 16 of them)
    seq:
      - {id: limit, type: u4}
      - {id: qth_min, type: u4}
      - {id: qth_max, type: u4}
      - {id: dp, type: u4}
      - {id: backlog, type: u4}
      - {id: qave, type: u4}
      - {id: forced, type: u4}
      - {id: early, type: u4}
      - {id: other, type: u4}
      - {id: pdrop, type: u4}
      - {id: wlog, type: u1}
      - {id: plog, type: u1}
      - {id: scell_log, type: u1}
      - {id: prio, type: u1}
      - {id: packets, type: u4}
      - {id: bytesin, type: u4}
  tc_gred_sopt:
    doc: struct tc_gred_sopt (TCA_GRED_DPS)
    seq:
      - {id: dps, type: u4}
      - {id: def_dp, type: u4}
      - {id: grio, type: u1}
      - {id: flags, type: u1, -nl-flags: tc_red_flags}
      - {id: pad1, type: u2}
  tc_choke_qopt:
    doc: struct tc_choke_qopt (TCA_CHOKE_PARMS)
    seq:
      - {id: limit, type: u4}
      - {id: qth_min, type: u4}
      - {id: qth_max, type: u4}
      - {id: wlog, type: u1}
      - {id: plog, type: u1}
      - {id: scell_log, type: u1}
      - {id: flags, type: u1, -nl-flags: tc_red_flags}
  tc_choke_xstats:
    doc: struct tc_choke_xstats (TCA_XSTATS of choke)
    seq:
      - {id: early, type: u4}
      - {id: pdrop, type: u4}
      - {id: other, type: u4}
      - {id: marked, type: u4}
      - {id: matched, type: u4}
  tc_htb_opt:
    doc: struct tc_htb_opt (TCA_HTB_PARMS of an htb class); rate and ceil are struct tc_ratespec
    seq:
      - {id: rate_cell_log, type: u1}
      - {id: rate_linklayer, type: u1, -nl-enum: tc_link_layer}
      - {id: rate_overhead, type: u2}
      - {id: rate_cell_align, type: s2}
      - {id: rate_mpu, type: u2}
      - {id: rate_rate, type: u4}
      - {id: ceil_cell_log, type: u1}
      - {id: ceil_linklayer, type: u1, -nl-enum: tc_link_layer}
      - {id: ceil_overhead, type: u2}
      - {id: ceil_cell_align, type: s2}
      - {id: ceil_mpu, type: u2}
      - {id: ceil_rate, type: u4}
      - {id: buffer, type: u4}
      - {id: cbuffer, type: u4}
      - {id: quantum, type: u4}
      - {id: level, type: u4}
      - {id: prio, type: u4}
  tc_htb_glob:
    doc: struct tc_htb_glob (TCA_HTB_INIT of the htb qdisc)
    seq:
      - {id: version, type: u4}
      - {id: rate2quantum, type: u4}
      - {id: defcls, type: u4}
      - {id: debug, type: u4}
      - {id: direct_pkts, type: u4}
  tc_htb_xstats:
    doc: struct tc_htb_xstats (TCA_XSTATS of an htb class)
    seq:
      - {id: lends, type: u4}
      - {id: borrows, type: u4}
      - {id: giants, type: u4}
      - {id: tokens, type: s4}
      - {id: ctokens, type: s4}
  tc_hfsc_qopt:
    doc: struct tc_hfsc_qopt (TCA_OPTIONS of the hfsc qdisc)
    seq:
      - {id: defcls, type: u2}
  tc_service_curve:
    doc: struct tc_service_curve (TCA_HFSC_RSC, _FSC, _USC)
    seq:
      - {id: m1, type: u4}
      - {id: d, type: u4}
      - {id: m2, type: u4}
  tc_hfsc_stats:
    doc: struct tc_hfsc_stats (TCA_XSTATS of an hfsc class)
    seq:
      - {id: work, type: u8}
      - {id: rtwork, type: u8}
      - {id: period, type: u4}
      - {id: level, type: u4}
  tc_netem_qopt:
    doc: struct tc_netem_qopt (TCA_OPTIONS of netem, followed by TCA_NETEM_* from its size aligned to 4)
    -nl-then: tca_netem_attr
    seq:
      - {id: latency, type: u4}
      - {id: limit, type: u4}
      - {id: loss, type: u4}
      - {id: gap, type: u4}
      - {id: duplicate, type: u4}
      - {id: jitter, type: u4}
  tc_netem_corr:
    doc: struct tc_netem_corr (TCA_NETEM_CORR)
    seq:
      - {id: delay_corr, type: u4}
      - {id: loss_corr, type: u4}
      - {id: dup_corr, type: u4}
  tc_netem_reorder:
    doc: struct tc_netem_reorder (TCA_NETEM_REORDER)
    seq:
      - {id: probability, type: u4}
      - {id: correlation, type: u4}
  tc_netem_corrupt:
    doc: struct tc_netem_corrupt (TCA_NETEM_CORRUPT)
    seq:
      - {id: probability, type: u4}
      - {id: correlation, type: u4}
  tc_netem_rate:
    doc: struct tc_netem_rate (TCA_NETEM_RATE)
    seq:
      - {id: rate, type: u4}
      - {id: packet_overhead, type: s4}
      - {id: cell_size, type: u4}
      - {id: cell_overhead, type: s4}
  tc_netem_slot:
    doc: struct tc_netem_slot (TCA_NETEM_SLOT)
    seq:
      - {id: min_delay, type: s8}
      - {id: max_delay, type: s8}
      - {id: max_packets, type: s4}
      - {id: max_bytes, type: s4}
      - {id: dist_delay, type: s8}
      - {id: dist_jitter, type: s8}
  tc_netem_gimodel:
    doc: struct tc_netem_gimodel (NETEM_LOSS_GI)
    seq:
      - {id: p13, type: u4}
      - {id: p31, type: u4}
      - {id: p32, type: u4}
      - {id: p14, type: u4}
      - {id: p23, type: u4}
  tc_netem_gemodel:
    doc: struct tc_netem_gemodel (NETEM_LOSS_GE)
    seq:
      - {id: p, type: u4}
      - {id: r, type: u4}
      - {id: h, type: u4}
      - {id: k1, type: u4}
  tc_netem_xstats:
    doc: struct tc_netem_xstats (TCA_XSTATS of netem, 7.2)
    seq:
      - {id: delayed, type: u8}
      - {id: dropped, type: u8}
      - {id: corrupted, type: u8}
      - {id: duplicated, type: u8}
      - {id: reordered, type: u8}
      - {id: ecn_marked, type: u8}
      - {id: allocation_errors, type: u8}
  tc_drr_stats:
    doc: struct tc_drr_stats (TCA_XSTATS of a drr class)
    seq:
      - {id: deficit, type: u4}
  tc_mqprio_qopt:
    doc: |
      struct tc_mqprio_qopt (TCA_OPTIONS of mqprio, followed by TCA_MQPRIO_* from its size aligned
      to 4; TCA_TAPRIO_ATTR_PRIOMAP): count and offset are __u16[16], one per traffic class
    -nl-then: tca_mqprio_attr
    seq:
      - {id: num_tc, type: u1}
      - {id: prio_tc_map, size: 16, -nl-entry-type: u8, doc: the traffic class of each priority}
      - {id: hw, type: u1, -nl-enum: tc_mqprio_hw_offload}
      - {id: count, size: 32, -nl-entry-type: u16, -nl-count: num_tc, doc: each traffic class's number of queues}
      - {id: offset, size: 32, -nl-entry-type: u16, -nl-count: num_tc, doc: each traffic class's first queue}
  tc_sfb_qopt:
    doc: struct tc_sfb_qopt (TCA_SFB_PARMS)
    seq:
      - {id: rehash_interval, type: u4}
      - {id: warmup_time, type: u4}
      - {id: max, type: u4}
      - {id: bin_size, type: u4}
      - {id: increment, type: u4}
      - {id: decrement, type: u4}
      - {id: limit, type: u4}
      - {id: penalty_rate, type: u4}
      - {id: penalty_burst, type: u4}
  tc_sfb_xstats:
    doc: struct tc_sfb_xstats (TCA_XSTATS of sfb)
    seq:
      - {id: earlydrop, type: u4}
      - {id: penaltydrop, type: u4}
      - {id: bucketdrop, type: u4}
      - {id: queuedrop, type: u4}
      - {id: childdrop, type: u4}
      - {id: marked, type: u4}
      - {id: maxqlen, type: u4}
      - {id: maxprob, type: u4}
      - {id: avgprob, type: u4}
  tc_qfq_stats:
    doc: struct tc_qfq_stats (TCA_XSTATS of a qfq class)
    seq:
      - {id: weight, type: u4}
      - {id: lmax, type: u4}
  tc_codel_xstats:
    doc: struct tc_codel_xstats (TCA_XSTATS of codel)
    seq:
      - {id: maxpacket, type: u4}
      - {id: count, type: u4}
      - {id: lastcount, type: u4}
      - {id: ldelay, type: u4}
      - {id: drop_next, type: s4}
      - {id: drop_overlimit, type: u4}
      - {id: ecn_mark, type: u4}
      - {id: dropping, type: u4}
      - {id: ce_mark, type: u4}
  tc_fq_codel_xstats:
    doc: struct tc_fq_codel_xstats of a qdisc (type TCA_FQ_CODEL_XSTATS_QDISC, then struct tc_fq_codel_qd_stats)
    seq:
      - {id: type, type: u4, -nl-enum: tca_fq_codel_xstats_type}
      - {id: maxpacket, type: u4}
      - {id: drop_overlimit, type: u4}
      - {id: ecn_mark, type: u4}
      - {id: new_flow_count, type: u4}
      - {id: new_flows_len, type: u4}
      - {id: old_flows_len, type: u4}
      - {id: ce_mark, type: u4}
      - {id: memory_usage, type: u4}
      - {id: drop_overmemory, type: u4}
  tc_fq_codel_class_xstats:
    doc: "struct tc_fq_codel_xstats of a class (type TCA_FQ_CODEL_XSTATS_CLASS, then struct tc_fq_codel_cl_stats); pad: the rest of the union, whose longer arm (struct tc_fq_codel_qd_stats, 36 bytes) is 12 bytes longer than the class's 24"
    seq:
      - {id: type, type: u4, -nl-enum: tca_fq_codel_xstats_type}
      - {id: deficit, type: s4}
      - {id: ldelay, type: u4}
      - {id: count, type: u4}
      - {id: lastcount, type: u4}
      - {id: dropping, type: u4}
      - {id: drop_next, type: s4}
      - {id: pad, size: 12}
  tc_fq_qd_stats:
    doc: struct tc_fq_qd_stats (TCA_XSTATS of fq); band_drops and band_pkt_count are arrays of FQ_BANDS (3)
    -nl-grows: true
    seq:
      - {id: gc_flows, type: u8}
      - {id: highprio_packets, type: u8}
      - {id: tcp_retrans, type: u8}
      - {id: throttled, type: u8}
      - {id: flows_plimit, type: u8}
      - {id: pkts_too_long, type: u8}
      - {id: allocation_errors, type: u8}
      - {id: time_next_delayed_flow, type: s8}
      - {id: flows, type: u4}
      - {id: inactive_flows, type: u4}
      - {id: throttled_flows, type: u4}
      - {id: unthrottle_latency_ns, type: u4}
      - {id: ce_mark, type: u8}
      - {id: horizon_drops, type: u8}
      - {id: horizon_caps, type: u8}
      - {id: fastpath_packets, type: u8}
      - {id: band_drops_0, type: u8}
      - {id: band_drops_1, type: u8}
      - {id: band_drops_2, type: u8}
      - {id: band_pkt_count_0, type: u4}
      - {id: band_pkt_count_1, type: u4}
      - {id: band_pkt_count_2, type: u4}
      - {id: pad, type: u4}
  tc_hhf_xstats:
    doc: struct tc_hhf_xstats (TCA_XSTATS of hhf)
    seq:
      - {id: drop_overlimit, type: u4}
      - {id: hh_overlimit, type: u4}
      - {id: hh_tot_count, type: u4}
      - {id: hh_cur_count, type: u4}
  tc_pie_xstats:
    doc: struct tc_pie_xstats (TCA_XSTATS of pie)
    seq:
      - {id: prob, type: u8}
      - {id: delay, type: u4}
      - {id: avg_dq_rate, type: u4}
      - {id: dq_rate_estimating, type: u4}
      - {id: packets_in, type: u4}
      - {id: dropped, type: u4}
      - {id: overlimit, type: u4}
      - {id: maxq, type: u4}
      - {id: ecn_mark, type: u4}
  tc_fq_pie_xstats:
    doc: struct tc_fq_pie_xstats (TCA_XSTATS of fq_pie)
    seq:
      - {id: packets_in, type: u4}
      - {id: dropped, type: u4}
      - {id: overlimit, type: u4}
      - {id: overmemory, type: u4}
      - {id: ecn_mark, type: u4}
      - {id: new_flow_count, type: u4}
      - {id: new_flows_len, type: u4}
      - {id: old_flows_len, type: u4}
      - {id: memory_usage, type: u4}
  tc_cbs_qopt:
    doc: struct tc_cbs_qopt (TCA_CBS_PARMS)
    seq:
      - {id: offload, type: u1}
      - {id: pad, size: 3}
      - {id: hicredit, type: s4}
      - {id: locredit, type: s4}
      - {id: idleslope, type: s4}
      - {id: sendslope, type: s4}
  tc_etf_qopt:
    doc: struct tc_etf_qopt (TCA_ETF_PARMS)
    seq:
      - {id: delta, type: s4}
      - {id: clockid, type: s4}
      - {id: flags, type: u4, -nl-flags: tc_etf_flags}
  tc_dualpi2_xstats:
    doc: struct tc_dualpi2_xstats (TCA_XSTATS of dualpi2)
    seq:
      - {id: prob, type: u4}
      - {id: delay_c, type: u4}
      - {id: delay_l, type: u4}
      - {id: packets_in_c, type: u4}
      - {id: packets_in_l, type: u4}
      - {id: maxq, type: u4}
      - {id: ecn_mark, type: u4}
      - {id: step_marks, type: u4}
      - {id: credit, type: s4}
      - {id: memory_used, type: u4}
      - {id: max_memory_used, type: u4}
      - {id: memory_limit, type: u4}
enums:
  tc_h:
    0x0: tc_h_unspec
    0xfffffff1: tc_h_ingress
    0xffffffff: tc_h_root
  tca_dump_flags:
    0x1: tca_dump_flags_terse
  tc_link_layer:
    0: tc_linklayer_unaware
    1: tc_linklayer_ethernet
    2: tc_linklayer_atm
  tcq_plug:
    0: tcq_plug_buffer
    1: tcq_plug_release_one
    2: tcq_plug_release_indefinite
    3: tcq_plug_limit
  tc_red_flags:
    0x1: tc_red_ecn
    0x2: tc_red_harddrop
    0x4: tc_red_adaptative
    0x8: tc_red_nodrop
  tc_etf_flags:
    0x1: tc_etf_deadline_mode_on
    0x2: tc_etf_offload_on
    0x4: tc_etf_skip_sock_check
  tca_fq_codel_xstats_type:
    0: tca_fq_codel_xstats_qdisc
    1: tca_fq_codel_xstats_class
  tc_mqprio_hw_offload:
    0: tc_mqprio_hw_offload_none
    1: tc_mqprio_hw_offload_tcs
  tc_mqprio_mode:
    0: tc_mqprio_mode_dcb
    1: tc_mqprio_mode_channel
  tc_mqprio_shaper:
    0: tc_mqprio_shaper_dcb
    1: tc_mqprio_shaper_bw_rate
  tc_fp:
    1: tc_fp_express
    2: tc_fp_preemptible
  cake_flow_mode:
    0: cake_flow_none
    1: cake_flow_src_ip
    2: cake_flow_dst_ip
    3: cake_flow_hosts
    4: cake_flow_flows
    5: cake_flow_dual_src
    6: cake_flow_dual_dst
    7: cake_flow_triple
  cake_diffserv:
    0: cake_diffserv_diffserv3
    1: cake_diffserv_diffserv4
    2: cake_diffserv_diffserv8
    3: cake_diffserv_besteffort
    4: cake_diffserv_precedence
  cake_ack:
    0: cake_ack_none
    1: cake_ack_filter
    2: cake_ack_aggressive
  cake_atm:
    0: cake_atm_none
    1: cake_atm_atm
    2: cake_atm_ptm
  tc_taprio_cmd:
    0x0: tc_taprio_cmd_set_gates
    0x1: tc_taprio_cmd_set_and_hold
    0x2: tc_taprio_cmd_set_and_release
  tca_taprio_attr_flags:
    0x1: tca_taprio_attr_flag_txtime_assist
    0x2: tca_taprio_attr_flag_full_offload
  tc_dualpi2_drop_overload:
    0: tc_dualpi2_drop_overload_overflow
    1: tc_dualpi2_drop_overload_drop
  tc_dualpi2_drop_early:
    0: tc_dualpi2_drop_early_drop_dequeue
    1: tc_dualpi2_drop_early_drop_enqueue
  tc_dualpi2_ecn_mask:
    1: tc_dualpi2_ecn_mask_l4s_ect
    2: tc_dualpi2_ecn_mask_cla_ect
    3: tc_dualpi2_ecn_mask_any_ect
  tc_dualpi2_split_gso:
    0: tc_dualpi2_split_gso_no_split_gso
    1: tc_dualpi2_split_gso_split_gso
  tca_stats_attr:
    0: {id: tca_stats_unspec, -nl-type: binary}
    1: {id: tca_stats_basic, -nl-type: struct, -nl-struct: gnet_stats_basic}
    2: {id: tca_stats_rate_est, -nl-type: struct, -nl-struct: gnet_stats_rate_est}
    3: {id: tca_stats_queue, -nl-type: struct, -nl-struct: gnet_stats_queue}
    4: {id: tca_stats_app, -nl-type: binary, -nl-same-as: TCA_XSTATS}
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
  tca_tbf_attr:
    0: {id: tca_tbf_unspec, -nl-type: binary}
    1: {id: tca_tbf_parms, -nl-type: struct, -nl-struct: tc_tbf_qopt}
    2: {id: tca_tbf_rtab, -nl-type: binary}
    3: {id: tca_tbf_ptab, -nl-type: binary}
    4: {id: tca_tbf_rate64, -nl-type: u64}
    5: {id: tca_tbf_prate64, -nl-type: u64}
    6: {id: tca_tbf_burst, -nl-type: u32}
    7: {id: tca_tbf_pburst, -nl-type: u32}
    8: {id: tca_tbf_pad, -nl-type: binary}
  tca_red_attr:
    0: {id: tca_red_unspec, -nl-type: binary}
    1: {id: tca_red_parms, -nl-type: struct, -nl-struct: tc_red_qopt}
    2: {id: tca_red_stab, -nl-type: binary}
    3: {id: tca_red_max_p, -nl-type: u32}
    4: {id: tca_red_flags, -nl-type: struct, -nl-struct: red_flags_bitfield32}
    5: {id: tca_red_early_drop_block, -nl-type: u32}
    6: {id: tca_red_mark_block, -nl-type: u32}
  tca_gred_attr:
    # TCA_GRED_PARMS is an array of MAX_DPS struct tc_gred_qopt; TCA_GRED_MAX_P of MAX_DPS u32 (bytes)
    0: {id: tca_gred_unspec, -nl-type: binary}
    1: {id: tca_gred_parms, -nl-type: struct-array, -nl-struct: tc_gred_qopt}
    2: {id: tca_gred_stab, -nl-type: binary}
    3: {id: tca_gred_dps, -nl-type: struct, -nl-struct: tc_gred_sopt}
    4: {id: tca_gred_max_p, -nl-type: binary}
    5: {id: tca_gred_limit, -nl-type: u32}
    6: {id: tca_gred_vq_list, -nl-type: nest, -nl-nest: tca_gred_vq_entry_attr}
  tca_gred_vq_entry_attr:
    0: {id: tca_gred_vq_entry_unspec, -nl-type: binary}
    1: {id: tca_gred_vq_entry, -nl-type: nest, -nl-nest: tca_gred_vq_attr}
  tca_gred_vq_attr:
    0: {id: tca_gred_vq_unspec, -nl-type: binary}
    1: {id: tca_gred_vq_pad, -nl-type: binary}
    2: {id: tca_gred_vq_dp, -nl-type: u32}
    3: {id: tca_gred_vq_stat_bytes, -nl-type: u64}
    4: {id: tca_gred_vq_stat_packets, -nl-type: u32}
    5: {id: tca_gred_vq_stat_backlog, -nl-type: u32}
    6: {id: tca_gred_vq_stat_prob_drop, -nl-type: u32}
    7: {id: tca_gred_vq_stat_prob_mark, -nl-type: u32}
    8: {id: tca_gred_vq_stat_forced_drop, -nl-type: u32}
    9: {id: tca_gred_vq_stat_forced_mark, -nl-type: u32}
    10: {id: tca_gred_vq_stat_pdrop, -nl-type: u32}
    11: {id: tca_gred_vq_stat_other, -nl-type: u32}
    12: {id: tca_gred_vq_flags, -nl-type: u32, -nl-flags: tc_red_flags}
  tca_choke_attr:
    0: {id: tca_choke_unspec, -nl-type: binary}
    1: {id: tca_choke_parms, -nl-type: struct, -nl-struct: tc_choke_qopt}
    2: {id: tca_choke_stab, -nl-type: binary}
    3: {id: tca_choke_max_p, -nl-type: u32}
  tca_htb_attr:
    # the options of qdisc htb (TCA_HTB_INIT, TCA_HTB_DIRECT_QLEN) and of its classes (TCA_HTB_PARMS ...)
    0: {id: tca_htb_unspec, -nl-type: binary}
    1: {id: tca_htb_parms, -nl-type: struct, -nl-struct: tc_htb_opt}
    2: {id: tca_htb_init, -nl-type: struct, -nl-struct: tc_htb_glob}
    3: {id: tca_htb_ctab, -nl-type: binary}
    4: {id: tca_htb_rtab, -nl-type: binary}
    5: {id: tca_htb_direct_qlen, -nl-type: u32}
    6: {id: tca_htb_rate64, -nl-type: u64}
    7: {id: tca_htb_ceil64, -nl-type: u64}
    8: {id: tca_htb_pad, -nl-type: binary}
    9: {id: tca_htb_offload, -nl-type: flag}
  tca_hfsc_attr:
    # the options of an hfsc class (the qdisc's are struct tc_hfsc_qopt)
    0: {id: tca_hfsc_unspec, -nl-type: binary}
    1: {id: tca_hfsc_rsc, -nl-type: struct, -nl-struct: tc_service_curve}
    2: {id: tca_hfsc_fsc, -nl-type: struct, -nl-struct: tc_service_curve}
    3: {id: tca_hfsc_usc, -nl-type: struct, -nl-struct: tc_service_curve}
  tca_netem_attr:
    # after struct tc_netem_qopt in netem's TCA_OPTIONS
    0: {id: tca_netem_unspec, -nl-type: binary}
    1: {id: tca_netem_corr, -nl-type: struct, -nl-struct: tc_netem_corr}
    2: {id: tca_netem_delay_dist, -nl-type: binary}
    3: {id: tca_netem_reorder, -nl-type: struct, -nl-struct: tc_netem_reorder}
    4: {id: tca_netem_corrupt, -nl-type: struct, -nl-struct: tc_netem_corrupt}
    5: {id: tca_netem_loss, -nl-type: nest, -nl-nest: netem_loss_attr}
    6: {id: tca_netem_rate, -nl-type: struct, -nl-struct: tc_netem_rate}
    7: {id: tca_netem_ecn, -nl-type: u32}
    8: {id: tca_netem_rate64, -nl-type: u64}
    9: {id: tca_netem_pad, -nl-type: binary}
    10: {id: tca_netem_latency64, -nl-type: s64}
    11: {id: tca_netem_jitter64, -nl-type: s64}
    12: {id: tca_netem_slot, -nl-type: struct, -nl-struct: tc_netem_slot}
    13: {id: tca_netem_slot_dist, -nl-type: binary}
    14: {id: tca_netem_prng_seed, -nl-type: u64}
  netem_loss_attr:
    0: {id: netem_loss_unspec, -nl-type: binary}
    1: {id: netem_loss_gi, -nl-type: struct, -nl-struct: tc_netem_gimodel}
    2: {id: netem_loss_ge, -nl-type: struct, -nl-struct: tc_netem_gemodel}
  tca_drr_attr:
    0: {id: tca_drr_unspec, -nl-type: binary}
    1: {id: tca_drr_quantum, -nl-type: u32}
  tca_mqprio_tc_entry_attr:
    0: {id: tca_mqprio_tc_entry_unspec, -nl-type: binary}
    1: {id: tca_mqprio_tc_entry_index, -nl-type: u32}
    2: {id: tca_mqprio_tc_entry_fp, -nl-type: u32, -nl-enum: tc_fp}
  tca_mqprio_attr:
    # after struct tc_mqprio_qopt in mqprio's TCA_OPTIONS; the rate lists hold one u64 per traffic class
    0: {id: tca_mqprio_unspec, -nl-type: binary}
    1: {id: tca_mqprio_mode, -nl-type: u16, -nl-enum: tc_mqprio_mode}
    2: {id: tca_mqprio_shaper, -nl-type: u16, -nl-enum: tc_mqprio_shaper}
    3: {id: tca_mqprio_min_rate64, -nl-type: nest-array, -nl-entry-type: u64}
    4: {id: tca_mqprio_max_rate64, -nl-type: nest-array, -nl-entry-type: u64}
    5: {id: tca_mqprio_tc_entry, -nl-type: nest, -nl-nest: tca_mqprio_tc_entry_attr}
  tca_sfb_attr:
    0: {id: tca_sfb_unspec, -nl-type: binary}
    1: {id: tca_sfb_parms, -nl-type: struct, -nl-struct: tc_sfb_qopt}
  tca_qfq_attr:
    0: {id: tca_qfq_unspec, -nl-type: binary}
    1: {id: tca_qfq_weight, -nl-type: u32}
    2: {id: tca_qfq_lmax, -nl-type: u32}
  tca_codel_attr:
    0: {id: tca_codel_unspec, -nl-type: binary}
    1: {id: tca_codel_target, -nl-type: u32}
    2: {id: tca_codel_limit, -nl-type: u32}
    3: {id: tca_codel_interval, -nl-type: u32}
    4: {id: tca_codel_ecn, -nl-type: u32}
    5: {id: tca_codel_ce_threshold, -nl-type: u32}
  tca_fq_attr:
    0: {id: tca_fq_unspec, -nl-type: binary}
    1: {id: tca_fq_plimit, -nl-type: u32}
    2: {id: tca_fq_flow_plimit, -nl-type: u32}
    3: {id: tca_fq_quantum, -nl-type: u32}
    4: {id: tca_fq_initial_quantum, -nl-type: u32}
    5: {id: tca_fq_rate_enable, -nl-type: u32}
    6: {id: tca_fq_flow_default_rate, -nl-type: u32}
    7: {id: tca_fq_flow_max_rate, -nl-type: u32}
    8: {id: tca_fq_buckets_log, -nl-type: u32}
    9: {id: tca_fq_flow_refill_delay, -nl-type: u32}
    10: {id: tca_fq_orphan_mask, -nl-type: u32}
    11: {id: tca_fq_low_rate_threshold, -nl-type: u32}
    12: {id: tca_fq_ce_threshold, -nl-type: u32}
    13: {id: tca_fq_timer_slack, -nl-type: u32}
    14: {id: tca_fq_horizon, -nl-type: u32}
    15: {id: tca_fq_horizon_drop, -nl-type: u8}
    16: {id: tca_fq_priomap, -nl-type: struct, -nl-struct: tc_prio_qopt}
    17: {id: tca_fq_weights, -nl-type: binary}
    18: {id: tca_fq_offload_horizon, -nl-type: u32}
  tca_hhf_attr:
    0: {id: tca_hhf_unspec, -nl-type: binary}
    1: {id: tca_hhf_backlog_limit, -nl-type: u32}
    2: {id: tca_hhf_quantum, -nl-type: u32}
    3: {id: tca_hhf_hh_flows_limit, -nl-type: u32}
    4: {id: tca_hhf_reset_timeout, -nl-type: u32}
    5: {id: tca_hhf_admit_bytes, -nl-type: u32}
    6: {id: tca_hhf_evict_timeout, -nl-type: u32}
    7: {id: tca_hhf_non_hh_weight, -nl-type: u32}
  tca_pie_attr:
    0: {id: tca_pie_unspec, -nl-type: binary}
    1: {id: tca_pie_target, -nl-type: u32}
    2: {id: tca_pie_limit, -nl-type: u32}
    3: {id: tca_pie_tupdate, -nl-type: u32}
    4: {id: tca_pie_alpha, -nl-type: u32}
    5: {id: tca_pie_beta, -nl-type: u32}
    6: {id: tca_pie_ecn, -nl-type: u32}
    7: {id: tca_pie_bytemode, -nl-type: u32}
    8: {id: tca_pie_dq_rate_estimator, -nl-type: u32}
  tca_fq_pie_attr:
    0: {id: tca_fq_pie_unspec, -nl-type: binary}
    1: {id: tca_fq_pie_limit, -nl-type: u32}
    2: {id: tca_fq_pie_flows, -nl-type: u32}
    3: {id: tca_fq_pie_target, -nl-type: u32}
    4: {id: tca_fq_pie_tupdate, -nl-type: u32}
    5: {id: tca_fq_pie_alpha, -nl-type: u32}
    6: {id: tca_fq_pie_beta, -nl-type: u32}
    7: {id: tca_fq_pie_quantum, -nl-type: u32}
    8: {id: tca_fq_pie_memory_limit, -nl-type: u32}
    9: {id: tca_fq_pie_ecn_prob, -nl-type: u32}
    10: {id: tca_fq_pie_ecn, -nl-type: u32}
    11: {id: tca_fq_pie_bytemode, -nl-type: u32}
    12: {id: tca_fq_pie_dq_rate_estimator, -nl-type: u32}
  tca_cbs_attr:
    0: {id: tca_cbs_unspec, -nl-type: binary}
    1: {id: tca_cbs_parms, -nl-type: struct, -nl-struct: tc_cbs_qopt}
  tca_etf_attr:
    0: {id: tca_etf_unspec, -nl-type: binary}
    1: {id: tca_etf_parms, -nl-type: struct, -nl-struct: tc_etf_qopt}
  tca_cake_attr:
    0: {id: tca_cake_unspec, -nl-type: binary}
    1: {id: tca_cake_pad, -nl-type: binary}
    2: {id: tca_cake_base_rate64, -nl-type: u64}
    3: {id: tca_cake_diffserv_mode, -nl-type: u32, -nl-enum: cake_diffserv}
    4: {id: tca_cake_atm, -nl-type: u32, -nl-enum: cake_atm}
    5: {id: tca_cake_flow_mode, -nl-type: u32, -nl-enum: cake_flow_mode}
    6: {id: tca_cake_overhead, -nl-type: s32}
    7: {id: tca_cake_rtt, -nl-type: u32}
    8: {id: tca_cake_target, -nl-type: u32}
    9: {id: tca_cake_autorate, -nl-type: u32}
    10: {id: tca_cake_memory, -nl-type: u32}
    11: {id: tca_cake_nat, -nl-type: u32}
    12: {id: tca_cake_raw, -nl-type: u32}
    13: {id: tca_cake_wash, -nl-type: u32}
    14: {id: tca_cake_mpu, -nl-type: u32}
    15: {id: tca_cake_ingress, -nl-type: u32}
    16: {id: tca_cake_ack_filter, -nl-type: u32, -nl-enum: cake_ack}
    17: {id: tca_cake_split_gso, -nl-type: u32}
    18: {id: tca_cake_fwmark, -nl-type: u32}
  tca_cake_stats_attr:
    # cake's statistics (qdisc and class): sent only as TCA_STATS_APP of TCA_STATS2 (see the doc above)
    0: {id: tca_cake_stats_invalid, -nl-type: binary}
    1: {id: tca_cake_stats_pad, -nl-type: binary}
    2: {id: tca_cake_stats_capacity_estimate64, -nl-type: u64}
    3: {id: tca_cake_stats_memory_limit, -nl-type: u32}
    4: {id: tca_cake_stats_memory_used, -nl-type: u32}
    5: {id: tca_cake_stats_avg_netoff, -nl-type: u32}
    6: {id: tca_cake_stats_min_netlen, -nl-type: u32}
    7: {id: tca_cake_stats_max_netlen, -nl-type: u32}
    8: {id: tca_cake_stats_min_adjlen, -nl-type: u32}
    9: {id: tca_cake_stats_max_adjlen, -nl-type: u32}
    10: {id: tca_cake_stats_tin_stats, -nl-type: nest-array, -nl-nest: tca_cake_tin_stats_attr}
    11: {id: tca_cake_stats_deficit, -nl-type: s32}
    12: {id: tca_cake_stats_cobalt_count, -nl-type: u32}
    13: {id: tca_cake_stats_dropping, -nl-type: u32}
    14: {id: tca_cake_stats_drop_next_us, -nl-type: s32}
    15: {id: tca_cake_stats_p_drop, -nl-type: u32}
    16: {id: tca_cake_stats_blue_timer_us, -nl-type: s32}
    17: {id: tca_cake_stats_active_queues, -nl-type: u32}
  tca_cake_tin_stats_attr:
    0: {id: tca_cake_tin_stats_invalid, -nl-type: binary}
    1: {id: tca_cake_tin_stats_pad, -nl-type: binary}
    2: {id: tca_cake_tin_stats_sent_packets, -nl-type: u32}
    3: {id: tca_cake_tin_stats_sent_bytes64, -nl-type: u64}
    4: {id: tca_cake_tin_stats_dropped_packets, -nl-type: u32}
    5: {id: tca_cake_tin_stats_dropped_bytes64, -nl-type: u64}
    6: {id: tca_cake_tin_stats_acks_dropped_packets, -nl-type: u32}
    7: {id: tca_cake_tin_stats_acks_dropped_bytes64, -nl-type: u64}
    8: {id: tca_cake_tin_stats_ecn_marked_packets, -nl-type: u32}
    9: {id: tca_cake_tin_stats_ecn_marked_bytes64, -nl-type: u64}
    10: {id: tca_cake_tin_stats_backlog_packets, -nl-type: u32}
    11: {id: tca_cake_tin_stats_backlog_bytes, -nl-type: u32}
    12: {id: tca_cake_tin_stats_threshold_rate64, -nl-type: u64}
    13: {id: tca_cake_tin_stats_target_us, -nl-type: u32}
    14: {id: tca_cake_tin_stats_interval_us, -nl-type: u32}
    15: {id: tca_cake_tin_stats_way_indirect_hits, -nl-type: u32}
    16: {id: tca_cake_tin_stats_way_misses, -nl-type: u32}
    17: {id: tca_cake_tin_stats_way_collisions, -nl-type: u32}
    18: {id: tca_cake_tin_stats_peak_delay_us, -nl-type: u32}
    19: {id: tca_cake_tin_stats_avg_delay_us, -nl-type: u32}
    20: {id: tca_cake_tin_stats_base_delay_us, -nl-type: u32}
    21: {id: tca_cake_tin_stats_sparse_flows, -nl-type: u32}
    22: {id: tca_cake_tin_stats_bulk_flows, -nl-type: u32}
    23: {id: tca_cake_tin_stats_unresponsive_flows, -nl-type: u32}
    24: {id: tca_cake_tin_stats_max_skblen, -nl-type: u32}
    25: {id: tca_cake_tin_stats_flow_quantum, -nl-type: u32}
  tca_taprio_sched_entry_attr:
    0: {id: tca_taprio_sched_entry_unspec, -nl-type: binary}
    1: {id: tca_taprio_sched_entry_index, -nl-type: u32}
    2: {id: tca_taprio_sched_entry_cmd, -nl-type: u8, -nl-enum: tc_taprio_cmd}
    3: {id: tca_taprio_sched_entry_gate_mask, -nl-type: u32}
    4: {id: tca_taprio_sched_entry_interval, -nl-type: u32}
  tca_taprio_sched_attr:
    0: {id: tca_taprio_sched_unspec, -nl-type: binary}
    1: {id: tca_taprio_sched_entry, -nl-type: nest, -nl-nest: tca_taprio_sched_entry_attr}
  tca_taprio_tc_entry_attr:
    0: {id: tca_taprio_tc_entry_unspec, -nl-type: binary}
    1: {id: tca_taprio_tc_entry_index, -nl-type: u32}
    2: {id: tca_taprio_tc_entry_max_sdu, -nl-type: u32}
    3: {id: tca_taprio_tc_entry_fp, -nl-type: u32, -nl-enum: tc_fp}
  tca_taprio_offload_stats_attr:
    # TCA_XSTATS of taprio
    1: {id: tca_taprio_offload_stats_pad, -nl-type: binary}
    2: {id: tca_taprio_offload_stats_window_drops, -nl-type: u64}
    3: {id: tca_taprio_offload_stats_tx_overruns, -nl-type: u64}
  tca_taprio_attr:
    0: {id: tca_taprio_attr_unspec, -nl-type: binary}
    1: {id: tca_taprio_attr_priomap, -nl-type: struct, -nl-struct: tc_mqprio_qopt}
    2: {id: tca_taprio_attr_sched_entry_list, -nl-type: nest, -nl-nest: tca_taprio_sched_attr}
    3: {id: tca_taprio_attr_sched_base_time, -nl-type: s64}
    4: {id: tca_taprio_attr_sched_single_entry, -nl-type: nest, -nl-nest: tca_taprio_sched_entry_attr}
    5: {id: tca_taprio_attr_sched_clockid, -nl-type: s32}
    6: {id: tca_taprio_pad, -nl-type: binary}
    7: {id: tca_taprio_attr_admin_sched, -nl-type: nest, -nl-nest: tca_taprio_attr}
    8: {id: tca_taprio_attr_sched_cycle_time, -nl-type: s64}
    9: {id: tca_taprio_attr_sched_cycle_time_extension, -nl-type: s64}
    10: {id: tca_taprio_attr_flags, -nl-type: u32, -nl-flags: tca_taprio_attr_flags}
    11: {id: tca_taprio_attr_txtime_delay, -nl-type: u32}
    12: {id: tca_taprio_attr_tc_entry, -nl-type: nest, -nl-nest: tca_taprio_tc_entry_attr}
  tca_ets_attr:
    # the options of qdisc ets and of its classes (TCA_ETS_QUANTA_BAND)
    0: {id: tca_ets_unspec, -nl-type: binary}
    1: {id: tca_ets_nbands, -nl-type: u8}
    2: {id: tca_ets_nstrict, -nl-type: u8}
    3: {id: tca_ets_quanta, -nl-type: nest, -nl-nest: tca_ets_attr}
    4: {id: tca_ets_quanta_band, -nl-type: u32}
    5: {id: tca_ets_priomap, -nl-type: nest, -nl-nest: tca_ets_attr}
    6: {id: tca_ets_priomap_band, -nl-type: u8}
  tca_dualpi2_attr:
    0: {id: tca_dualpi2_unspec, -nl-type: binary}
    1: {id: tca_dualpi2_limit, -nl-type: u32}
    2: {id: tca_dualpi2_memory_limit, -nl-type: u32}
    3: {id: tca_dualpi2_target, -nl-type: u32}
    4: {id: tca_dualpi2_tupdate, -nl-type: u32}
    5: {id: tca_dualpi2_alpha, -nl-type: u32}
    6: {id: tca_dualpi2_beta, -nl-type: u32}
    7: {id: tca_dualpi2_step_thresh_pkts, -nl-type: u32}
    8: {id: tca_dualpi2_step_thresh_us, -nl-type: u32}
    9: {id: tca_dualpi2_min_qlen_step, -nl-type: u32}
    10: {id: tca_dualpi2_coupling, -nl-type: u8}
    11: {id: tca_dualpi2_drop_overload, -nl-type: u8, -nl-enum: tc_dualpi2_drop_overload}
    12: {id: tca_dualpi2_drop_early, -nl-type: u8, -nl-enum: tc_dualpi2_drop_early}
    13: {id: tca_dualpi2_c_protection, -nl-type: u8}
    14: {id: tca_dualpi2_ecn_mask, -nl-type: u8, -nl-enum: tc_dualpi2_ecn_mask}
    15: {id: tca_dualpi2_split_gso, -nl-type: u8, -nl-enum: tc_dualpi2_split_gso}
    16: {id: tca_dualpi2_pad, -nl-type: binary}
  tca_attr:
    # RTM_*QDISC: TCA_OPTIONS and TCA_XSTATS of the qdisc kinds
    0: {id: tca_unspec, -nl-type: binary}
    1: {id: tca_kind, -nl-type: string}
    2: {id: tca_options, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {pfifo_fast: tc_prio_qopt, prio: tc_prio_qopt_compat, pfifo: tc_fifo_qopt, bfifo: tc_fifo_qopt, pfifo_head_drop: tc_fifo_qopt, fq_codel: tca_fq_codel_attr, htb: tca_htb_attr, tbf: tca_tbf_attr, netem: tc_netem_qopt, fq: tca_fq_attr, cake: tca_cake_attr, sfq: tc_sfq_qopt_v1, red: tca_red_attr, gred: tca_gred_attr, choke: tca_choke_attr, codel: tca_codel_attr, pie: tca_pie_attr, fq_pie: tca_fq_pie_attr, hhf: tca_hhf_attr, multiq: tc_multiq_qopt, hfsc: tc_hfsc_qopt, ets: tca_ets_attr, taprio: tca_taprio_attr, mqprio: tc_mqprio_qopt, sfb: tca_sfb_attr, skbprio: tc_skbprio_qopt, plug: tc_plug_qopt, cbs: tca_cbs_attr, etf: tca_etf_attr, dualpi2: tca_dualpi2_attr}}
    3: {id: tca_stats, -nl-type: struct, -nl-struct: tc_stats}
    4: {id: tca_xstats, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {fq_codel: tc_fq_codel_xstats, codel: tc_codel_xstats, red: tc_red_xstats, choke: tc_choke_xstats, sfb: tc_sfb_xstats, pie: tc_pie_xstats, fq_pie: tc_fq_pie_xstats, hhf: tc_hhf_xstats, fq: tc_fq_qd_stats, netem: tc_netem_xstats, taprio: tca_taprio_offload_stats_attr, dualpi2: tc_dualpi2_xstats, cake: tca_cake_stats_attr}}
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
  tca_class_attr:
    # RTM_*TCLASS: TCA_OPTIONS and TCA_XSTATS of the classes of each classful qdisc
    0: {id: tca_unspec, -nl-type: binary}
    1: {id: tca_kind, -nl-type: string}
    2: {id: tca_options, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {htb: tca_htb_attr, hfsc: tca_hfsc_attr, drr: tca_drr_attr, qfq: tca_qfq_attr, ets: tca_ets_attr}}
    3: {id: tca_stats, -nl-type: struct, -nl-struct: tc_stats}
    4: {id: tca_xstats, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {htb: tc_htb_xstats, hfsc: tc_hfsc_stats, drr: tc_drr_stats, qfq: tc_qfq_stats, sfq: tc_sfq_xstats, fq_codel: tc_fq_codel_class_xstats, cake: tca_cake_stats_attr}}
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
  tca_filter_attr:
    # RTM_*TFILTER and RTM_*CHAIN (a chain's template): TCA_OPTIONS of the classifiers (rtnetlink_tc_cls)
    0: {id: tca_unspec, -nl-type: binary}
    1: {id: tca_kind, -nl-type: string}
    2: {id: tca_options, -nl-type: submsg, -nl-selector: TCA_KIND, -nl-submsg: {flower: rtnetlink_tc_cls.tca_flower_attr, u32: rtnetlink_tc_cls.tca_u32_attr, matchall: rtnetlink_tc_cls.tca_matchall_attr, basic: rtnetlink_tc_cls.tca_basic_attr, bpf: rtnetlink_tc_cls.tca_bpf_attr, fw: rtnetlink_tc_cls.tca_fw_attr, route: rtnetlink_tc_cls.tca_route4_attr, flow: rtnetlink_tc_cls.tca_flow_attr, cgroup: rtnetlink_tc_cls.tca_cgroup_attr}}
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
