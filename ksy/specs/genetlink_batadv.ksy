meta:
  id: genetlink_batadv
  title: "Generic netlink family batadv: BATADV_CMD_*, BATADV_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  B.A.T.M.A.N. advanced mesh routing (batctl). Every command carries the mesh interface (BATADV_ATTR_MESH_IFINDEX);
  BATADV_CMD_GET_MESH is answered with its settings (version, routing algorithm, addresses, the *_ENABLED switches,
  intervals, gateway mode and bandwidths), the GET_* dumps with one message per hard interface, translation table
  entry, originator, neighbour, gateway, claim, DAT entry or VLAN. SET_MESH, SET_HARDIF and SET_VLAN change
  settings and are multicast to "config" with the new ones; TP_METER runs a throughput test whose result is
  multicast to "tpmeter". All commands share one attribute set. Two commands have a second name in the header
  (BATADV_CMD_GET_MESH_INFO, BATADV_CMD_GET_HARDIFS), one number each.
doc-ref: /usr/include/linux/batman_adv.h
params:
  - id: is_le
    type: bool
enums:
  batadv_nl_commands:
    0: {id: batadv_cmd_unspec, -nl-kind: other}
    1: {id: batadv_cmd_get_mesh, -nl-kind: get, doc: "also BATADV_CMD_GET_MESH_INFO"}
    2: {id: batadv_cmd_tp_meter, -nl-kind: new, -nl-group: tpmeter, doc: 'started by user space; its result is multicast to "tpmeter"'}
    3: {id: batadv_cmd_tp_meter_cancel, -nl-kind: delete}
    4: {id: batadv_cmd_get_routing_algos, -nl-kind: get}
    5: {id: batadv_cmd_get_hardif, -nl-kind: get, doc: "also BATADV_CMD_GET_HARDIFS"}
    6: {id: batadv_cmd_get_transtable_local, -nl-kind: get}
    7: {id: batadv_cmd_get_transtable_global, -nl-kind: get}
    8: {id: batadv_cmd_get_originators, -nl-kind: get}
    9: {id: batadv_cmd_get_neighbors, -nl-kind: get}
    10: {id: batadv_cmd_get_gateways, -nl-kind: get}
    11: {id: batadv_cmd_get_bla_claim, -nl-kind: get}
    12: {id: batadv_cmd_get_bla_backbone, -nl-kind: get}
    13: {id: batadv_cmd_get_dat_cache, -nl-kind: get}
    14: {id: batadv_cmd_get_mcast_flags, -nl-kind: get}
    15: {id: batadv_cmd_set_mesh, -nl-kind: new, -nl-group: config, doc: 'a change, also multicast to "config" with the new settings'}
    16: {id: batadv_cmd_set_hardif, -nl-kind: new, -nl-group: config}
    17: {id: batadv_cmd_get_vlan, -nl-kind: get}
    18: {id: batadv_cmd_set_vlan, -nl-kind: new, -nl-group: config}
  batadv_nl_attrs:
    0: {id: batadv_attr_unspec, -nl-type: binary}
    1: {id: batadv_attr_version, -nl-type: string}
    2: {id: batadv_attr_algo_name, -nl-type: string}
    3: {id: batadv_attr_mesh_ifindex, -nl-type: u32}
    4: {id: batadv_attr_mesh_ifname, -nl-type: string}
    5: {id: batadv_attr_mesh_address, -nl-type: lladdr}
    6: {id: batadv_attr_hard_ifindex, -nl-type: u32}
    7: {id: batadv_attr_hard_ifname, -nl-type: string}
    8: {id: batadv_attr_hard_address, -nl-type: lladdr}
    9: {id: batadv_attr_orig_address, -nl-type: lladdr}
    10: {id: batadv_attr_tpmeter_result, -nl-type: u8, -nl-enum: batadv_tp_meter_reason}
    11: {id: batadv_attr_tpmeter_test_time, -nl-type: u32, doc: milliseconds}
    12: {id: batadv_attr_tpmeter_bytes, -nl-type: u64}
    13: {id: batadv_attr_tpmeter_cookie, -nl-type: u32}
    14: {id: batadv_attr_pad, -nl-type: binary}
    15: {id: batadv_attr_active, -nl-type: flag}
    16: {id: batadv_attr_tt_address, -nl-type: lladdr}
    17: {id: batadv_attr_tt_ttvn, -nl-type: u8}
    18: {id: batadv_attr_tt_last_ttvn, -nl-type: u8}
    19: {id: batadv_attr_tt_crc32, -nl-type: u32}
    20: {id: batadv_attr_tt_vid, -nl-type: u16}
    21: {id: batadv_attr_tt_flags, -nl-type: u32, -nl-flags: batadv_tt_client_flags}
    22: {id: batadv_attr_flag_best, -nl-type: flag}
    23: {id: batadv_attr_last_seen_msecs, -nl-type: u32}
    24: {id: batadv_attr_neigh_address, -nl-type: lladdr}
    25: {id: batadv_attr_tq, -nl-type: u8}
    26: {id: batadv_attr_throughput, -nl-type: u32, doc: "in 100 kbit/s"}
    27: {id: batadv_attr_bandwidth_up, -nl-type: u32, doc: "in 100 kbit/s"}
    28: {id: batadv_attr_bandwidth_down, -nl-type: u32, doc: "in 100 kbit/s"}
    29: {id: batadv_attr_router, -nl-type: lladdr}
    30: {id: batadv_attr_bla_own, -nl-type: flag}
    31: {id: batadv_attr_bla_address, -nl-type: lladdr}
    32: {id: batadv_attr_bla_vid, -nl-type: u16}
    33: {id: batadv_attr_bla_backbone, -nl-type: lladdr}
    34: {id: batadv_attr_bla_crc, -nl-type: u16}
    35: {id: batadv_attr_dat_cache_ip4address, -nl-type: ipv4}
    36: {id: batadv_attr_dat_cache_hwaddress, -nl-type: lladdr}
    37: {id: batadv_attr_dat_cache_vid, -nl-type: u16}
    38: {id: batadv_attr_mcast_flags, -nl-type: u32, doc: "BATADV_MCAST_* of the multicast TVLV (not in the UAPI headers)"}
    39: {id: batadv_attr_mcast_flags_priv, -nl-type: u32, -nl-flags: batadv_mcast_flags_priv}
    40: {id: batadv_attr_vlanid, -nl-type: u16}
    41: {id: batadv_attr_aggregated_ogms_enabled, -nl-type: u8}
    42: {id: batadv_attr_ap_isolation_enabled, -nl-type: u8}
    43: {id: batadv_attr_isolation_mark, -nl-type: u32}
    44: {id: batadv_attr_isolation_mask, -nl-type: u32}
    45: {id: batadv_attr_bonding_enabled, -nl-type: u8}
    46: {id: batadv_attr_bridge_loop_avoidance_enabled, -nl-type: u8}
    47: {id: batadv_attr_distributed_arp_table_enabled, -nl-type: u8}
    48: {id: batadv_attr_fragmentation_enabled, -nl-type: u8}
    49: {id: batadv_attr_gw_bandwidth_down, -nl-type: u32, doc: "in 100 kbit/s"}
    50: {id: batadv_attr_gw_bandwidth_up, -nl-type: u32, doc: "in 100 kbit/s"}
    51: {id: batadv_attr_gw_mode, -nl-type: u8, -nl-enum: batadv_gw_modes}
    52: {id: batadv_attr_gw_sel_class, -nl-type: u32}
    53: {id: batadv_attr_hop_penalty, -nl-type: u8}
    54: {id: batadv_attr_log_level, -nl-type: u32}
    55: {id: batadv_attr_multicast_forceflood_enabled, -nl-type: u8}
    56: {id: batadv_attr_network_coding_enabled, -nl-type: u8}
    57: {id: batadv_attr_orig_interval, -nl-type: u32, doc: milliseconds}
    58: {id: batadv_attr_elp_interval, -nl-type: u32, doc: milliseconds}
    59: {id: batadv_attr_throughput_override, -nl-type: u32, doc: "in 100 kbit/s"}
    60: {id: batadv_attr_multicast_fanout, -nl-type: u32}
  batadv_tt_client_flags:
    0x1: batadv_tt_client_del
    0x2: batadv_tt_client_roam
    0x10: batadv_tt_client_wifi
    0x20: batadv_tt_client_isola
    0x100: batadv_tt_client_nopurge
    0x200: batadv_tt_client_new
    0x400: batadv_tt_client_pending
    0x800: batadv_tt_client_temp
  batadv_mcast_flags_priv:
    0x1: batadv_mcast_flags_bridged
    0x2: batadv_mcast_flags_querier_ipv4_exists
    0x4: batadv_mcast_flags_querier_ipv6_exists
    0x8: batadv_mcast_flags_querier_ipv4_shadowing
    0x10: batadv_mcast_flags_querier_ipv6_shadowing
  batadv_gw_modes:
    0: batadv_gw_mode_off
    1: batadv_gw_mode_client
    2: batadv_gw_mode_server
  batadv_tp_meter_reason:
    3: batadv_tp_reason_complete
    4: batadv_tp_reason_cancel
    128: batadv_tp_reason_dst_unreachable
    129: batadv_tp_reason_resend_limit
    130: batadv_tp_reason_already_ongoing
    131: batadv_tp_reason_memory_error
    132: batadv_tp_reason_cant_send
    133: batadv_tp_reason_too_many
  batadv_ifla_attrs:
    # the link kind's IFLA_INFO_DATA (ip link add bat0 type batadv), in this header
    0: ifla_batadv_unspec
    1: ifla_batadv_algo_name
