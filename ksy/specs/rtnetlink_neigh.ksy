meta:
  id: rtnetlink_neigh
  title: "rtnetlink neighbours: struct ndmsg and NDA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH: struct ndmsg followed by NDA_* attributes
  (neighbour cache entries and, with family AF_BRIDGE, bridge forwarding database entries).
  ndm_type takes the route types RTN_* of rtnetlink.h. NDA_FDB_EXT_ATTRS nests the bridge's
  activity notification (NFEA_*, bits FDB_NOTIFY_*).

  RTM_NEWNEIGHTBL, RTM_GETNEIGHTBL, RTM_SETNEIGHTBL: struct ndtmsg (rtnetlink_message.ksy)
  followed by NDTA_* attributes, one message per table (NDTA_NAME: arp_cache, ndisc_cache ...,
  with NDTA_CONFIG and NDTA_STATS) and one per device's parameters (NDTA_PARMS with
  NDTPA_IFINDEX); times are milliseconds.
doc-ref: /usr/include/linux/neighbour.h
params:
  - id: is_le
    type: bool
types:
  ndmsg:
    doc: struct ndmsg
    seq:
      - id: ndm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ndm_pad1
        type: u1
      - id: ndm_pad2
        type: u2
      - id: ndm_ifindex
        type: s4
      - id: ndm_state
        type: u2
        -nl-flags: nud_state
      - id: ndm_flags
        type: u1
        -nl-flags: ntf_flags
      - id: ndm_type
        type: u1
        -nl-enum: rtnetlink_route.rtn
  ndt_config:
    doc: struct ndt_config (NDTA_CONFIG, read-only; last_flush and last_rand are milliseconds ago)
    seq:
      - id: ndtc_key_len
        type: u2
      - id: ndtc_entry_size
        type: u2
      - id: ndtc_entries
        type: u4
      - id: ndtc_last_flush
        type: u4
      - id: ndtc_last_rand
        type: u4
      - id: ndtc_hash_rnd
        type: u4
      - id: ndtc_hash_mask
        type: u4
      - id: ndtc_hash_chain_gc
        type: u4
      - id: ndtc_proxy_qlen
        type: u4
  ndt_stats:
    doc: struct ndt_stats (NDTA_STATS, read-only)
    seq:
      - id: ndts_allocs
        type: u8
      - id: ndts_destroys
        type: u8
      - id: ndts_hash_grows
        type: u8
      - id: ndts_res_failed
        type: u8
      - id: ndts_lookups
        type: u8
      - id: ndts_hits
        type: u8
      - id: ndts_rcv_probes_mcast
        type: u8
      - id: ndts_rcv_probes_ucast
        type: u8
      - id: ndts_periodic_gc_runs
        type: u8
      - id: ndts_forced_gc_runs
        type: u8
      - id: ndts_table_fulls
        type: u8
  nda_cacheinfo:
    doc: struct nda_cacheinfo (NDA_CACHEINFO; times in clock ticks)
    seq:
      - id: ndm_confirmed
        type: u4
      - id: ndm_used
        type: u4
      - id: ndm_updated
        type: u4
      - id: ndm_refcnt
        type: u4
