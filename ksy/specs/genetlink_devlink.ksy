meta:
  id: genetlink_devlink
  title: "Generic netlink family devlink: DEVLINK_CMD_* and DEVLINK_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  devlink manages devices below the netdev level (ASICs, their ports, shared buffers, health
  reporters, firmware). A device is named by DEVLINK_ATTR_BUS_NAME and DEVLINK_ATTR_DEV_NAME
  together ("pci" and "0000:01:00.0"); DEVLINK_CMD_GET answers with DEVLINK_CMD_NEW. Attributes
  are typed by the header's own comments; nests hold DEVLINK_ATTR_* again unless the header gives
  them a set of their own (statistics, port function, self-tests, trap metadata). Bitfield32
  values (struct nla_bitfield32) and "dynamic" values (typed by a sibling) are binary.
doc-ref: /usr/include/linux/devlink.h
params:
  - id: is_le
    type: bool
enums:
  devlink_command:
    # -nl-group: the multicast group the kernel notifies the command to: "config"
    # (DEVLINK_GENL_MCGRP_CONFIG_NAME), devlink's only group. In 6.1 (net/devlink/leftover.c) the
    # notifiers that multicast to it: devlink_notify (NEW/DEL), __devlink_port_notify (PORT_NEW/DEL),
    # devlink_rate_notify (RATE_NEW/DEL), devlink_linecard_notify (LINECARD_NEW/DEL),
    # __devlink_flash_update_notify (FLASH_UPDATE, _END, _STATUS), devlink_param_notify
    # (PARAM_NEW/DEL, PORT_PARAM_NEW/DEL), devlink_nl_region_notify (REGION_NEW/DEL),
    # devlink_recover_notify (HEALTH_REPORTER_RECOVER), devlink_trap_notify, devlink_trap_group_notify
    # and devlink_trap_policer_notify (TRAP_*, TRAP_GROUP_*, TRAP_POLICER_* NEW/DEL). Shared buffer,
    # eswitch, resource, info and self-test commands are only answered, never notified.
    0: {id: devlink_cmd_unspec, -nl-kind: other}
    1: {id: devlink_cmd_get, -nl-kind: get}
    2: {id: devlink_cmd_set, -nl-kind: other}
    3: {id: devlink_cmd_new, -nl-kind: new, -nl-group: config}
    4: {id: devlink_cmd_del, -nl-kind: delete, -nl-group: config}
    5: {id: devlink_cmd_port_get, -nl-kind: get}
    6: {id: devlink_cmd_port_set, -nl-kind: other}
    7: {id: devlink_cmd_port_new, -nl-kind: new, -nl-group: config}
    8: {id: devlink_cmd_port_del, -nl-kind: delete, -nl-group: config}
    9: {id: devlink_cmd_port_split, -nl-kind: other}
    10: {id: devlink_cmd_port_unsplit, -nl-kind: other}
    11: {id: devlink_cmd_sb_get, -nl-kind: get}
    12: {id: devlink_cmd_sb_set, -nl-kind: other}
    13: {id: devlink_cmd_sb_new, -nl-kind: new}
    14: {id: devlink_cmd_sb_del, -nl-kind: delete}
    15: {id: devlink_cmd_sb_pool_get, -nl-kind: get}
    16: {id: devlink_cmd_sb_pool_set, -nl-kind: other}
    17: {id: devlink_cmd_sb_pool_new, -nl-kind: new}
    18: {id: devlink_cmd_sb_pool_del, -nl-kind: delete}
    19: {id: devlink_cmd_sb_port_pool_get, -nl-kind: get}
    20: {id: devlink_cmd_sb_port_pool_set, -nl-kind: other}
    21: {id: devlink_cmd_sb_port_pool_new, -nl-kind: new}
    22: {id: devlink_cmd_sb_port_pool_del, -nl-kind: delete}
    23: {id: devlink_cmd_sb_tc_pool_bind_get, -nl-kind: get}
    24: {id: devlink_cmd_sb_tc_pool_bind_set, -nl-kind: other}
    25: {id: devlink_cmd_sb_tc_pool_bind_new, -nl-kind: new}
    26: {id: devlink_cmd_sb_tc_pool_bind_del, -nl-kind: delete}
    27: {id: devlink_cmd_sb_occ_snapshot, -nl-kind: other}
    28: {id: devlink_cmd_sb_occ_max_clear, -nl-kind: other}
    29: {id: devlink_cmd_eswitch_get, -nl-kind: get}
    30: {id: devlink_cmd_eswitch_set, -nl-kind: other}
    31: {id: devlink_cmd_dpipe_table_get, -nl-kind: get}
    32: {id: devlink_cmd_dpipe_entries_get, -nl-kind: get}
    33: {id: devlink_cmd_dpipe_headers_get, -nl-kind: get}
    34: {id: devlink_cmd_dpipe_table_counters_set, -nl-kind: other}
    35: {id: devlink_cmd_resource_set, -nl-kind: other}
    36: {id: devlink_cmd_resource_dump, -nl-kind: other}
    37: {id: devlink_cmd_reload, -nl-kind: other}
    38: {id: devlink_cmd_param_get, -nl-kind: get}
    39: {id: devlink_cmd_param_set, -nl-kind: other}
    40: {id: devlink_cmd_param_new, -nl-kind: new, -nl-group: config}
    41: {id: devlink_cmd_param_del, -nl-kind: delete, -nl-group: config}
    42: {id: devlink_cmd_region_get, -nl-kind: get}
    43: {id: devlink_cmd_region_set, -nl-kind: other}
    44: {id: devlink_cmd_region_new, -nl-kind: new, -nl-group: config}
    45: {id: devlink_cmd_region_del, -nl-kind: delete, -nl-group: config}
    46: {id: devlink_cmd_region_read, -nl-kind: other}
    47: {id: devlink_cmd_port_param_get, -nl-kind: get}
    48: {id: devlink_cmd_port_param_set, -nl-kind: other}
    49: {id: devlink_cmd_port_param_new, -nl-kind: new, -nl-group: config}
    50: {id: devlink_cmd_port_param_del, -nl-kind: delete, -nl-group: config}
    51: {id: devlink_cmd_info_get, -nl-kind: get}
    52: {id: devlink_cmd_health_reporter_get, -nl-kind: get}
    53: {id: devlink_cmd_health_reporter_set, -nl-kind: other}
    54: {id: devlink_cmd_health_reporter_recover, -nl-kind: other, -nl-group: config}
    55: {id: devlink_cmd_health_reporter_diagnose, -nl-kind: other}
    56: {id: devlink_cmd_health_reporter_dump_get, -nl-kind: get}
    57: {id: devlink_cmd_health_reporter_dump_clear, -nl-kind: other}
    58: {id: devlink_cmd_flash_update, -nl-kind: other, -nl-group: config}
    59: {id: devlink_cmd_flash_update_end, -nl-kind: other, -nl-group: config}
    60: {id: devlink_cmd_flash_update_status, -nl-kind: other, -nl-group: config}
    61: {id: devlink_cmd_trap_get, -nl-kind: get}
    62: {id: devlink_cmd_trap_set, -nl-kind: other}
    63: {id: devlink_cmd_trap_new, -nl-kind: new, -nl-group: config}
    64: {id: devlink_cmd_trap_del, -nl-kind: delete, -nl-group: config}
    65: {id: devlink_cmd_trap_group_get, -nl-kind: get}
    66: {id: devlink_cmd_trap_group_set, -nl-kind: other}
    67: {id: devlink_cmd_trap_group_new, -nl-kind: new, -nl-group: config}
    68: {id: devlink_cmd_trap_group_del, -nl-kind: delete, -nl-group: config}
    69: {id: devlink_cmd_trap_policer_get, -nl-kind: get}
    70: {id: devlink_cmd_trap_policer_set, -nl-kind: other}
    71: {id: devlink_cmd_trap_policer_new, -nl-kind: new, -nl-group: config}
    72: {id: devlink_cmd_trap_policer_del, -nl-kind: delete, -nl-group: config}
    73: {id: devlink_cmd_health_reporter_test, -nl-kind: other}
    74: {id: devlink_cmd_rate_get, -nl-kind: get}
    75: {id: devlink_cmd_rate_set, -nl-kind: other}
    76: {id: devlink_cmd_rate_new, -nl-kind: new, -nl-group: config}
    77: {id: devlink_cmd_rate_del, -nl-kind: delete, -nl-group: config}
    78: {id: devlink_cmd_linecard_get, -nl-kind: get}
    79: {id: devlink_cmd_linecard_set, -nl-kind: other}
    80: {id: devlink_cmd_linecard_new, -nl-kind: new, -nl-group: config}
    81: {id: devlink_cmd_linecard_del, -nl-kind: delete, -nl-group: config}
    82: {id: devlink_cmd_selftests_get, -nl-kind: get}
    83: {id: devlink_cmd_selftests_run, -nl-kind: other}
  devlink_attr:
    0: {id: devlink_attr_unspec, -nl-type: binary}
    1: {id: devlink_attr_bus_name, -nl-type: string}
    2: {id: devlink_attr_dev_name, -nl-type: string}
    3: {id: devlink_attr_port_index, -nl-type: u32}
    4: {id: devlink_attr_port_type, -nl-type: u16, -nl-enum: devlink_port_type}
    5: {id: devlink_attr_port_desired_type, -nl-type: u16, -nl-enum: devlink_port_type}
    6: {id: devlink_attr_port_netdev_ifindex, -nl-type: u32}
    7: {id: devlink_attr_port_netdev_name, -nl-type: string}
    8: {id: devlink_attr_port_ibdev_name, -nl-type: string}
    9: {id: devlink_attr_port_split_count, -nl-type: u32}
    10: {id: devlink_attr_port_split_group, -nl-type: u32}
    11: {id: devlink_attr_sb_index, -nl-type: u32}
    12: {id: devlink_attr_sb_size, -nl-type: u32}
    13: {id: devlink_attr_sb_ingress_pool_count, -nl-type: u16}
    14: {id: devlink_attr_sb_egress_pool_count, -nl-type: u16}
    15: {id: devlink_attr_sb_ingress_tc_count, -nl-type: u16}
    16: {id: devlink_attr_sb_egress_tc_count, -nl-type: u16}
    17: {id: devlink_attr_sb_pool_index, -nl-type: u16}
    18: {id: devlink_attr_sb_pool_type, -nl-type: u8, -nl-enum: devlink_sb_pool_type}
    19: {id: devlink_attr_sb_pool_size, -nl-type: u32}
    20: {id: devlink_attr_sb_pool_threshold_type, -nl-type: u8, -nl-enum: devlink_sb_threshold_type}
    21: {id: devlink_attr_sb_threshold, -nl-type: u32}
    22: {id: devlink_attr_sb_tc_index, -nl-type: u16}
    23: {id: devlink_attr_sb_occ_cur, -nl-type: u32}
    24: {id: devlink_attr_sb_occ_max, -nl-type: u32}
    25: {id: devlink_attr_eswitch_mode, -nl-type: u16, -nl-enum: devlink_eswitch_mode}
    26: {id: devlink_attr_eswitch_inline_mode, -nl-type: u8, -nl-enum: devlink_eswitch_inline_mode}
    27: {id: devlink_attr_dpipe_tables, -nl-type: nest, -nl-nest: devlink_attr}
    28: {id: devlink_attr_dpipe_table, -nl-type: nest, -nl-nest: devlink_attr}
    29: {id: devlink_attr_dpipe_table_name, -nl-type: string}
    30: {id: devlink_attr_dpipe_table_size, -nl-type: u64}
    31: {id: devlink_attr_dpipe_table_matches, -nl-type: nest, -nl-nest: devlink_attr}
    32: {id: devlink_attr_dpipe_table_actions, -nl-type: nest, -nl-nest: devlink_attr}
    33: {id: devlink_attr_dpipe_table_counters_enabled, -nl-type: u8}
    34: {id: devlink_attr_dpipe_entries, -nl-type: nest, -nl-nest: devlink_attr}
    35: {id: devlink_attr_dpipe_entry, -nl-type: nest, -nl-nest: devlink_attr}
    36: {id: devlink_attr_dpipe_entry_index, -nl-type: u64}
    37: {id: devlink_attr_dpipe_entry_match_values, -nl-type: nest, -nl-nest: devlink_attr}
    38: {id: devlink_attr_dpipe_entry_action_values, -nl-type: nest, -nl-nest: devlink_attr}
    39: {id: devlink_attr_dpipe_entry_counter, -nl-type: u64}
    40: {id: devlink_attr_dpipe_match, -nl-type: nest, -nl-nest: devlink_attr}
    41: {id: devlink_attr_dpipe_match_value, -nl-type: nest, -nl-nest: devlink_attr}
    42: {id: devlink_attr_dpipe_match_type, -nl-type: u32, -nl-enum: devlink_dpipe_match_type}
    43: {id: devlink_attr_dpipe_action, -nl-type: nest, -nl-nest: devlink_attr}
    44: {id: devlink_attr_dpipe_action_value, -nl-type: nest, -nl-nest: devlink_attr}
    45: {id: devlink_attr_dpipe_action_type, -nl-type: u32, -nl-enum: devlink_dpipe_action_type}
    46: {id: devlink_attr_dpipe_value, -nl-type: binary}
    47: {id: devlink_attr_dpipe_value_mask, -nl-type: binary}
    48: {id: devlink_attr_dpipe_value_mapping, -nl-type: u32}
    49: {id: devlink_attr_dpipe_headers, -nl-type: nest, -nl-nest: devlink_attr}
    50: {id: devlink_attr_dpipe_header, -nl-type: nest, -nl-nest: devlink_attr}
    51: {id: devlink_attr_dpipe_header_name, -nl-type: string}
    52: {id: devlink_attr_dpipe_header_id, -nl-type: u32}
    53: {id: devlink_attr_dpipe_header_fields, -nl-type: nest, -nl-nest: devlink_attr}
    54: {id: devlink_attr_dpipe_header_global, -nl-type: u8}
    55: {id: devlink_attr_dpipe_header_index, -nl-type: u32}
    56: {id: devlink_attr_dpipe_field, -nl-type: nest, -nl-nest: devlink_attr}
    57: {id: devlink_attr_dpipe_field_name, -nl-type: string}
    58: {id: devlink_attr_dpipe_field_id, -nl-type: u32}
    59: {id: devlink_attr_dpipe_field_bitwidth, -nl-type: u32}
    60: {id: devlink_attr_dpipe_field_mapping_type, -nl-type: u32, -nl-enum: devlink_dpipe_field_mapping_type}
    61: {id: devlink_attr_pad, -nl-type: binary}
    62: {id: devlink_attr_eswitch_encap_mode, -nl-type: u8, -nl-enum: devlink_eswitch_encap_mode}
    63: {id: devlink_attr_resource_list, -nl-type: nest, -nl-nest: devlink_attr}
    64: {id: devlink_attr_resource, -nl-type: nest, -nl-nest: devlink_attr}
    65: {id: devlink_attr_resource_name, -nl-type: string}
    66: {id: devlink_attr_resource_id, -nl-type: u64}
    67: {id: devlink_attr_resource_size, -nl-type: u64}
    68: {id: devlink_attr_resource_size_new, -nl-type: u64}
    69: {id: devlink_attr_resource_size_valid, -nl-type: u8}
    70: {id: devlink_attr_resource_size_min, -nl-type: u64}
    71: {id: devlink_attr_resource_size_max, -nl-type: u64}
    72: {id: devlink_attr_resource_size_gran, -nl-type: u64}
    73: {id: devlink_attr_resource_unit, -nl-type: u8, -nl-enum: devlink_resource_unit}
    74: {id: devlink_attr_resource_occ, -nl-type: u64}
    75: {id: devlink_attr_dpipe_table_resource_id, -nl-type: u64}
    76: {id: devlink_attr_dpipe_table_resource_units, -nl-type: u64}
    77: {id: devlink_attr_port_flavour, -nl-type: u16, -nl-enum: devlink_port_flavour}
    78: {id: devlink_attr_port_number, -nl-type: u32}
    79: {id: devlink_attr_port_split_subport_number, -nl-type: u32}
    80: {id: devlink_attr_param, -nl-type: nest, -nl-nest: devlink_attr}
    81: {id: devlink_attr_param_name, -nl-type: string}
    82: {id: devlink_attr_param_generic, -nl-type: flag}
    83: {id: devlink_attr_param_type, -nl-type: u8}
    84: {id: devlink_attr_param_values_list, -nl-type: nest, -nl-nest: devlink_attr}
    85: {id: devlink_attr_param_value, -nl-type: nest, -nl-nest: devlink_attr}
    86: {id: devlink_attr_param_value_data, -nl-type: binary}
    87: {id: devlink_attr_param_value_cmode, -nl-type: u8, -nl-enum: devlink_param_cmode}
    88: {id: devlink_attr_region_name, -nl-type: string}
    89: {id: devlink_attr_region_size, -nl-type: u64}
    90: {id: devlink_attr_region_snapshots, -nl-type: nest, -nl-nest: devlink_attr}
    91: {id: devlink_attr_region_snapshot, -nl-type: nest, -nl-nest: devlink_attr}
    92: {id: devlink_attr_region_snapshot_id, -nl-type: u32}
    93: {id: devlink_attr_region_chunks, -nl-type: nest, -nl-nest: devlink_attr}
    94: {id: devlink_attr_region_chunk, -nl-type: nest, -nl-nest: devlink_attr}
    95: {id: devlink_attr_region_chunk_data, -nl-type: binary}
    96: {id: devlink_attr_region_chunk_addr, -nl-type: u64}
    97: {id: devlink_attr_region_chunk_len, -nl-type: u64}
    98: {id: devlink_attr_info_driver_name, -nl-type: string}
    99: {id: devlink_attr_info_serial_number, -nl-type: string}
    100: {id: devlink_attr_info_version_fixed, -nl-type: nest, -nl-nest: devlink_attr}
    101: {id: devlink_attr_info_version_running, -nl-type: nest, -nl-nest: devlink_attr}
    102: {id: devlink_attr_info_version_stored, -nl-type: nest, -nl-nest: devlink_attr}
    103: {id: devlink_attr_info_version_name, -nl-type: string}
    104: {id: devlink_attr_info_version_value, -nl-type: string}
    105: {id: devlink_attr_sb_pool_cell_size, -nl-type: u32}
    106: {id: devlink_attr_fmsg, -nl-type: nest, -nl-nest: devlink_attr}
    107: {id: devlink_attr_fmsg_obj_nest_start, -nl-type: flag}
    108: {id: devlink_attr_fmsg_pair_nest_start, -nl-type: flag}
    109: {id: devlink_attr_fmsg_arr_nest_start, -nl-type: flag}
    110: {id: devlink_attr_fmsg_nest_end, -nl-type: flag}
    111: {id: devlink_attr_fmsg_obj_name, -nl-type: string}
    112: {id: devlink_attr_fmsg_obj_value_type, -nl-type: u8}
    113: {id: devlink_attr_fmsg_obj_value_data, -nl-type: binary}
    114: {id: devlink_attr_health_reporter, -nl-type: nest, -nl-nest: devlink_attr}
    115: {id: devlink_attr_health_reporter_name, -nl-type: string}
    116: {id: devlink_attr_health_reporter_state, -nl-type: u8}
    117: {id: devlink_attr_health_reporter_err_count, -nl-type: u64}
    118: {id: devlink_attr_health_reporter_recover_count, -nl-type: u64}
    119: {id: devlink_attr_health_reporter_dump_ts, -nl-type: u64}
    120: {id: devlink_attr_health_reporter_graceful_period, -nl-type: u64}
    121: {id: devlink_attr_health_reporter_auto_recover, -nl-type: u8}
    122: {id: devlink_attr_flash_update_file_name, -nl-type: string}
    123: {id: devlink_attr_flash_update_component, -nl-type: string}
    124: {id: devlink_attr_flash_update_status_msg, -nl-type: string}
    125: {id: devlink_attr_flash_update_status_done, -nl-type: u64}
    126: {id: devlink_attr_flash_update_status_total, -nl-type: u64}
    127: {id: devlink_attr_port_pci_pf_number, -nl-type: u16}
    128: {id: devlink_attr_port_pci_vf_number, -nl-type: u16}
    129: {id: devlink_attr_stats, -nl-type: nest, -nl-nest: devlink_attr_stats}
    130: {id: devlink_attr_trap_name, -nl-type: string}
    131: {id: devlink_attr_trap_action, -nl-type: u8, -nl-enum: devlink_trap_action}
    132: {id: devlink_attr_trap_type, -nl-type: u8, -nl-enum: devlink_trap_type}
    133: {id: devlink_attr_trap_generic, -nl-type: flag}
    134: {id: devlink_attr_trap_metadata, -nl-type: nest, -nl-nest: devlink_trap_metadata_type}
    135: {id: devlink_attr_trap_group_name, -nl-type: string}
    136: {id: devlink_attr_reload_failed, -nl-type: u8}
    137: {id: devlink_attr_health_reporter_dump_ts_ns, -nl-type: u64}
    138: {id: devlink_attr_netns_fd, -nl-type: u32}
    139: {id: devlink_attr_netns_pid, -nl-type: u32}
    140: {id: devlink_attr_netns_id, -nl-type: u32}
    141: {id: devlink_attr_health_reporter_auto_dump, -nl-type: u8}
    142: {id: devlink_attr_trap_policer_id, -nl-type: u32}
    143: {id: devlink_attr_trap_policer_rate, -nl-type: u64}
    144: {id: devlink_attr_trap_policer_burst, -nl-type: u64}
    145: {id: devlink_attr_port_function, -nl-type: nest, -nl-nest: devlink_port_function_attr}
    146: {id: devlink_attr_info_board_serial_number, -nl-type: string}
    147: {id: devlink_attr_port_lanes, -nl-type: u32}
    148: {id: devlink_attr_port_splittable, -nl-type: u8}
    149: {id: devlink_attr_port_external, -nl-type: u8}
    150: {id: devlink_attr_port_controller_number, -nl-type: u32}
    151: {id: devlink_attr_flash_update_status_timeout, -nl-type: u64}
    152: {id: devlink_attr_flash_update_overwrite_mask, -nl-type: binary}
    153: {id: devlink_attr_reload_action, -nl-type: u8, -nl-enum: devlink_reload_action}
    154: {id: devlink_attr_reload_actions_performed, -nl-type: binary}
    155: {id: devlink_attr_reload_limits, -nl-type: binary}
    156: {id: devlink_attr_dev_stats, -nl-type: nest, -nl-nest: devlink_attr}
    157: {id: devlink_attr_reload_stats, -nl-type: nest, -nl-nest: devlink_attr}
    158: {id: devlink_attr_reload_stats_entry, -nl-type: nest, -nl-nest: devlink_attr}
    159: {id: devlink_attr_reload_stats_limit, -nl-type: u8, -nl-enum: devlink_reload_limit}
    160: {id: devlink_attr_reload_stats_value, -nl-type: u32}
    161: {id: devlink_attr_remote_reload_stats, -nl-type: nest, -nl-nest: devlink_attr}
    162: {id: devlink_attr_reload_action_info, -nl-type: nest, -nl-nest: devlink_attr}
    163: {id: devlink_attr_reload_action_stats, -nl-type: nest, -nl-nest: devlink_attr}
    164: {id: devlink_attr_port_pci_sf_number, -nl-type: u32}
    165: {id: devlink_attr_rate_type, -nl-type: u16, -nl-enum: devlink_rate_type}
    166: {id: devlink_attr_rate_tx_share, -nl-type: u64}
    167: {id: devlink_attr_rate_tx_max, -nl-type: u64}
    168: {id: devlink_attr_rate_node_name, -nl-type: string}
    169: {id: devlink_attr_rate_parent_node_name, -nl-type: string}
    170: {id: devlink_attr_region_max_snapshots, -nl-type: u32}
    171: {id: devlink_attr_linecard_index, -nl-type: u32}
    172: {id: devlink_attr_linecard_state, -nl-type: u8, -nl-enum: devlink_linecard_state}
    173: {id: devlink_attr_linecard_type, -nl-type: string}
    174: {id: devlink_attr_linecard_supported_types, -nl-type: nest, -nl-nest: devlink_attr}
    175: {id: devlink_attr_nested_devlink, -nl-type: nest, -nl-nest: devlink_attr}
    176: {id: devlink_attr_selftests, -nl-type: nest, -nl-nest: devlink_attr_selftest_id}
    # 7.2 (types from the header's comments)
    177: {id: devlink_attr_rate_tx_priority, -nl-type: u32}
    178: {id: devlink_attr_rate_tx_weight, -nl-type: u32}
    179: {id: devlink_attr_region_direct, -nl-type: flag}
    180: {id: devlink_attr_rate_tc_bws, -nl-type: nest, -nl-nest: devlink_rate_tc_attr}
    181: {id: devlink_attr_health_reporter_burst_period, -nl-type: u64}
    182: {id: devlink_attr_param_value_default, -nl-type: binary}
    183: {id: devlink_attr_param_reset_default, -nl-type: flag}
    184: {id: devlink_attr_index, -nl-type: uint}
    185: {id: devlink_attr_resource_scope_mask, -nl-type: u32, -nl-flags: devlink_resource_scope}
  devlink_attr_stats:
    0: {id: devlink_attr_stats_rx_packets, -nl-type: u64}
    1: {id: devlink_attr_stats_rx_bytes, -nl-type: u64}
    2: {id: devlink_attr_stats_rx_dropped, -nl-type: u64}
  devlink_trap_metadata_type:
    0: {id: devlink_attr_trap_metadata_type_in_port, -nl-type: flag}
    1: {id: devlink_attr_trap_metadata_type_fa_cookie, -nl-type: flag}
  devlink_port_function_attr:
    0: {id: devlink_port_function_attr_unspec, -nl-type: binary}
    1: {id: devlink_port_function_attr_hw_addr, -nl-type: lladdr}
    2: {id: devlink_port_fn_attr_state, -nl-type: u8, -nl-enum: devlink_port_fn_state}
    3: {id: devlink_port_fn_attr_opstate, -nl-type: u8, -nl-enum: devlink_port_fn_opstate}
    4: {id: devlink_port_fn_attr_caps, -nl-type: binary}
    5: {id: devlink_port_fn_attr_devlink, -nl-type: nest, -nl-nest: devlink_attr}
    6: {id: devlink_port_fn_attr_max_io_eqs, -nl-type: u32}
  devlink_rate_tc_attr:
    # DEVLINK_ATTR_RATE_TC_BWS: a traffic class's share of the rate (7.2)
    0: {id: devlink_rate_tc_attr_unspec, -nl-type: binary}
    1: {id: devlink_rate_tc_attr_index, -nl-type: u8}
    2: {id: devlink_rate_tc_attr_bw, -nl-type: u32}
  devlink_attr_selftest_id:
    0: {id: devlink_attr_selftest_id_unspec, -nl-type: binary}
    1: {id: devlink_attr_selftest_id_flash, -nl-type: flag}
  devlink_port_type:
    0: devlink_port_type_notset
    1: devlink_port_type_auto
    2: devlink_port_type_eth
    3: devlink_port_type_ib
  devlink_sb_pool_type:
    0: devlink_sb_pool_type_ingress
    1: devlink_sb_pool_type_egress
  devlink_sb_threshold_type:
    0: devlink_sb_threshold_type_static
    1: devlink_sb_threshold_type_dynamic
  devlink_eswitch_mode:
    0: devlink_eswitch_mode_legacy
    1: devlink_eswitch_mode_switchdev
    2: devlink_eswitch_mode_switchdev_inactive
  devlink_eswitch_inline_mode:
    0: devlink_eswitch_inline_mode_none
    1: devlink_eswitch_inline_mode_link
    2: devlink_eswitch_inline_mode_network
    3: devlink_eswitch_inline_mode_transport
  devlink_eswitch_encap_mode:
    0: devlink_eswitch_encap_mode_none
    1: devlink_eswitch_encap_mode_basic
  devlink_port_flavour:
    0: devlink_port_flavour_physical
    1: devlink_port_flavour_cpu
    2: devlink_port_flavour_dsa
    3: devlink_port_flavour_pci_pf
    4: devlink_port_flavour_pci_vf
    5: devlink_port_flavour_virtual
    6: devlink_port_flavour_unused
    7: devlink_port_flavour_pci_sf
  devlink_rate_type:
    0: devlink_rate_type_leaf
    1: devlink_rate_type_node
  devlink_param_cmode:
    0: devlink_param_cmode_runtime
    1: devlink_param_cmode_driverinit
    2: devlink_param_cmode_permanent
  devlink_trap_action:
    0: devlink_trap_action_drop
    1: devlink_trap_action_trap
    2: devlink_trap_action_mirror
  devlink_trap_type:
    0: devlink_trap_type_drop
    1: devlink_trap_type_exception
    2: devlink_trap_type_control
  devlink_reload_action:
    0: devlink_reload_action_unspec
    1: devlink_reload_action_driver_reinit
    2: devlink_reload_action_fw_activate
  devlink_reload_limit:
    0: devlink_reload_limit_unspec
    1: devlink_reload_limit_no_reset
  devlink_linecard_state:
    0: devlink_linecard_state_unspec
    1: devlink_linecard_state_unprovisioned
    2: devlink_linecard_state_unprovisioning
    3: devlink_linecard_state_provisioning
    4: devlink_linecard_state_provisioning_failed
    5: devlink_linecard_state_provisioned
    6: devlink_linecard_state_active
  devlink_dpipe_field_mapping_type:
    0: devlink_dpipe_field_mapping_type_none
    1: devlink_dpipe_field_mapping_type_ifindex
  devlink_dpipe_match_type:
    0: devlink_dpipe_match_type_field_exact
  devlink_dpipe_action_type:
    0: devlink_dpipe_action_type_field_modify
  devlink_resource_unit:
    0: devlink_resource_unit_entry
  devlink_resource_scope:
    # DEVLINK_ATTR_RESOURCE_SCOPE_MASK bits (_BITUL(DEVLINK_RESOURCE_SCOPE_*_BIT))
    0x1: devlink_resource_scope_dev_bit
    0x2: devlink_resource_scope_port_bit
  devlink_port_fn_state:
    0: devlink_port_fn_state_inactive
    1: devlink_port_fn_state_active
  devlink_port_fn_opstate:
    0: devlink_port_fn_opstate_detached
    1: devlink_port_fn_opstate_attached
