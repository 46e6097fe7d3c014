meta:
  id: genetlink_ethtool
  title: "Generic netlink family ethtool: ETHTOOL_MSG_* commands and ETHTOOL_A_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  ethtool numbers its commands apart by direction: requests (user to kernel) by
  ethtool_msg_user, replies and notifications (kernel to user) by ethtool_msg_kernel, so
  ETHTOOL_MSG_FEATURES_SET (12) is answered by
  ETHTOOL_MSG_FEATURES_SET_REPLY (12) but ETHTOOL_MSG_PRIVFLAGS_GET (13) by
  ETHTOOL_MSG_PRIVFLAGS_GET_REPLY (14). Each command has its own attribute set; every set starts with
  *_HEADER (ETHTOOL_A_HEADER_*: the device by index or name). Bitsets (link modes, features,
  WoL modes ...) are nests of ETHTOOL_A_BITSET_*, compact (VALUE/MASK bit arrays) or as a list
  of bits with index, name and value.
doc-ref: /usr/include/linux/ethtool_netlink.h, /usr/include/linux/ethtool_netlink_generated.h
params:
  - id: is_le
    type: bool
enums:
  ethtool_msg_user:
    0: {id: ethtool_msg_user_none, -nl-kind: other}
    1: {id: ethtool_msg_strset_get, -nl-kind: get, -nl-attrs: ethtool_a_strset}
    2: {id: ethtool_msg_linkinfo_get, -nl-kind: get, -nl-attrs: ethtool_a_linkinfo}
    3: {id: ethtool_msg_linkinfo_set, -nl-kind: new, -nl-attrs: ethtool_a_linkinfo}
    4: {id: ethtool_msg_linkmodes_get, -nl-kind: get, -nl-attrs: ethtool_a_linkmodes}
    5: {id: ethtool_msg_linkmodes_set, -nl-kind: new, -nl-attrs: ethtool_a_linkmodes}
    6: {id: ethtool_msg_linkstate_get, -nl-kind: get, -nl-attrs: ethtool_a_linkstate}
    7: {id: ethtool_msg_debug_get, -nl-kind: get, -nl-attrs: ethtool_a_debug}
    8: {id: ethtool_msg_debug_set, -nl-kind: new, -nl-attrs: ethtool_a_debug}
    9: {id: ethtool_msg_wol_get, -nl-kind: get, -nl-attrs: ethtool_a_wol}
    10: {id: ethtool_msg_wol_set, -nl-kind: new, -nl-attrs: ethtool_a_wol}
    11: {id: ethtool_msg_features_get, -nl-kind: get, -nl-attrs: ethtool_a_features}
    12: {id: ethtool_msg_features_set, -nl-kind: new, -nl-attrs: ethtool_a_features}
    13: {id: ethtool_msg_privflags_get, -nl-kind: get, -nl-attrs: ethtool_a_privflags}
    14: {id: ethtool_msg_privflags_set, -nl-kind: new, -nl-attrs: ethtool_a_privflags}
    15: {id: ethtool_msg_rings_get, -nl-kind: get, -nl-attrs: ethtool_a_rings}
    16: {id: ethtool_msg_rings_set, -nl-kind: new, -nl-attrs: ethtool_a_rings}
    17: {id: ethtool_msg_channels_get, -nl-kind: get, -nl-attrs: ethtool_a_channels}
    18: {id: ethtool_msg_channels_set, -nl-kind: new, -nl-attrs: ethtool_a_channels}
    19: {id: ethtool_msg_coalesce_get, -nl-kind: get, -nl-attrs: ethtool_a_coalesce}
    20: {id: ethtool_msg_coalesce_set, -nl-kind: new, -nl-attrs: ethtool_a_coalesce}
    21: {id: ethtool_msg_pause_get, -nl-kind: get, -nl-attrs: ethtool_a_pause}
    22: {id: ethtool_msg_pause_set, -nl-kind: new, -nl-attrs: ethtool_a_pause}
    23: {id: ethtool_msg_eee_get, -nl-kind: get, -nl-attrs: ethtool_a_eee}
    24: {id: ethtool_msg_eee_set, -nl-kind: new, -nl-attrs: ethtool_a_eee}
    25: {id: ethtool_msg_tsinfo_get, -nl-kind: get, -nl-attrs: ethtool_a_tsinfo}
    26: {id: ethtool_msg_cable_test_act, -nl-kind: other, -nl-attrs: ethtool_a_cable_test}
    27: {id: ethtool_msg_cable_test_tdr_act, -nl-kind: other, -nl-attrs: ethtool_a_cable_test_tdr}
    28: {id: ethtool_msg_tunnel_info_get, -nl-kind: get, -nl-attrs: ethtool_a_tunnel_info}
    29: {id: ethtool_msg_fec_get, -nl-kind: get, -nl-attrs: ethtool_a_fec}
    30: {id: ethtool_msg_fec_set, -nl-kind: new, -nl-attrs: ethtool_a_fec}
    31: {id: ethtool_msg_module_eeprom_get, -nl-kind: get, -nl-attrs: ethtool_a_module_eeprom}
    32: {id: ethtool_msg_stats_get, -nl-kind: get, -nl-attrs: ethtool_a_stats}
    33: {id: ethtool_msg_phc_vclocks_get, -nl-kind: get, -nl-attrs: ethtool_a_phc_vclocks}
    34: {id: ethtool_msg_module_get, -nl-kind: get, -nl-attrs: ethtool_a_module}
    35: {id: ethtool_msg_module_set, -nl-kind: new, -nl-attrs: ethtool_a_module}
    36: {id: ethtool_msg_pse_get, -nl-kind: get, -nl-attrs: ethtool_a_pse}
    37: {id: ethtool_msg_pse_set, -nl-kind: new, -nl-attrs: ethtool_a_pse}
  ethtool_msg_kernel:
    # -nl-group: the multicast group the kernel notifies the message to: "monitor"
    # (ETHTOOL_MCGRP_MONITOR_NAME), ethtool's only group. Every *_NTF goes there through
    # ethnl_multicast (net/ethtool/netlink.c): the settings notifications from ethnl_default_notify,
    # ETHTOOL_MSG_CABLE_TEST_NTF / _TDR_NTF from ethnl_cable_test_started and _finished
    # (net/ethtool/cabletest.c). The *_REPLY messages are unicast answers and have no group.
    0: {id: ethtool_msg_kernel_none, -nl-kind: other}
    1: {id: ethtool_msg_strset_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_strset}
    2: {id: ethtool_msg_linkinfo_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_linkinfo}
    3: {id: ethtool_msg_linkinfo_ntf, -nl-kind: other, -nl-attrs: ethtool_a_linkinfo, -nl-group: monitor}
    4: {id: ethtool_msg_linkmodes_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_linkmodes}
    5: {id: ethtool_msg_linkmodes_ntf, -nl-kind: other, -nl-attrs: ethtool_a_linkmodes, -nl-group: monitor}
    6: {id: ethtool_msg_linkstate_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_linkstate}
    7: {id: ethtool_msg_debug_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_debug}
    8: {id: ethtool_msg_debug_ntf, -nl-kind: other, -nl-attrs: ethtool_a_debug, -nl-group: monitor}
    9: {id: ethtool_msg_wol_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_wol}
    10: {id: ethtool_msg_wol_ntf, -nl-kind: other, -nl-attrs: ethtool_a_wol, -nl-group: monitor}
    11: {id: ethtool_msg_features_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_features}
    12: {id: ethtool_msg_features_set_reply, -nl-kind: other, -nl-attrs: ethtool_a_features}
    13: {id: ethtool_msg_features_ntf, -nl-kind: other, -nl-attrs: ethtool_a_features, -nl-group: monitor}
    14: {id: ethtool_msg_privflags_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_privflags}
    15: {id: ethtool_msg_privflags_ntf, -nl-kind: other, -nl-attrs: ethtool_a_privflags, -nl-group: monitor}
    16: {id: ethtool_msg_rings_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_rings}
    17: {id: ethtool_msg_rings_ntf, -nl-kind: other, -nl-attrs: ethtool_a_rings, -nl-group: monitor}
    18: {id: ethtool_msg_channels_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_channels}
    19: {id: ethtool_msg_channels_ntf, -nl-kind: other, -nl-attrs: ethtool_a_channels, -nl-group: monitor}
    20: {id: ethtool_msg_coalesce_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_coalesce}
    21: {id: ethtool_msg_coalesce_ntf, -nl-kind: other, -nl-attrs: ethtool_a_coalesce, -nl-group: monitor}
    22: {id: ethtool_msg_pause_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_pause}
    23: {id: ethtool_msg_pause_ntf, -nl-kind: other, -nl-attrs: ethtool_a_pause, -nl-group: monitor}
    24: {id: ethtool_msg_eee_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_eee}
    25: {id: ethtool_msg_eee_ntf, -nl-kind: other, -nl-attrs: ethtool_a_eee, -nl-group: monitor}
    26: {id: ethtool_msg_tsinfo_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_tsinfo}
    27: {id: ethtool_msg_cable_test_ntf, -nl-kind: other, -nl-attrs: ethtool_a_cable_test_ntf, -nl-group: monitor}
    28: {id: ethtool_msg_cable_test_tdr_ntf, -nl-kind: other, -nl-attrs: ethtool_a_cable_test_tdr_ntf, -nl-group: monitor}
    29: {id: ethtool_msg_tunnel_info_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_tunnel_info}
    30: {id: ethtool_msg_fec_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_fec}
    31: {id: ethtool_msg_fec_ntf, -nl-kind: other, -nl-attrs: ethtool_a_fec, -nl-group: monitor}
    32: {id: ethtool_msg_module_eeprom_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_module_eeprom}
    33: {id: ethtool_msg_stats_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_stats}
    34: {id: ethtool_msg_phc_vclocks_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_phc_vclocks}
    35: {id: ethtool_msg_module_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_module}
    36: {id: ethtool_msg_module_ntf, -nl-kind: other, -nl-attrs: ethtool_a_module, -nl-group: monitor}
    37: {id: ethtool_msg_pse_get_reply, -nl-kind: other, -nl-attrs: ethtool_a_pse}
  ethtool_flag:
    0x1: ethtool_flag_compact_bitsets
    0x2: ethtool_flag_omit_reply
    0x4: ethtool_flag_stats
  ethtool_a_header:
    0: {id: ethtool_a_header_unspec, -nl-type: binary}
    1: {id: ethtool_a_header_dev_index, -nl-type: u32}
    2: {id: ethtool_a_header_dev_name, -nl-type: string}
    3: {id: ethtool_a_header_flags, -nl-type: u32, -nl-flags: ethtool_flag}
  ethtool_a_bitset_bit:
    0: {id: ethtool_a_bitset_bit_unspec, -nl-type: binary}
    1: {id: ethtool_a_bitset_bit_index, -nl-type: u32}
    2: {id: ethtool_a_bitset_bit_name, -nl-type: string}
    3: {id: ethtool_a_bitset_bit_value, -nl-type: flag}
  ethtool_a_bitset_bits:
    0: {id: ethtool_a_bitset_bits_unspec, -nl-type: binary}
    1: {id: ethtool_a_bitset_bits_bit, -nl-type: nest, -nl-nest: ethtool_a_bitset_bit}
  ethtool_a_bitset:
    0: {id: ethtool_a_bitset_unspec, -nl-type: binary}
    1: {id: ethtool_a_bitset_nomask, -nl-type: flag}
    2: {id: ethtool_a_bitset_size, -nl-type: u32}
    3: {id: ethtool_a_bitset_bits, -nl-type: nest, -nl-nest: ethtool_a_bitset_bits}
    4: {id: ethtool_a_bitset_value, -nl-type: binary}
    5: {id: ethtool_a_bitset_mask, -nl-type: binary}
  ethtool_a_string:
    0: {id: ethtool_a_string_unspec, -nl-type: binary}
    1: {id: ethtool_a_string_index, -nl-type: u32}
    2: {id: ethtool_a_string_value, -nl-type: string}
  ethtool_a_strings:
    0: {id: ethtool_a_strings_unspec, -nl-type: binary}
    1: {id: ethtool_a_strings_string, -nl-type: nest, -nl-nest: ethtool_a_string}
  ethtool_a_stringset:
    0: {id: ethtool_a_stringset_unspec, -nl-type: binary}
    1: {id: ethtool_a_stringset_id, -nl-type: u32}
    2: {id: ethtool_a_stringset_count, -nl-type: u32}
    3: {id: ethtool_a_stringset_strings, -nl-type: nest, -nl-nest: ethtool_a_strings}
  ethtool_a_stringsets:
    0: {id: ethtool_a_stringsets_unspec, -nl-type: binary}
    1: {id: ethtool_a_stringsets_stringset, -nl-type: nest, -nl-nest: ethtool_a_stringset}
  ethtool_a_strset:
    0: {id: ethtool_a_strset_unspec, -nl-type: binary}
    1: {id: ethtool_a_strset_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_strset_stringsets, -nl-type: nest, -nl-nest: ethtool_a_stringsets}
    3: {id: ethtool_a_strset_counts_only, -nl-type: flag}
  ethtool_a_linkinfo:
    0: {id: ethtool_a_linkinfo_unspec, -nl-type: binary}
    1: {id: ethtool_a_linkinfo_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_linkinfo_port, -nl-type: u8}
    3: {id: ethtool_a_linkinfo_phyaddr, -nl-type: u8}
    4: {id: ethtool_a_linkinfo_tp_mdix, -nl-type: u8}
    5: {id: ethtool_a_linkinfo_tp_mdix_ctrl, -nl-type: u8}
    6: {id: ethtool_a_linkinfo_transceiver, -nl-type: u8}
  ethtool_a_linkmodes:
    0: {id: ethtool_a_linkmodes_unspec, -nl-type: binary}
    1: {id: ethtool_a_linkmodes_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_linkmodes_autoneg, -nl-type: u8}
    3: {id: ethtool_a_linkmodes_ours, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    4: {id: ethtool_a_linkmodes_peer, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    5: {id: ethtool_a_linkmodes_speed, -nl-type: u32}
    6: {id: ethtool_a_linkmodes_duplex, -nl-type: u8}
    7: {id: ethtool_a_linkmodes_master_slave_cfg, -nl-type: u8}
    8: {id: ethtool_a_linkmodes_master_slave_state, -nl-type: u8}
    9: {id: ethtool_a_linkmodes_lanes, -nl-type: u32}
    10: {id: ethtool_a_linkmodes_rate_matching, -nl-type: u8}
  ethtool_a_linkstate:
    0: {id: ethtool_a_linkstate_unspec, -nl-type: binary}
    1: {id: ethtool_a_linkstate_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_linkstate_link, -nl-type: u8}
    3: {id: ethtool_a_linkstate_sqi, -nl-type: u32}
    4: {id: ethtool_a_linkstate_sqi_max, -nl-type: u32}
    5: {id: ethtool_a_linkstate_ext_state, -nl-type: u8}
    6: {id: ethtool_a_linkstate_ext_substate, -nl-type: u8}
  ethtool_a_debug:
    0: {id: ethtool_a_debug_unspec, -nl-type: binary}
    1: {id: ethtool_a_debug_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_debug_msgmask, -nl-type: nest, -nl-nest: ethtool_a_bitset}
  ethtool_a_wol:
    0: {id: ethtool_a_wol_unspec, -nl-type: binary}
    1: {id: ethtool_a_wol_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_wol_modes, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_wol_sopass, -nl-type: binary}
  ethtool_a_features:
    0: {id: ethtool_a_features_unspec, -nl-type: binary}
    1: {id: ethtool_a_features_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_features_hw, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_features_wanted, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    4: {id: ethtool_a_features_active, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    5: {id: ethtool_a_features_nochange, -nl-type: nest, -nl-nest: ethtool_a_bitset}
  ethtool_a_privflags:
    0: {id: ethtool_a_privflags_unspec, -nl-type: binary}
    1: {id: ethtool_a_privflags_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_privflags_flags, -nl-type: nest, -nl-nest: ethtool_a_bitset}
  ethtool_a_rings:
    0: {id: ethtool_a_rings_unspec, -nl-type: binary}
    1: {id: ethtool_a_rings_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_rings_rx_max, -nl-type: u32}
    3: {id: ethtool_a_rings_rx_mini_max, -nl-type: u32}
    4: {id: ethtool_a_rings_rx_jumbo_max, -nl-type: u32}
    5: {id: ethtool_a_rings_tx_max, -nl-type: u32}
    6: {id: ethtool_a_rings_rx, -nl-type: u32}
    7: {id: ethtool_a_rings_rx_mini, -nl-type: u32}
    8: {id: ethtool_a_rings_rx_jumbo, -nl-type: u32}
    9: {id: ethtool_a_rings_tx, -nl-type: u32}
    10: {id: ethtool_a_rings_rx_buf_len, -nl-type: u32}
    11: {id: ethtool_a_rings_tcp_data_split, -nl-type: u8}
    12: {id: ethtool_a_rings_cqe_size, -nl-type: u32}
    13: {id: ethtool_a_rings_tx_push, -nl-type: u8}
  ethtool_a_channels:
    0: {id: ethtool_a_channels_unspec, -nl-type: binary}
    1: {id: ethtool_a_channels_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_channels_rx_max, -nl-type: u32}
    3: {id: ethtool_a_channels_tx_max, -nl-type: u32}
    4: {id: ethtool_a_channels_other_max, -nl-type: u32}
    5: {id: ethtool_a_channels_combined_max, -nl-type: u32}
    6: {id: ethtool_a_channels_rx_count, -nl-type: u32}
    7: {id: ethtool_a_channels_tx_count, -nl-type: u32}
    8: {id: ethtool_a_channels_other_count, -nl-type: u32}
    9: {id: ethtool_a_channels_combined_count, -nl-type: u32}
  ethtool_a_coalesce:
    0: {id: ethtool_a_coalesce_unspec, -nl-type: binary}
    1: {id: ethtool_a_coalesce_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_coalesce_rx_usecs, -nl-type: u32}
    3: {id: ethtool_a_coalesce_rx_max_frames, -nl-type: u32}
    4: {id: ethtool_a_coalesce_rx_usecs_irq, -nl-type: u32}
    5: {id: ethtool_a_coalesce_rx_max_frames_irq, -nl-type: u32}
    6: {id: ethtool_a_coalesce_tx_usecs, -nl-type: u32}
    7: {id: ethtool_a_coalesce_tx_max_frames, -nl-type: u32}
    8: {id: ethtool_a_coalesce_tx_usecs_irq, -nl-type: u32}
    9: {id: ethtool_a_coalesce_tx_max_frames_irq, -nl-type: u32}
    10: {id: ethtool_a_coalesce_stats_block_usecs, -nl-type: u32}
    11: {id: ethtool_a_coalesce_use_adaptive_rx, -nl-type: u8}
    12: {id: ethtool_a_coalesce_use_adaptive_tx, -nl-type: u8}
    13: {id: ethtool_a_coalesce_pkt_rate_low, -nl-type: u32}
    14: {id: ethtool_a_coalesce_rx_usecs_low, -nl-type: u32}
    15: {id: ethtool_a_coalesce_rx_max_frames_low, -nl-type: u32}
    16: {id: ethtool_a_coalesce_tx_usecs_low, -nl-type: u32}
    17: {id: ethtool_a_coalesce_tx_max_frames_low, -nl-type: u32}
    18: {id: ethtool_a_coalesce_pkt_rate_high, -nl-type: u32}
    19: {id: ethtool_a_coalesce_rx_usecs_high, -nl-type: u32}
    20: {id: ethtool_a_coalesce_rx_max_frames_high, -nl-type: u32}
    21: {id: ethtool_a_coalesce_tx_usecs_high, -nl-type: u32}
    22: {id: ethtool_a_coalesce_tx_max_frames_high, -nl-type: u32}
    23: {id: ethtool_a_coalesce_rate_sample_interval, -nl-type: u32}
    24: {id: ethtool_a_coalesce_use_cqe_mode_tx, -nl-type: u8}
    25: {id: ethtool_a_coalesce_use_cqe_mode_rx, -nl-type: u8}
  ethtool_a_pause:
    0: {id: ethtool_a_pause_unspec, -nl-type: binary}
    1: {id: ethtool_a_pause_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_pause_autoneg, -nl-type: u8}
    3: {id: ethtool_a_pause_rx, -nl-type: u8}
    4: {id: ethtool_a_pause_tx, -nl-type: u8}
    5: {id: ethtool_a_pause_stats, -nl-type: nest, -nl-nest: ethtool_a_pause_stat}
  ethtool_a_pause_stat:
    0: {id: ethtool_a_pause_stat_unspec, -nl-type: binary}
    1: {id: ethtool_a_pause_stat_pad, -nl-type: binary}
    2: {id: ethtool_a_pause_stat_tx_frames, -nl-type: u64}
    3: {id: ethtool_a_pause_stat_rx_frames, -nl-type: u64}
  ethtool_a_eee:
    0: {id: ethtool_a_eee_unspec, -nl-type: binary}
    1: {id: ethtool_a_eee_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_eee_modes_ours, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_eee_modes_peer, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    4: {id: ethtool_a_eee_active, -nl-type: u8}
    5: {id: ethtool_a_eee_enabled, -nl-type: u8}
    6: {id: ethtool_a_eee_tx_lpi_enabled, -nl-type: u8}
    7: {id: ethtool_a_eee_tx_lpi_timer, -nl-type: u32}
  ethtool_a_tsinfo:
    0: {id: ethtool_a_tsinfo_unspec, -nl-type: binary}
    1: {id: ethtool_a_tsinfo_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_tsinfo_timestamping, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_tsinfo_tx_types, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    4: {id: ethtool_a_tsinfo_rx_filters, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    5: {id: ethtool_a_tsinfo_phc_index, -nl-type: u32}
  ethtool_a_phc_vclocks:
    0: {id: ethtool_a_phc_vclocks_unspec, -nl-type: binary}
    1: {id: ethtool_a_phc_vclocks_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_phc_vclocks_num, -nl-type: u32}
    3: {id: ethtool_a_phc_vclocks_index, -nl-type: binary}
  ethtool_a_cable_test:
    0: {id: ethtool_a_cable_test_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_test_header, -nl-type: nest, -nl-nest: ethtool_a_header}
  ethtool_a_cable_result:
    0: {id: ethtool_a_cable_result_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_result_pair, -nl-type: u8}
    2: {id: ethtool_a_cable_result_code, -nl-type: u8}
  ethtool_a_cable_fault_length:
    0: {id: ethtool_a_cable_fault_length_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_fault_length_pair, -nl-type: u8}
    2: {id: ethtool_a_cable_fault_length_cm, -nl-type: u32}
  ethtool_a_cable_nest:
    0: {id: ethtool_a_cable_nest_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_nest_result, -nl-type: nest, -nl-nest: ethtool_a_cable_result}
    2: {id: ethtool_a_cable_nest_fault_length, -nl-type: nest, -nl-nest: ethtool_a_cable_fault_length}
  ethtool_a_cable_test_ntf:
    0: {id: ethtool_a_cable_test_ntf_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_test_ntf_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_cable_test_ntf_status, -nl-type: u8}
    3: {id: ethtool_a_cable_test_ntf_nest, -nl-type: nest, -nl-nest: ethtool_a_cable_nest}
  ethtool_a_cable_test_tdr_cfg:
    0: {id: ethtool_a_cable_test_tdr_cfg_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_test_tdr_cfg_first, -nl-type: u32}
    2: {id: ethtool_a_cable_test_tdr_cfg_last, -nl-type: u32}
    3: {id: ethtool_a_cable_test_tdr_cfg_step, -nl-type: u32}
    4: {id: ethtool_a_cable_test_tdr_cfg_pair, -nl-type: u8}
  ethtool_a_cable_test_tdr:
    0: {id: ethtool_a_cable_test_tdr_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_test_tdr_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_cable_test_tdr_cfg, -nl-type: nest, -nl-nest: ethtool_a_cable_test_tdr_cfg}
  ethtool_a_cable_amplitude:
    0: {id: ethtool_a_cable_amplitude_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_amplitude_pair, -nl-type: u8}
    2: {id: ethtool_a_cable_amplitude_mv, -nl-type: s16}
  ethtool_a_cable_pulse:
    0: {id: ethtool_a_cable_pulse_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_pulse_mv, -nl-type: s16}
  ethtool_a_cable_step:
    0: {id: ethtool_a_cable_step_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_step_first_distance, -nl-type: u32}
    2: {id: ethtool_a_cable_step_last_distance, -nl-type: u32}
    3: {id: ethtool_a_cable_step_step_distance, -nl-type: u32}
  ethtool_a_cable_tdr_nest:
    0: {id: ethtool_a_cable_tdr_nest_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_tdr_nest_step, -nl-type: nest, -nl-nest: ethtool_a_cable_step}
    2: {id: ethtool_a_cable_tdr_nest_amplitude, -nl-type: nest, -nl-nest: ethtool_a_cable_amplitude}
    3: {id: ethtool_a_cable_tdr_nest_pulse, -nl-type: nest, -nl-nest: ethtool_a_cable_pulse}
  ethtool_a_cable_test_tdr_ntf:
    0: {id: ethtool_a_cable_test_tdr_ntf_unspec, -nl-type: binary}
    1: {id: ethtool_a_cable_test_tdr_ntf_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_cable_test_tdr_ntf_status, -nl-type: u8}
    3: {id: ethtool_a_cable_test_tdr_ntf_nest, -nl-type: nest, -nl-nest: ethtool_a_cable_tdr_nest}
  ethtool_a_tunnel_udp_entry:
    0: {id: ethtool_a_tunnel_udp_entry_unspec, -nl-type: binary}
    1: {id: ethtool_a_tunnel_udp_entry_port, -nl-type: u16, -nl-byte-order: big}
    2: {id: ethtool_a_tunnel_udp_entry_type, -nl-type: u32}
  ethtool_a_tunnel_udp_table:
    0: {id: ethtool_a_tunnel_udp_table_unspec, -nl-type: binary}
    1: {id: ethtool_a_tunnel_udp_table_size, -nl-type: u32}
    2: {id: ethtool_a_tunnel_udp_table_types, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_tunnel_udp_table_entry, -nl-type: nest, -nl-nest: ethtool_a_tunnel_udp_entry}
  ethtool_a_tunnel_udp:
    0: {id: ethtool_a_tunnel_udp_unspec, -nl-type: binary}
    1: {id: ethtool_a_tunnel_udp_table, -nl-type: nest, -nl-nest: ethtool_a_tunnel_udp_table}
  ethtool_a_tunnel_info:
    0: {id: ethtool_a_tunnel_info_unspec, -nl-type: binary}
    1: {id: ethtool_a_tunnel_info_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_tunnel_info_udp_ports, -nl-type: nest, -nl-nest: ethtool_a_tunnel_udp}
  ethtool_a_fec:
    0: {id: ethtool_a_fec_unspec, -nl-type: binary}
    1: {id: ethtool_a_fec_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_fec_modes, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    3: {id: ethtool_a_fec_auto, -nl-type: u8}
    4: {id: ethtool_a_fec_active, -nl-type: u32}
    5: {id: ethtool_a_fec_stats, -nl-type: nest, -nl-nest: ethtool_a_fec_stat}
  ethtool_a_fec_stat:
    0: {id: ethtool_a_fec_stat_unspec, -nl-type: binary}
    1: {id: ethtool_a_fec_stat_pad, -nl-type: binary}
    2: {id: ethtool_a_fec_stat_corrected, -nl-type: binary}
    3: {id: ethtool_a_fec_stat_uncorr, -nl-type: binary}
    4: {id: ethtool_a_fec_stat_corr_bits, -nl-type: binary}
  ethtool_a_module_eeprom:
    0: {id: ethtool_a_module_eeprom_unspec, -nl-type: binary}
    1: {id: ethtool_a_module_eeprom_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_module_eeprom_offset, -nl-type: u32}
    3: {id: ethtool_a_module_eeprom_length, -nl-type: u32}
    4: {id: ethtool_a_module_eeprom_page, -nl-type: u8}
    5: {id: ethtool_a_module_eeprom_bank, -nl-type: u8}
    6: {id: ethtool_a_module_eeprom_i2c_address, -nl-type: u8}
    7: {id: ethtool_a_module_eeprom_data, -nl-type: binary}
  ethtool_a_stats:
    0: {id: ethtool_a_stats_unspec, -nl-type: binary}
    1: {id: ethtool_a_stats_pad, -nl-type: binary}
    2: {id: ethtool_a_stats_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    3: {id: ethtool_a_stats_groups, -nl-type: nest, -nl-nest: ethtool_a_bitset}
    4: {id: ethtool_a_stats_grp, -nl-type: nest, -nl-nest: ethtool_a_stats_grp}
  ethtool_a_stats_grp:
    0: {id: ethtool_a_stats_grp_unspec, -nl-type: binary}
    1: {id: ethtool_a_stats_grp_pad, -nl-type: binary}
    2: {id: ethtool_a_stats_grp_id, -nl-type: u32}
    3: {id: ethtool_a_stats_grp_ss_id, -nl-type: u32}
    4: {id: ethtool_a_stats_grp_stat, -nl-type: binary}
    5: {id: ethtool_a_stats_grp_hist_rx, -nl-type: binary}
    6: {id: ethtool_a_stats_grp_hist_tx, -nl-type: binary}
    7: {id: ethtool_a_stats_grp_hist_bkt_low, -nl-type: u32}
    8: {id: ethtool_a_stats_grp_hist_bkt_hi, -nl-type: u32}
    9: {id: ethtool_a_stats_grp_hist_val, -nl-type: u64}
  ethtool_a_module:
    0: {id: ethtool_a_module_unspec, -nl-type: binary}
    1: {id: ethtool_a_module_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_module_power_mode_policy, -nl-type: u8}
    3: {id: ethtool_a_module_power_mode, -nl-type: u8}
  ethtool_a_pse:
    0: {id: ethtool_a_pse_unspec, -nl-type: binary}
    1: {id: ethtool_a_pse_header, -nl-type: nest, -nl-nest: ethtool_a_header}
    2: {id: ethtool_a_podl_pse_admin_state, -nl-type: u32}
    3: {id: ethtool_a_podl_pse_admin_control, -nl-type: u32}
    4: {id: ethtool_a_podl_pse_pw_d_status, -nl-type: u32}