enums:
  nud_state:
    # NUD_NONE is 0: no bit set
    0x00: nud_none
    0x01: nud_incomplete
    0x02: nud_reachable
    0x04: nud_stale
    0x08: nud_delay
    0x10: nud_probe
    0x20: nud_failed
    0x40: nud_noarp
    0x80: nud_permanent
  ntf_flags:
    0x01: ntf_use
    0x02: ntf_self
    0x04: ntf_master
    0x08: ntf_proxy
    0x10: ntf_ext_learned
    0x20: ntf_offloaded
    0x40: ntf_sticky
    0x80: ntf_router
  ntf_ext_flags:
    0x01: ntf_ext_managed
    0x02: ntf_ext_locked
    0x04: ntf_ext_ext_validated
  fdb_notify:
    0x1: fdb_notify_bit
    0x2: fdb_notify_inactive_bit
  nfea_attr:
    0: {id: nfea_unspec, -nl-type: binary}
    1: {id: nfea_activity_notify, -nl-type: u8, -nl-flags: fdb_notify}
    2: {id: nfea_dont_refresh, -nl-type: flag}
  nda_attr:
    0: {id: nda_unspec, -nl-type: binary}
    1: {id: nda_dst, -nl-type: ipaddr}
    2: {id: nda_lladdr, -nl-type: lladdr}
    3: {id: nda_cacheinfo, -nl-type: struct, -nl-struct: nda_cacheinfo}
    4: {id: nda_probes, -nl-type: u32}
    5: {id: nda_vlan, -nl-type: u16}
    6: {id: nda_port, -nl-type: u16, -nl-byte-order: big}
    7: {id: nda_vni, -nl-type: u32}
    8: {id: nda_ifindex, -nl-type: u32}
    9: {id: nda_master, -nl-type: u32}
    10: {id: nda_link_netnsid, -nl-type: s32}
    11: {id: nda_src_vni, -nl-type: u32}
    12: {id: nda_protocol, -nl-type: u8, -nl-enum: rtnetlink_route.rtprot}
    13: {id: nda_nh_id, -nl-type: u32}
    14: {id: nda_fdb_ext_attrs, -nl-type: nest, -nl-nest: nfea_attr}
    15: {id: nda_flags_ext, -nl-type: u32, -nl-flags: ntf_ext_flags}
    16: {id: nda_ndm_state_mask, -nl-type: u16, -nl-flags: nud_state}
    17: {id: nda_ndm_flags_mask, -nl-type: u8, -nl-flags: ntf_flags}
  ndta_attr:
    0: {id: ndta_unspec, -nl-type: binary}
    1: {id: ndta_name, -nl-type: string}
    2: {id: ndta_thresh1, -nl-type: u32}
    3: {id: ndta_thresh2, -nl-type: u32}
    4: {id: ndta_thresh3, -nl-type: u32}
    5: {id: ndta_config, -nl-type: struct, -nl-struct: ndt_config}
    6: {id: ndta_parms, -nl-type: nest, -nl-nest: ndtpa_attr}
    7: {id: ndta_stats, -nl-type: struct, -nl-struct: ndt_stats}
    8: {id: ndta_gc_interval, -nl-type: u64}
    9: {id: ndta_pad, -nl-type: binary}
  ndtpa_attr:
    0: {id: ndtpa_unspec, -nl-type: binary}
    1: {id: ndtpa_ifindex, -nl-type: u32}
    2: {id: ndtpa_refcnt, -nl-type: u32}
    3: {id: ndtpa_reachable_time, -nl-type: u64}
    4: {id: ndtpa_base_reachable_time, -nl-type: u64}
    5: {id: ndtpa_retrans_time, -nl-type: u64}
    6: {id: ndtpa_gc_staletime, -nl-type: u64}
    7: {id: ndtpa_delay_probe_time, -nl-type: u64}
    8: {id: ndtpa_queue_len, -nl-type: u32}
    9: {id: ndtpa_app_probes, -nl-type: u32}
    10: {id: ndtpa_ucast_probes, -nl-type: u32}
    11: {id: ndtpa_mcast_probes, -nl-type: u32}
    12: {id: ndtpa_anycast_delay, -nl-type: u64}
    13: {id: ndtpa_proxy_delay, -nl-type: u64}
    14: {id: ndtpa_proxy_qlen, -nl-type: u32}
    15: {id: ndtpa_locktime, -nl-type: u64}
    16: {id: ndtpa_queue_lenbytes, -nl-type: u32}
    17: {id: ndtpa_mcast_reprobes, -nl-type: u32}
    18: {id: ndtpa_pad, -nl-type: binary}
    19: {id: ndtpa_interval_probe_time_ms, -nl-type: u64}
