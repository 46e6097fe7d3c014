meta:
  id: genetlink_nl80211
  title: "Generic netlink family nl80211: NL80211_CMD_* and NL80211_ATTR_* with their nested sets"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  nl80211 configures wireless devices (wiphys) and their interfaces. Every command uses the one
  attribute set NL80211_ATTR_*; the kernel answers NL80211_CMD_GET_WIPHY with NEW_WIPHY,
  GET_INTERFACE with NEW_INTERFACE, GET_REG with GET_REG. A wiphy dump with
  NL80211_ATTR_SPLIT_WIPHY_DUMP comes as many messages, each with part of the wiphy (bands,
  frequencies, commands ...). Nested sets are the header's: bands (NL80211_BAND_ATTR_*, indexed by
  enum nl80211_band) hold frequencies (NL80211_FREQUENCY_ATTR_*) and bitrates (NL80211_BITRATE_ATTR_*);
  regulatory rules are NL80211_ATTR_REG_RULE_* / NL80211_ATTR_FREQ_RANGE_* / NL80211_ATTR_POWER_RULE_*.
  Sets of interface types (NL80211_ATTR_SUPPORTED_IFTYPES, NL80211_IFACE_LIMIT_TYPES ...) are nests of
  flags whose attribute type is an enum nl80211_iftype value.

  Shown as binary because an attribute set cannot say "array of u32" or "nest of numbered
  binary entries": NL80211_ATTR_SUPPORTED_COMMANDS (a nest of u32 command numbers),
  NL80211_ATTR_CIPHER_SUITES / AKM_SUITES (u32 arrays), NL80211_ATTR_EXT_FEATURES (a bit array by
  enum nl80211_ext_feature_index), NL80211_ATTR_VENDOR_DATA / VENDOR_EVENTS in a wiphy (numbered
  struct nl80211_vendor_cmd_info entries),
  NL80211_ATTR_SCAN_FREQUENCIES / SCAN_SSIDS, NL80211_ATTR_COALESCE_RULE (a struct
  nl80211_coalesce_rule_support in a wiphy, rules in requests), and 802.11 elements and capability
  structs (HT/VHT/HE/EHT capabilities and masks, IEs, frames). NL80211_ATTR_MAC_ADDRS carries the
  NLA_F_NESTED flag, so it cannot be binary: its entries (numbered addresses) are named here
  NL80211_MAC_ADDRS_ENTRY_<n>, as the header names none.
doc-ref: /usr/include/linux/nl80211.h
params:
  - id: is_le
    type: bool
types:
  nl80211_sta_flag_update:
    doc: struct nl80211_sta_flag_update (NL80211_ATTR_STA_FLAGS2, NL80211_STA_INFO_STA_FLAGS)
    seq:
      - id: mask
        type: u4
        -nl-flags: nl80211_sta_flag_bit
      - id: set
        type: u4
        -nl-flags: nl80211_sta_flag_bit
enums:
  nl80211_commands:
    # -nl-group: the multicast group the kernel notifies the command to, by the names of
    # NL80211_MULTICAST_GROUP_CONFIG "config", _SCAN "scan", _REG "regulatory", _MLME "mlme",
    # _VENDOR "vendor", _NAN "nan", _TESTMODE "testmode". From net/wireless/nl80211.c (6.1):
    # config: nl80211_notify_wiphy (NEW/DEL_WIPHY), nl80211_notify_iface (NEW/DEL/SET_INTERFACE);
    # scan: nl80211_send_scan_start (TRIGGER_SCAN), nl80211_build_scan_msg + nl80211_send_scan_msg
    # (NEW_SCAN_RESULTS, SCAN_ABORTED), nl80211_send_sched_scan (START_SCHED_SCAN,
    # SCHED_SCAN_RESULTS, SCHED_SCAN_STOPPED);
    # regulatory: nl80211_common_reg_change_event (REG_CHANGE, WIPHY_REG_CHANGE),
    # nl80211_send_beacon_hint_event (REG_BEACON_HINT);
    # mlme: nl80211_send_mlme_event and nl80211_send_mlme_timeout (AUTHENTICATE, ASSOCIATE,
    # DEAUTHENTICATE, DISASSOCIATE, UNPROT_DEAUTHENTICATE/DISASSOCIATE/BEACON),
    # nl80211_send_connect_result, _roamed, _port_authorized, _disconnected, _ibss_bssid (JOIN_IBSS),
    # cfg80211_notify_new_peer_candidate, nl80211_michael_mic_failure,
    # nl80211_send_remain_on_chan_event (REMAIN_ON_CHANNEL, CANCEL_REMAIN_ON_CHANNEL,
    # FRAME_WAIT_CANCEL), cfg80211_assoc_comeback, cfg80211_new_sta (NEW_STATION),
    # cfg80211_del_sta_sinfo (DEL_STATION), cfg80211_conn_failed, nl80211_frame_tx_status
    # (FRAME_TX_STATUS, CONTROL_PORT_FRAME_TX_STATUS), cfg80211_send_cqm (NOTIFY_CQM),
    # nl80211_gtk_rekey_notify (SET_REKEY_OFFLOAD), nl80211_pmksa_candidate_notify,
    # nl80211_ch_switch_notify (CH_SWITCH_NOTIFY, CH_SWITCH_STARTED_NOTIFY),
    # cfg80211_bss_color_notify (OBSS_COLOR_COLLISION, COLOR_CHANGE_STARTED/ABORTED/COMPLETED),
    # nl80211_radar_notify (RADAR_DETECT), cfg80211_sta_opmode_change_notify, cfg80211_probe_status
    # (PROBE_CLIENT), cfg80211_report_wowlan_wakeup (SET_WOWLAN), cfg80211_tdls_oper_request,
    # cfg80211_ft_event, nl80211_send_ap_stopped (STOP_AP), cfg80211_update_owe_info_event;
    # nan: cfg80211_nan_match (NAN_MATCH), cfg80211_nan_func_terminated (DEL_NAN_FUNCTION);
    # vendor / testmode: __cfg80211_send_event_skb sends a driver event to "vendor" when it carries
    # NL80211_ATTR_VENDOR_DATA (NL80211_CMD_VENDOR) and to "testmode" otherwise (NL80211_CMD_TESTMODE).
    # Frames (CMD_FRAME, CONTROL_PORT_FRAME, UNEXPECTED_*), EXTERNAL_AUTH and peer measurement
    # results are unicast to the socket that registered for them and have no group.
    0: {id: nl80211_cmd_unspec, -nl-kind: other}
    1: {id: nl80211_cmd_get_wiphy, -nl-kind: get}
    2: {id: nl80211_cmd_set_wiphy, -nl-kind: other}
    3: {id: nl80211_cmd_new_wiphy, -nl-kind: new, -nl-group: config}
    4: {id: nl80211_cmd_del_wiphy, -nl-kind: delete, -nl-group: config}
    5: {id: nl80211_cmd_get_interface, -nl-kind: get}
    6: {id: nl80211_cmd_set_interface, -nl-kind: other, -nl-group: config}
    7: {id: nl80211_cmd_new_interface, -nl-kind: new, -nl-group: config}
    8: {id: nl80211_cmd_del_interface, -nl-kind: delete, -nl-group: config}
    9: {id: nl80211_cmd_get_key, -nl-kind: get}
    10: {id: nl80211_cmd_set_key, -nl-kind: other}
    11: {id: nl80211_cmd_new_key, -nl-kind: new}
    12: {id: nl80211_cmd_del_key, -nl-kind: delete}
    13: {id: nl80211_cmd_get_beacon, -nl-kind: get}
    14: {id: nl80211_cmd_set_beacon, -nl-kind: other}
    15: {id: nl80211_cmd_start_ap, -nl-kind: other}
    16: {id: nl80211_cmd_stop_ap, -nl-kind: other, -nl-group: mlme}
    17: {id: nl80211_cmd_get_station, -nl-kind: get}
    18: {id: nl80211_cmd_set_station, -nl-kind: other}
    19: {id: nl80211_cmd_new_station, -nl-kind: new, -nl-group: mlme}
    20: {id: nl80211_cmd_del_station, -nl-kind: delete, -nl-group: mlme}
    21: {id: nl80211_cmd_get_mpath, -nl-kind: get}
    22: {id: nl80211_cmd_set_mpath, -nl-kind: other}
    23: {id: nl80211_cmd_new_mpath, -nl-kind: new}
    24: {id: nl80211_cmd_del_mpath, -nl-kind: delete}
    25: {id: nl80211_cmd_set_bss, -nl-kind: other}
    26: {id: nl80211_cmd_set_reg, -nl-kind: other}
    27: {id: nl80211_cmd_req_set_reg, -nl-kind: other}
    28: {id: nl80211_cmd_get_mesh_config, -nl-kind: get}
    29: {id: nl80211_cmd_set_mesh_config, -nl-kind: other}
    30: {id: nl80211_cmd_set_mgmt_extra_ie, -nl-kind: other}
    31: {id: nl80211_cmd_get_reg, -nl-kind: get}
    32: {id: nl80211_cmd_get_scan, -nl-kind: get}
    33: {id: nl80211_cmd_trigger_scan, -nl-kind: other, -nl-group: scan}
    34: {id: nl80211_cmd_new_scan_results, -nl-kind: new, -nl-group: scan}
    35: {id: nl80211_cmd_scan_aborted, -nl-kind: other, -nl-group: scan}
    36: {id: nl80211_cmd_reg_change, -nl-kind: other, -nl-group: regulatory}
    37: {id: nl80211_cmd_authenticate, -nl-kind: other, -nl-group: mlme}
    38: {id: nl80211_cmd_associate, -nl-kind: other, -nl-group: mlme}
    39: {id: nl80211_cmd_deauthenticate, -nl-kind: other, -nl-group: mlme}
    40: {id: nl80211_cmd_disassociate, -nl-kind: other, -nl-group: mlme}
    41: {id: nl80211_cmd_michael_mic_failure, -nl-kind: other, -nl-group: mlme}
    42: {id: nl80211_cmd_reg_beacon_hint, -nl-kind: other, -nl-group: regulatory}
    43: {id: nl80211_cmd_join_ibss, -nl-kind: other, -nl-group: mlme}
    44: {id: nl80211_cmd_leave_ibss, -nl-kind: other}
    45: {id: nl80211_cmd_testmode, -nl-kind: other, -nl-group: testmode}
    46: {id: nl80211_cmd_connect, -nl-kind: other, -nl-group: mlme}
    47: {id: nl80211_cmd_roam, -nl-kind: other, -nl-group: mlme}
    48: {id: nl80211_cmd_disconnect, -nl-kind: other, -nl-group: mlme}
    49: {id: nl80211_cmd_set_wiphy_netns, -nl-kind: other}
    50: {id: nl80211_cmd_get_survey, -nl-kind: get}
    51: {id: nl80211_cmd_new_survey_results, -nl-kind: new}
    52: {id: nl80211_cmd_set_pmksa, -nl-kind: other}
    53: {id: nl80211_cmd_del_pmksa, -nl-kind: delete}
    54: {id: nl80211_cmd_flush_pmksa, -nl-kind: other}
    55: {id: nl80211_cmd_remain_on_channel, -nl-kind: other, -nl-group: mlme}
    56: {id: nl80211_cmd_cancel_remain_on_channel, -nl-kind: other, -nl-group: mlme}
    57: {id: nl80211_cmd_set_tx_bitrate_mask, -nl-kind: other}
    58: {id: nl80211_cmd_register_frame, -nl-kind: other}
    59: {id: nl80211_cmd_frame, -nl-kind: other}
    60: {id: nl80211_cmd_frame_tx_status, -nl-kind: other, -nl-group: mlme}
    61: {id: nl80211_cmd_set_power_save, -nl-kind: other}
    62: {id: nl80211_cmd_get_power_save, -nl-kind: get}
    63: {id: nl80211_cmd_set_cqm, -nl-kind: other}
    64: {id: nl80211_cmd_notify_cqm, -nl-kind: other, -nl-group: mlme}
    65: {id: nl80211_cmd_set_channel, -nl-kind: other}
    66: {id: nl80211_cmd_set_wds_peer, -nl-kind: other}
    67: {id: nl80211_cmd_frame_wait_cancel, -nl-kind: other, -nl-group: mlme}
    68: {id: nl80211_cmd_join_mesh, -nl-kind: other}
    69: {id: nl80211_cmd_leave_mesh, -nl-kind: other}
    70: {id: nl80211_cmd_unprot_deauthenticate, -nl-kind: other, -nl-group: mlme}
    71: {id: nl80211_cmd_unprot_disassociate, -nl-kind: other, -nl-group: mlme}
    72: {id: nl80211_cmd_new_peer_candidate, -nl-kind: new, -nl-group: mlme}
    73: {id: nl80211_cmd_get_wowlan, -nl-kind: get}
    74: {id: nl80211_cmd_set_wowlan, -nl-kind: other, -nl-group: mlme}
    75: {id: nl80211_cmd_start_sched_scan, -nl-kind: other, -nl-group: scan}
    76: {id: nl80211_cmd_stop_sched_scan, -nl-kind: other}
    77: {id: nl80211_cmd_sched_scan_results, -nl-kind: other, -nl-group: scan}
    78: {id: nl80211_cmd_sched_scan_stopped, -nl-kind: other, -nl-group: scan}
    79: {id: nl80211_cmd_set_rekey_offload, -nl-kind: other, -nl-group: mlme}
    80: {id: nl80211_cmd_pmksa_candidate, -nl-kind: other, -nl-group: mlme}
    81: {id: nl80211_cmd_tdls_oper, -nl-kind: other, -nl-group: mlme}
    82: {id: nl80211_cmd_tdls_mgmt, -nl-kind: other}
    83: {id: nl80211_cmd_unexpected_frame, -nl-kind: other}
    84: {id: nl80211_cmd_probe_client, -nl-kind: other, -nl-group: mlme}
    85: {id: nl80211_cmd_register_beacons, -nl-kind: other}
    86: {id: nl80211_cmd_unexpected_4addr_frame, -nl-kind: other}
    87: {id: nl80211_cmd_set_noack_map, -nl-kind: other}
    88: {id: nl80211_cmd_ch_switch_notify, -nl-kind: other, -nl-group: mlme}
    89: {id: nl80211_cmd_start_p2p_device, -nl-kind: other}
    90: {id: nl80211_cmd_stop_p2p_device, -nl-kind: other}
    91: {id: nl80211_cmd_conn_failed, -nl-kind: other, -nl-group: mlme}
    92: {id: nl80211_cmd_set_mcast_rate, -nl-kind: other}
    93: {id: nl80211_cmd_set_mac_acl, -nl-kind: other}
    94: {id: nl80211_cmd_radar_detect, -nl-kind: other, -nl-group: mlme}
    95: {id: nl80211_cmd_get_protocol_features, -nl-kind: get}
    96: {id: nl80211_cmd_update_ft_ies, -nl-kind: other}
    97: {id: nl80211_cmd_ft_event, -nl-kind: other, -nl-group: mlme}
    98: {id: nl80211_cmd_crit_protocol_start, -nl-kind: other}
    99: {id: nl80211_cmd_crit_protocol_stop, -nl-kind: other}
    100: {id: nl80211_cmd_get_coalesce, -nl-kind: get}
    101: {id: nl80211_cmd_set_coalesce, -nl-kind: other}
    102: {id: nl80211_cmd_channel_switch, -nl-kind: other}
    103: {id: nl80211_cmd_vendor, -nl-kind: other, -nl-group: vendor}
    104: {id: nl80211_cmd_set_qos_map, -nl-kind: other}
    105: {id: nl80211_cmd_add_tx_ts, -nl-kind: other}
    106: {id: nl80211_cmd_del_tx_ts, -nl-kind: delete}
    107: {id: nl80211_cmd_get_mpp, -nl-kind: get}
    108: {id: nl80211_cmd_join_ocb, -nl-kind: other}
    109: {id: nl80211_cmd_leave_ocb, -nl-kind: other}
    110: {id: nl80211_cmd_ch_switch_started_notify, -nl-kind: other, -nl-group: mlme}
    111: {id: nl80211_cmd_tdls_channel_switch, -nl-kind: other}
    112: {id: nl80211_cmd_tdls_cancel_channel_switch, -nl-kind: other}
    113: {id: nl80211_cmd_wiphy_reg_change, -nl-kind: other, -nl-group: regulatory}
    114: {id: nl80211_cmd_abort_scan, -nl-kind: other}
    115: {id: nl80211_cmd_start_nan, -nl-kind: other}
    116: {id: nl80211_cmd_stop_nan, -nl-kind: other}
    117: {id: nl80211_cmd_add_nan_function, -nl-kind: other}
    118: {id: nl80211_cmd_del_nan_function, -nl-kind: delete, -nl-group: nan}
    119: {id: nl80211_cmd_change_nan_config, -nl-kind: other}
    120: {id: nl80211_cmd_nan_match, -nl-kind: other, -nl-group: nan}
    121: {id: nl80211_cmd_set_multicast_to_unicast, -nl-kind: other}
    122: {id: nl80211_cmd_update_connect_params, -nl-kind: other}
    123: {id: nl80211_cmd_set_pmk, -nl-kind: other}
    124: {id: nl80211_cmd_del_pmk, -nl-kind: delete}
    125: {id: nl80211_cmd_port_authorized, -nl-kind: other, -nl-group: mlme}
    126: {id: nl80211_cmd_reload_regdb, -nl-kind: other}
    127: {id: nl80211_cmd_external_auth, -nl-kind: other}
    128: {id: nl80211_cmd_sta_opmode_changed, -nl-kind: other, -nl-group: mlme}
    129: {id: nl80211_cmd_control_port_frame, -nl-kind: other}
    130: {id: nl80211_cmd_get_ftm_responder_stats, -nl-kind: get}
    131: {id: nl80211_cmd_peer_measurement_start, -nl-kind: other}
    132: {id: nl80211_cmd_peer_measurement_result, -nl-kind: other}
    133: {id: nl80211_cmd_peer_measurement_complete, -nl-kind: other}
    134: {id: nl80211_cmd_notify_radar, -nl-kind: other}
    135: {id: nl80211_cmd_update_owe_info, -nl-kind: other, -nl-group: mlme}
    136: {id: nl80211_cmd_probe_mesh_link, -nl-kind: other}
    137: {id: nl80211_cmd_set_tid_config, -nl-kind: other}
    138: {id: nl80211_cmd_unprot_beacon, -nl-kind: other, -nl-group: mlme}
    139: {id: nl80211_cmd_control_port_frame_tx_status, -nl-kind: other, -nl-group: mlme}
    140: {id: nl80211_cmd_set_sar_specs, -nl-kind: other}
    141: {id: nl80211_cmd_obss_color_collision, -nl-kind: other, -nl-group: mlme}
    142: {id: nl80211_cmd_color_change_request, -nl-kind: other}
    143: {id: nl80211_cmd_color_change_started, -nl-kind: other, -nl-group: mlme}
    144: {id: nl80211_cmd_color_change_aborted, -nl-kind: other, -nl-group: mlme}
    145: {id: nl80211_cmd_color_change_completed, -nl-kind: other, -nl-group: mlme}
    146: {id: nl80211_cmd_set_fils_aad, -nl-kind: other}
    147: {id: nl80211_cmd_assoc_comeback, -nl-kind: other, -nl-group: mlme}
    148: {id: nl80211_cmd_add_link, -nl-kind: other}
    149: {id: nl80211_cmd_remove_link, -nl-kind: other}
    150: {id: nl80211_cmd_add_link_sta, -nl-kind: other}
    151: {id: nl80211_cmd_modify_link_sta, -nl-kind: other}
    152: {id: nl80211_cmd_remove_link_sta, -nl-kind: other}
    153: {id: nl80211_cmd_set_hw_timestamp, -nl-kind: other}
    # 7.2 (NL80211_CMD_NEW_BEACON, DEL_BEACON, REGISTER_ACTION, ACTION and ACTION_TX_STATUS are the
    # header's other names of START_AP, STOP_AP, REGISTER_FRAME, FRAME and FRAME_TX_STATUS: one number, one entry)
    154: {id: nl80211_cmd_links_removed, -nl-kind: other}
    155: {id: nl80211_cmd_set_tid_to_link_mapping, -nl-kind: other}
    156: {id: nl80211_cmd_assoc_mlo_reconf, -nl-kind: other}
    157: {id: nl80211_cmd_epcs_cfg, -nl-kind: other}
    158: {id: nl80211_cmd_nan_next_dw_notification, -nl-kind: other}
    159: {id: nl80211_cmd_nan_cluster_joined, -nl-kind: other}
    160: {id: nl80211_cmd_incumbent_signal_detect, -nl-kind: other}
    161: {id: nl80211_cmd_nan_set_local_sched, -nl-kind: other}
    162: {id: nl80211_cmd_nan_sched_update_done, -nl-kind: other}
    163: {id: nl80211_cmd_nan_set_peer_sched, -nl-kind: other}
    164: {id: nl80211_cmd_nan_ulw_update, -nl-kind: other}
    165: {id: nl80211_cmd_nan_channel_evac, -nl-kind: other}
    166: {id: nl80211_cmd_start_pd, -nl-kind: other}
    167: {id: nl80211_cmd_stop_pd, -nl-kind: other}
  nl80211_attrs:
    0: {id: nl80211_attr_unspec, -nl-type: binary}
    1: {id: nl80211_attr_wiphy, -nl-type: u32}
    2: {id: nl80211_attr_wiphy_name, -nl-type: string}
    3: {id: nl80211_attr_ifindex, -nl-type: u32}
    4: {id: nl80211_attr_ifname, -nl-type: string}
    5: {id: nl80211_attr_iftype, -nl-type: u32, -nl-enum: nl80211_iftype}
    6: {id: nl80211_attr_mac, -nl-type: lladdr}
    7: {id: nl80211_attr_key_data, -nl-type: binary}
    8: {id: nl80211_attr_key_idx, -nl-type: binary}
    9: {id: nl80211_attr_key_cipher, -nl-type: u32}
    10: {id: nl80211_attr_key_seq, -nl-type: binary}
    11: {id: nl80211_attr_key_default, -nl-type: flag}
    12: {id: nl80211_attr_beacon_interval, -nl-type: u32}
    13: {id: nl80211_attr_dtim_period, -nl-type: u32}
    14: {id: nl80211_attr_beacon_head, -nl-type: binary}
    15: {id: nl80211_attr_beacon_tail, -nl-type: binary}
    16: {id: nl80211_attr_sta_aid, -nl-type: u16}
    17: {id: nl80211_attr_sta_flags, -nl-type: nest, -nl-nest: nl80211_sta_flag_attr}
    18: {id: nl80211_attr_sta_listen_interval, -nl-type: u16}
    19: {id: nl80211_attr_sta_supported_rates, -nl-type: binary}
    20: {id: nl80211_attr_sta_vlan, -nl-type: u32}
    21: {id: nl80211_attr_sta_info, -nl-type: nest, -nl-nest: nl80211_sta_info}
    22: {id: nl80211_attr_wiphy_bands, -nl-type: nest-array, -nl-nest: nl80211_band_attr}
    23: {id: nl80211_attr_mntr_flags, -nl-type: nest, -nl-nest: nl80211_mntr_flag_attr}
    24: {id: nl80211_attr_mesh_id, -nl-type: binary}
    25: {id: nl80211_attr_sta_plink_action, -nl-type: u8}
    26: {id: nl80211_attr_mpath_next_hop, -nl-type: lladdr}
    27: {id: nl80211_attr_mpath_info, -nl-type: nest, -nl-nest: nl80211_mpath_info}
    28: {id: nl80211_attr_bss_cts_prot, -nl-type: u8}
    29: {id: nl80211_attr_bss_short_preamble, -nl-type: u8}
    30: {id: nl80211_attr_bss_short_slot_time, -nl-type: u8}
    31: {id: nl80211_attr_ht_capability, -nl-type: binary}
    32: {id: nl80211_attr_supported_iftypes, -nl-type: nest, -nl-nest: nl80211_iftype_attr}
    33: {id: nl80211_attr_reg_alpha2, -nl-type: string}
    34: {id: nl80211_attr_reg_rules, -nl-type: nest-array, -nl-nest: nl80211_reg_rule_attr}
    35: {id: nl80211_attr_mesh_config, -nl-type: nest, -nl-nest: nl80211_meshconf_params}
    36: {id: nl80211_attr_bss_basic_rates, -nl-type: binary}
    37: {id: nl80211_attr_wiphy_txq_params, -nl-type: nest-array, -nl-nest: nl80211_txq_attr}
    38: {id: nl80211_attr_wiphy_freq, -nl-type: u32}
    39: {id: nl80211_attr_wiphy_channel_type, -nl-type: u32, -nl-enum: nl80211_channel_type}
    40: {id: nl80211_attr_key_default_mgmt, -nl-type: flag}
    41: {id: nl80211_attr_mgmt_subtype, -nl-type: u8}
    42: {id: nl80211_attr_ie, -nl-type: binary}
    43: {id: nl80211_attr_max_num_scan_ssids, -nl-type: u8}
    44: {id: nl80211_attr_scan_frequencies, -nl-type: binary}
    45: {id: nl80211_attr_scan_ssids, -nl-type: binary}
    46: {id: nl80211_attr_generation, -nl-type: u32}
    47: {id: nl80211_attr_bss, -nl-type: nest, -nl-nest: nl80211_bss}
    48: {id: nl80211_attr_reg_initiator, -nl-type: u8, -nl-enum: nl80211_reg_initiator}
    49: {id: nl80211_attr_reg_type, -nl-type: u8, -nl-enum: nl80211_reg_type}
    50: {id: nl80211_attr_supported_commands, -nl-type: nest-array, -nl-entry-type: u32, -nl-enum: nl80211_commands}
    51: {id: nl80211_attr_frame, -nl-type: binary}
    52: {id: nl80211_attr_ssid, -nl-type: binary}
    53: {id: nl80211_attr_auth_type, -nl-type: u32, -nl-enum: nl80211_auth_type}
    54: {id: nl80211_attr_reason_code, -nl-type: u16}
    55: {id: nl80211_attr_key_type, -nl-type: u32, -nl-enum: nl80211_key_type}
    56: {id: nl80211_attr_max_scan_ie_len, -nl-type: u16}
    57: {id: nl80211_attr_cipher_suites, -nl-type: binary}
    58: {id: nl80211_attr_freq_before, -nl-type: u32}
    59: {id: nl80211_attr_freq_after, -nl-type: u32}
    60: {id: nl80211_attr_freq_fixed, -nl-type: flag}
    61: {id: nl80211_attr_wiphy_retry_short, -nl-type: u8}
    62: {id: nl80211_attr_wiphy_retry_long, -nl-type: u8}
    63: {id: nl80211_attr_wiphy_frag_threshold, -nl-type: u32}
    64: {id: nl80211_attr_wiphy_rts_threshold, -nl-type: u32}
    65: {id: nl80211_attr_timed_out, -nl-type: flag}
    66: {id: nl80211_attr_use_mfp, -nl-type: u32, -nl-enum: nl80211_mfp}
    67: {id: nl80211_attr_sta_flags2, -nl-type: struct, -nl-struct: nl80211_sta_flag_update}
    68: {id: nl80211_attr_control_port, -nl-type: flag}
    69: {id: nl80211_attr_testdata, -nl-type: binary}
    70: {id: nl80211_attr_privacy, -nl-type: flag}
    71: {id: nl80211_attr_disconnected_by_ap, -nl-type: flag}
    72: {id: nl80211_attr_status_code, -nl-type: u16}
    73: {id: nl80211_attr_cipher_suites_pairwise, -nl-type: binary}
    74: {id: nl80211_attr_cipher_suite_group, -nl-type: u32}
    75: {id: nl80211_attr_wpa_versions, -nl-type: u32, -nl-flags: nl80211_wpa_versions}
    76: {id: nl80211_attr_akm_suites, -nl-type: binary}
    77: {id: nl80211_attr_req_ie, -nl-type: binary}
    78: {id: nl80211_attr_resp_ie, -nl-type: binary}
    79: {id: nl80211_attr_prev_bssid, -nl-type: lladdr}
    80: {id: nl80211_attr_key, -nl-type: nest, -nl-nest: nl80211_key_attributes}
    81: {id: nl80211_attr_keys, -nl-type: nest-array, -nl-nest: nl80211_key_attributes}
    82: {id: nl80211_attr_pid, -nl-type: u32}
    83: {id: nl80211_attr_4addr, -nl-type: u8}
    84: {id: nl80211_attr_survey_info, -nl-type: nest, -nl-nest: nl80211_survey_info}
    85: {id: nl80211_attr_pmkid, -nl-type: binary}
    86: {id: nl80211_attr_max_num_pmkids, -nl-type: u8}
    87: {id: nl80211_attr_duration, -nl-type: u32}
    88: {id: nl80211_attr_cookie, -nl-type: u64}
    89: {id: nl80211_attr_wiphy_coverage_class, -nl-type: u8}
    90: {id: nl80211_attr_tx_rates, -nl-type: nest-array, -nl-nest: nl80211_tx_rate_attributes}
    91: {id: nl80211_attr_frame_match, -nl-type: binary}
    92: {id: nl80211_attr_ack, -nl-type: flag}
    93: {id: nl80211_attr_ps_state, -nl-type: u32, -nl-enum: nl80211_ps_state}
    94: {id: nl80211_attr_cqm, -nl-type: nest, -nl-nest: nl80211_attr_cqm}
    95: {id: nl80211_attr_local_state_change, -nl-type: flag}
    96: {id: nl80211_attr_ap_isolate, -nl-type: u8}
    97: {id: nl80211_attr_wiphy_tx_power_setting, -nl-type: u32, -nl-enum: nl80211_tx_power_setting}
    98: {id: nl80211_attr_wiphy_tx_power_level, -nl-type: s32}
    99: {id: nl80211_attr_tx_frame_types, -nl-type: nest, -nl-nest: nl80211_iftype_frame_types}
    100: {id: nl80211_attr_rx_frame_types, -nl-type: nest, -nl-nest: nl80211_iftype_frame_types}
    101: {id: nl80211_attr_frame_type, -nl-type: u16}
    102: {id: nl80211_attr_control_port_ethertype, -nl-type: flag}
    103: {id: nl80211_attr_control_port_no_encrypt, -nl-type: flag}
    104: {id: nl80211_attr_support_ibss_rsn, -nl-type: flag}
    105: {id: nl80211_attr_wiphy_antenna_tx, -nl-type: u32}
    106: {id: nl80211_attr_wiphy_antenna_rx, -nl-type: u32}
    107: {id: nl80211_attr_mcast_rate, -nl-type: u32}
    108: {id: nl80211_attr_offchannel_tx_ok, -nl-type: flag}
    109: {id: nl80211_attr_bss_ht_opmode, -nl-type: u16}
    110: {id: nl80211_attr_key_default_types, -nl-type: nest, -nl-nest: nl80211_key_default_types}
    111: {id: nl80211_attr_max_remain_on_channel_duration, -nl-type: u32}
    112: {id: nl80211_attr_mesh_setup, -nl-type: nest, -nl-nest: nl80211_mesh_setup_params}
    113: {id: nl80211_attr_wiphy_antenna_avail_tx, -nl-type: u32}
    114: {id: nl80211_attr_wiphy_antenna_avail_rx, -nl-type: u32}
    115: {id: nl80211_attr_support_mesh_auth, -nl-type: flag}
    116: {id: nl80211_attr_sta_plink_state, -nl-type: u8, -nl-enum: nl80211_plink_state}
    117: {id: nl80211_attr_wowlan_triggers, -nl-type: nest, -nl-nest: nl80211_wowlan_triggers}
    118: {id: nl80211_attr_wowlan_triggers_supported, -nl-type: nest, -nl-nest: nl80211_wowlan_triggers_supported}
    119: {id: nl80211_attr_sched_scan_interval, -nl-type: u32}
    120: {id: nl80211_attr_interface_combinations, -nl-type: nest-array, -nl-nest: nl80211_if_combination_attrs}
    121: {id: nl80211_attr_software_iftypes, -nl-type: nest, -nl-nest: nl80211_iftype_attr}
    122: {id: nl80211_attr_rekey_data, -nl-type: nest, -nl-nest: nl80211_rekey_data}
    123: {id: nl80211_attr_max_num_sched_scan_ssids, -nl-type: u8}
    124: {id: nl80211_attr_max_sched_scan_ie_len, -nl-type: u16}
    125: {id: nl80211_attr_scan_supp_rates, -nl-type: binary}
    126: {id: nl80211_attr_hidden_ssid, -nl-type: u32, -nl-enum: nl80211_hidden_ssid}
    127: {id: nl80211_attr_ie_probe_resp, -nl-type: binary}
    128: {id: nl80211_attr_ie_assoc_resp, -nl-type: binary}
    129: {id: nl80211_attr_sta_wme, -nl-type: nest, -nl-nest: nl80211_sta_wme_attr}
    130: {id: nl80211_attr_support_ap_uapsd, -nl-type: flag}
    131: {id: nl80211_attr_roam_support, -nl-type: flag}
    132: {id: nl80211_attr_sched_scan_match, -nl-type: nest-array, -nl-nest: nl80211_sched_scan_match_attr}
    133: {id: nl80211_attr_max_match_sets, -nl-type: u8}
    134: {id: nl80211_attr_pmksa_candidate, -nl-type: nest, -nl-nest: nl80211_pmksa_candidate_attr}
    135: {id: nl80211_attr_tx_no_cck_rate, -nl-type: flag}
    136: {id: nl80211_attr_tdls_action, -nl-type: u8}
    137: {id: nl80211_attr_tdls_dialog_token, -nl-type: u8}
    138: {id: nl80211_attr_tdls_operation, -nl-type: u8, -nl-enum: nl80211_tdls_operation}
    139: {id: nl80211_attr_tdls_support, -nl-type: flag}
    140: {id: nl80211_attr_tdls_external_setup, -nl-type: flag}
    141: {id: nl80211_attr_device_ap_sme, -nl-type: u32, -nl-flags: nl80211_ap_sme_features}
    142: {id: nl80211_attr_dont_wait_for_ack, -nl-type: flag}
    143: {id: nl80211_attr_feature_flags, -nl-type: u32, -nl-flags: nl80211_feature_flags}
    144: {id: nl80211_attr_probe_resp_offload, -nl-type: u32, -nl-flags: nl80211_probe_resp_offload_support_attr}
    145: {id: nl80211_attr_probe_resp, -nl-type: binary}
    146: {id: nl80211_attr_dfs_region, -nl-type: u8, -nl-enum: nl80211_dfs_regions}
    147: {id: nl80211_attr_disable_ht, -nl-type: flag}
    148: {id: nl80211_attr_ht_capability_mask, -nl-type: binary}
    149: {id: nl80211_attr_noack_map, -nl-type: u16}
    150: {id: nl80211_attr_inactivity_timeout, -nl-type: u16}
    151: {id: nl80211_attr_rx_signal_dbm, -nl-type: s32}
    152: {id: nl80211_attr_bg_scan_period, -nl-type: u16}
    153: {id: nl80211_attr_wdev, -nl-type: u64}
    154: {id: nl80211_attr_user_reg_hint_type, -nl-type: u32, -nl-enum: nl80211_user_reg_hint_type}
    155: {id: nl80211_attr_conn_failed_reason, -nl-type: u32, -nl-enum: nl80211_connect_failed_reason}
    156: {id: nl80211_attr_auth_data, -nl-type: binary}
    157: {id: nl80211_attr_vht_capability, -nl-type: binary}
    158: {id: nl80211_attr_scan_flags, -nl-type: u32, -nl-flags: nl80211_scan_flags}
    159: {id: nl80211_attr_channel_width, -nl-type: u32, -nl-enum: nl80211_chan_width}
    160: {id: nl80211_attr_center_freq1, -nl-type: u32}
    161: {id: nl80211_attr_center_freq2, -nl-type: u32}
    162: {id: nl80211_attr_p2p_ctwindow, -nl-type: u8}
    163: {id: nl80211_attr_p2p_oppps, -nl-type: u8}
    164: {id: nl80211_attr_local_mesh_power_mode, -nl-type: u32, -nl-enum: nl80211_mesh_power_mode}
    165: {id: nl80211_attr_acl_policy, -nl-type: u32, -nl-enum: nl80211_acl_policy}
    166: {id: nl80211_attr_mac_addrs, -nl-type: nest-array, -nl-entry-type: lladdr}
    167: {id: nl80211_attr_mac_acl_max, -nl-type: u32}
    168: {id: nl80211_attr_radar_event, -nl-type: u32, -nl-enum: nl80211_radar_event}
    169: {id: nl80211_attr_ext_capa, -nl-type: binary}
    170: {id: nl80211_attr_ext_capa_mask, -nl-type: binary}
    171: {id: nl80211_attr_sta_capability, -nl-type: u16}
    172: {id: nl80211_attr_sta_ext_capability, -nl-type: binary}
    173: {id: nl80211_attr_protocol_features, -nl-type: u32, -nl-flags: nl80211_protocol_features}
    174: {id: nl80211_attr_split_wiphy_dump, -nl-type: flag}
    175: {id: nl80211_attr_disable_vht, -nl-type: flag}
    176: {id: nl80211_attr_vht_capability_mask, -nl-type: binary}
    177: {id: nl80211_attr_mdid, -nl-type: u16}
    178: {id: nl80211_attr_ie_ric, -nl-type: binary}
    179: {id: nl80211_attr_crit_prot_id, -nl-type: u16, -nl-enum: nl80211_crit_proto_id}
    180: {id: nl80211_attr_max_crit_prot_duration, -nl-type: u16}
    181: {id: nl80211_attr_peer_aid, -nl-type: u16}
    182: {id: nl80211_attr_coalesce_rule, -nl-type: binary}
    183: {id: nl80211_attr_ch_switch_count, -nl-type: u32}
    184: {id: nl80211_attr_ch_switch_block_tx, -nl-type: flag}
    185: {id: nl80211_attr_csa_ies, -nl-type: nest, -nl-nest: nl80211_attrs}
    186: {id: nl80211_attr_cntdwn_offs_beacon, -nl-type: binary}
    187: {id: nl80211_attr_cntdwn_offs_presp, -nl-type: binary}
    188: {id: nl80211_attr_rxmgmt_flags, -nl-type: u32, -nl-flags: nl80211_rxmgmt_flags}
    189: {id: nl80211_attr_sta_supported_channels, -nl-type: binary}
    190: {id: nl80211_attr_sta_supported_oper_classes, -nl-type: binary}
    191: {id: nl80211_attr_handle_dfs, -nl-type: flag}
    192: {id: nl80211_attr_support_5_mhz, -nl-type: flag}
    193: {id: nl80211_attr_support_10_mhz, -nl-type: flag}
    194: {id: nl80211_attr_opmode_notif, -nl-type: u8}
    195: {id: nl80211_attr_vendor_id, -nl-type: u32}
    196: {id: nl80211_attr_vendor_subcmd, -nl-type: u32}
    197: {id: nl80211_attr_vendor_data, -nl-type: binary}
    198: {id: nl80211_attr_vendor_events, -nl-type: binary}
    199: {id: nl80211_attr_qos_map, -nl-type: binary}
    200: {id: nl80211_attr_mac_hint, -nl-type: lladdr}
    201: {id: nl80211_attr_wiphy_freq_hint, -nl-type: u32}
    202: {id: nl80211_attr_max_ap_assoc_sta, -nl-type: u32}
    203: {id: nl80211_attr_tdls_peer_capability, -nl-type: u32, -nl-flags: nl80211_tdls_peer_capability}
    204: {id: nl80211_attr_socket_owner, -nl-type: flag}
    205: {id: nl80211_attr_csa_c_offsets_tx, -nl-type: binary}
    206: {id: nl80211_attr_max_csa_counters, -nl-type: u8}
    207: {id: nl80211_attr_tdls_initiator, -nl-type: flag}
    208: {id: nl80211_attr_use_rrm, -nl-type: flag}
    209: {id: nl80211_attr_wiphy_dyn_ack, -nl-type: flag}
    210: {id: nl80211_attr_tsid, -nl-type: u8}
    211: {id: nl80211_attr_user_prio, -nl-type: u8}
    212: {id: nl80211_attr_admitted_time, -nl-type: u16}
    213: {id: nl80211_attr_smps_mode, -nl-type: u8, -nl-enum: nl80211_smps_mode}
    214: {id: nl80211_attr_oper_class, -nl-type: u8}
    215: {id: nl80211_attr_mac_mask, -nl-type: lladdr}
    216: {id: nl80211_attr_wiphy_self_managed_reg, -nl-type: flag}
    217: {id: nl80211_attr_ext_features, -nl-type: binary}
    218: {id: nl80211_attr_survey_radio_stats, -nl-type: flag}
    219: {id: nl80211_attr_netns_fd, -nl-type: u32}
    220: {id: nl80211_attr_sched_scan_delay, -nl-type: u32}
    221: {id: nl80211_attr_reg_indoor, -nl-type: flag}
    222: {id: nl80211_attr_max_num_sched_scan_plans, -nl-type: u32}
    223: {id: nl80211_attr_max_scan_plan_interval, -nl-type: u32}
    224: {id: nl80211_attr_max_scan_plan_iterations, -nl-type: u32}
    225: {id: nl80211_attr_sched_scan_plans, -nl-type: nest-array, -nl-nest: nl80211_sched_scan_plan}
    226: {id: nl80211_attr_pbss, -nl-type: flag}
    227: {id: nl80211_attr_bss_select, -nl-type: nest, -nl-nest: nl80211_bss_select_attr}
    228: {id: nl80211_attr_sta_support_p2p_ps, -nl-type: u8, -nl-enum: nl80211_sta_p2p_ps_status}
    229: {id: nl80211_attr_pad, -nl-type: binary}
    230: {id: nl80211_attr_iftype_ext_capa, -nl-type: nest-array, -nl-nest: nl80211_attrs}
    231: {id: nl80211_attr_mu_mimo_group_data, -nl-type: binary}
    232: {id: nl80211_attr_mu_mimo_follow_mac_addr, -nl-type: lladdr}
    233: {id: nl80211_attr_scan_start_time_tsf, -nl-type: u64}
    234: {id: nl80211_attr_scan_start_time_tsf_bssid, -nl-type: lladdr}
    235: {id: nl80211_attr_measurement_duration, -nl-type: u16}
    236: {id: nl80211_attr_measurement_duration_mandatory, -nl-type: flag}
    237: {id: nl80211_attr_mesh_peer_aid, -nl-type: u16}
    238: {id: nl80211_attr_nan_master_pref, -nl-type: u8}
    239: {id: nl80211_attr_bands, -nl-type: u32, -nl-flags: nl80211_band_bit}
    240: {id: nl80211_attr_nan_func, -nl-type: nest, -nl-nest: nl80211_nan_func_attributes}
    241: {id: nl80211_attr_nan_match, -nl-type: nest, -nl-nest: nl80211_nan_match_attributes}
    242: {id: nl80211_attr_fils_kek, -nl-type: binary}
    243: {id: nl80211_attr_fils_nonces, -nl-type: binary}
    244: {id: nl80211_attr_multicast_to_unicast_enabled, -nl-type: flag}
    245: {id: nl80211_attr_bssid, -nl-type: lladdr}
    246: {id: nl80211_attr_sched_scan_relative_rssi, -nl-type: s8}
    247: {id: nl80211_attr_sched_scan_rssi_adjust, -nl-type: binary}
    248: {id: nl80211_attr_timeout_reason, -nl-type: u32, -nl-enum: nl80211_timeout_reason}
    249: {id: nl80211_attr_fils_erp_username, -nl-type: binary}
    250: {id: nl80211_attr_fils_erp_realm, -nl-type: binary}
    251: {id: nl80211_attr_fils_erp_next_seq_num, -nl-type: u16}
    252: {id: nl80211_attr_fils_erp_rrk, -nl-type: binary}
    253: {id: nl80211_attr_fils_cache_id, -nl-type: binary}
    254: {id: nl80211_attr_pmk, -nl-type: binary}
    255: {id: nl80211_attr_sched_scan_multi, -nl-type: flag}
    256: {id: nl80211_attr_sched_scan_max_reqs, -nl-type: u32}
    257: {id: nl80211_attr_want_1x_4way_hs, -nl-type: flag}
    258: {id: nl80211_attr_pmkr0_name, -nl-type: binary}
    259: {id: nl80211_attr_port_authorized, -nl-type: flag}
    260: {id: nl80211_attr_external_auth_action, -nl-type: u32, -nl-enum: nl80211_external_auth_action}
    261: {id: nl80211_attr_external_auth_support, -nl-type: flag}
    262: {id: nl80211_attr_nss, -nl-type: u8}
    263: {id: nl80211_attr_ack_signal, -nl-type: s32}
    264: {id: nl80211_attr_control_port_over_nl80211, -nl-type: flag}
    265: {id: nl80211_attr_txq_stats, -nl-type: nest, -nl-nest: nl80211_txq_stats}
    266: {id: nl80211_attr_txq_limit, -nl-type: u32}
    267: {id: nl80211_attr_txq_memory_limit, -nl-type: u32}
    268: {id: nl80211_attr_txq_quantum, -nl-type: u32}
    269: {id: nl80211_attr_he_capability, -nl-type: binary}
    270: {id: nl80211_attr_ftm_responder, -nl-type: nest, -nl-nest: nl80211_ftm_responder_attributes}
    271: {id: nl80211_attr_ftm_responder_stats, -nl-type: nest, -nl-nest: nl80211_ftm_responder_stats}
    272: {id: nl80211_attr_timeout, -nl-type: u32}
    273: {id: nl80211_attr_peer_measurements, -nl-type: nest, -nl-nest: nl80211_peer_measurement_attrs}
    274: {id: nl80211_attr_airtime_weight, -nl-type: u16}
    275: {id: nl80211_attr_sta_tx_power_setting, -nl-type: u8, -nl-enum: nl80211_tx_power_setting}
    276: {id: nl80211_attr_sta_tx_power, -nl-type: s16}
    277: {id: nl80211_attr_sae_password, -nl-type: binary}
    278: {id: nl80211_attr_twt_responder, -nl-type: flag}
    279: {id: nl80211_attr_he_obss_pd, -nl-type: nest, -nl-nest: nl80211_obss_pd_attributes}
    280: {id: nl80211_attr_wiphy_edmg_channels, -nl-type: u8}
    281: {id: nl80211_attr_wiphy_edmg_bw_config, -nl-type: u8}
    282: {id: nl80211_attr_vlan_id, -nl-type: u16}
    283: {id: nl80211_attr_he_bss_color, -nl-type: nest, -nl-nest: nl80211_bss_color_attributes}
    284: {id: nl80211_attr_iftype_akm_suites, -nl-type: nest-array, -nl-nest: nl80211_iftype_akm_attributes}
    285: {id: nl80211_attr_tid_config, -nl-type: nest-array, -nl-nest: nl80211_tid_config_attr}
    286: {id: nl80211_attr_control_port_no_preauth, -nl-type: flag}
    287: {id: nl80211_attr_pmk_lifetime, -nl-type: u32}
    288: {id: nl80211_attr_pmk_reauth_threshold, -nl-type: u8}
    289: {id: nl80211_attr_receive_multicast, -nl-type: flag}
    290: {id: nl80211_attr_wiphy_freq_offset, -nl-type: u32}
    291: {id: nl80211_attr_center_freq1_offset, -nl-type: u32}
    292: {id: nl80211_attr_scan_freq_khz, -nl-type: binary}
    293: {id: nl80211_attr_he_6ghz_capability, -nl-type: binary}
    294: {id: nl80211_attr_fils_discovery, -nl-type: nest, -nl-nest: nl80211_fils_discovery_attributes}
    295: {id: nl80211_attr_unsol_bcast_probe_resp, -nl-type: nest, -nl-nest: nl80211_unsol_bcast_probe_resp_attributes}
    296: {id: nl80211_attr_s1g_capability, -nl-type: binary}
    297: {id: nl80211_attr_s1g_capability_mask, -nl-type: binary}
    298: {id: nl80211_attr_sae_pwe, -nl-type: u8, -nl-enum: nl80211_sae_pwe_mechanism}
    299: {id: nl80211_attr_reconnect_requested, -nl-type: flag}
    300: {id: nl80211_attr_sar_spec, -nl-type: nest, -nl-nest: nl80211_sar_attrs}
    301: {id: nl80211_attr_disable_he, -nl-type: flag}
    302: {id: nl80211_attr_obss_color_bitmap, -nl-type: u64}
    303: {id: nl80211_attr_color_change_count, -nl-type: u8}
    304: {id: nl80211_attr_color_change_color, -nl-type: u8}
    305: {id: nl80211_attr_color_change_elems, -nl-type: nest, -nl-nest: nl80211_attrs}
    306: {id: nl80211_attr_mbssid_config, -nl-type: nest, -nl-nest: nl80211_mbssid_config_attributes}
    307: {id: nl80211_attr_mbssid_elems, -nl-type: binary}
    308: {id: nl80211_attr_radar_background, -nl-type: flag}
    309: {id: nl80211_attr_ap_settings_flags, -nl-type: u32, -nl-flags: nl80211_ap_settings_flags}
    310: {id: nl80211_attr_eht_capability, -nl-type: binary}
    311: {id: nl80211_attr_disable_eht, -nl-type: flag}
    312: {id: nl80211_attr_mlo_links, -nl-type: nest-array, -nl-nest: nl80211_attrs}
    313: {id: nl80211_attr_mlo_link_id, -nl-type: u8}
    314: {id: nl80211_attr_mld_addr, -nl-type: lladdr}
    315: {id: nl80211_attr_mlo_support, -nl-type: flag}
    316: {id: nl80211_attr_max_num_akm_suites, -nl-type: u16}
    317: {id: nl80211_attr_eml_capability, -nl-type: u16}
    318: {id: nl80211_attr_mld_capa_and_ops, -nl-type: u16}
    319: {id: nl80211_attr_tx_hw_timestamp, -nl-type: u64}
    320: {id: nl80211_attr_rx_hw_timestamp, -nl-type: u64}
    321: {id: nl80211_attr_td_bitmap, -nl-type: binary}
    322: {id: nl80211_attr_punct_bitmap, -nl-type: u32}
    323: {id: nl80211_attr_max_hw_timestamp_peers, -nl-type: u16}
    324: {id: nl80211_attr_hw_timestamp_enabled, -nl-type: flag}
    325: {id: nl80211_attr_ema_rnr_elems, -nl-type: binary}
    # 7.2 (the types from the header's comments; where they say none, the kernel's nl80211_policy)
    326: {id: nl80211_attr_mlo_link_disabled, -nl-type: flag}
    327: {id: nl80211_attr_bss_dump_include_use_data, -nl-type: flag}
    328: {id: nl80211_attr_mlo_ttlm_dlink, -nl-type: binary}
    329: {id: nl80211_attr_mlo_ttlm_ulink, -nl-type: binary}
    330: {id: nl80211_attr_assoc_spp_amsdu, -nl-type: flag}
    331: {id: nl80211_attr_wiphy_radios, -nl-type: nest-array, -nl-nest: nl80211_wiphy_radio_attrs}
    332: {id: nl80211_attr_wiphy_interface_combinations, -nl-type: nest-array, -nl-nest: nl80211_if_combination_attrs}
    333: {id: nl80211_attr_vif_radio_mask, -nl-type: u32}
    334: {id: nl80211_attr_supported_selectors, -nl-type: binary}
    335: {id: nl80211_attr_mlo_reconf_rem_links, -nl-type: u16}
    336: {id: nl80211_attr_epcs, -nl-type: flag}
    337: {id: nl80211_attr_ext_mld_capa_and_ops, -nl-type: u16}
    338: {id: nl80211_attr_wiphy_radio_index, -nl-type: u8}
    339: {id: nl80211_attr_s1g_long_beacon_period, -nl-type: u8}
    340: {id: nl80211_attr_s1g_short_beacon, -nl-type: nest, -nl-nest: nl80211_s1g_short_beacon_attrs}
    341: {id: nl80211_attr_bss_param, -nl-type: nest, -nl-nest: nl80211_bss_param_attrs}
    342: {id: nl80211_attr_nan_config, -nl-type: nest, -nl-nest: nl80211_nan_conf_attributes}
    343: {id: nl80211_attr_nan_new_cluster, -nl-type: flag}
    344: {id: nl80211_attr_nan_capabilities, -nl-type: nest, -nl-nest: nl80211_nan_capabilities}
    345: {id: nl80211_attr_s1g_primary_2mhz, -nl-type: flag}
    346: {id: nl80211_attr_epp_peer, -nl-type: flag}
    347: {id: nl80211_attr_uhr_capability, -nl-type: binary}
    348: {id: nl80211_attr_disable_uhr, -nl-type: flag}
    349: {id: nl80211_attr_incumbent_signal_interference_bitmap, -nl-type: u32}
    350: {id: nl80211_attr_uhr_operation, -nl-type: binary}
    351: {id: nl80211_attr_nan_channel, -nl-type: nest, -nl-nest: nl80211_attrs}
    352: {id: nl80211_attr_nan_channel_entry, -nl-type: binary}
    353: {id: nl80211_attr_nan_time_slots, -nl-type: binary}
    354: {id: nl80211_attr_nan_rx_nss, -nl-type: u8}
    355: {id: nl80211_attr_nan_avail_blob, -nl-type: binary}
    356: {id: nl80211_attr_nan_sched_deferred, -nl-type: flag}
    357: {id: nl80211_attr_nan_sched_update_success, -nl-type: flag}
    358: {id: nl80211_attr_nan_nmi_mac, -nl-type: lladdr}
    359: {id: nl80211_attr_nan_ulw, -nl-type: binary}
    360: {id: nl80211_attr_nan_committed_dw, -nl-type: u16}
    361: {id: nl80211_attr_nan_seq_id, -nl-type: u8}
    362: {id: nl80211_attr_nan_max_chan_switch_time, -nl-type: u16}
    363: {id: nl80211_attr_nan_peer_maps, -nl-type: nest-array, -nl-nest: nl80211_nan_peer_map_attrs}
    364: {id: nl80211_attr_assoc_encrypted, -nl-type: flag}
    365: {id: nl80211_attr_npca_primary_freq, -nl-type: u32}
    366: {id: nl80211_attr_npca_punct_bitmap, -nl-type: u32}
  nl80211_band_attr:
    0: {id: nl80211_band_attr_invalid, -nl-type: binary}
    1: {id: nl80211_band_attr_freqs, -nl-type: nest-array, -nl-nest: nl80211_frequency_attr}
    2: {id: nl80211_band_attr_rates, -nl-type: nest-array, -nl-nest: nl80211_bitrate_attr}
    3: {id: nl80211_band_attr_ht_mcs_set, -nl-type: binary}
    4: {id: nl80211_band_attr_ht_capa, -nl-type: u16}
    5: {id: nl80211_band_attr_ht_ampdu_factor, -nl-type: u8}
    6: {id: nl80211_band_attr_ht_ampdu_density, -nl-type: u8}
    7: {id: nl80211_band_attr_vht_mcs_set, -nl-type: binary}
    8: {id: nl80211_band_attr_vht_capa, -nl-type: u32}
    9: {id: nl80211_band_attr_iftype_data, -nl-type: nest-array, -nl-nest: nl80211_band_iftype_attr}
    10: {id: nl80211_band_attr_edmg_channels, -nl-type: u8}
    11: {id: nl80211_band_attr_edmg_bw_config, -nl-type: u8}
    12: {id: nl80211_band_attr_s1g_mcs_nss_set, -nl-type: binary}
    13: {id: nl80211_band_attr_s1g_capa, -nl-type: binary}
  nl80211_frequency_attr:
    0: {id: nl80211_frequency_attr_invalid, -nl-type: binary}
    1: {id: nl80211_frequency_attr_freq, -nl-type: u32}
    2: {id: nl80211_frequency_attr_disabled, -nl-type: flag}
    3: {id: nl80211_frequency_attr_no_ir, -nl-type: flag}
    4: {id: nl80211_frequency_attr_no_ibss, -nl-type: flag}
    5: {id: nl80211_frequency_attr_radar, -nl-type: flag}
    6: {id: nl80211_frequency_attr_max_tx_power, -nl-type: u32}
    7: {id: nl80211_frequency_attr_dfs_state, -nl-type: u32, -nl-enum: nl80211_dfs_state}
    8: {id: nl80211_frequency_attr_dfs_time, -nl-type: u32}
    9: {id: nl80211_frequency_attr_no_ht40_minus, -nl-type: flag}
    10: {id: nl80211_frequency_attr_no_ht40_plus, -nl-type: flag}
    11: {id: nl80211_frequency_attr_no_80mhz, -nl-type: flag}
    12: {id: nl80211_frequency_attr_no_160mhz, -nl-type: flag}
    13: {id: nl80211_frequency_attr_dfs_cac_time, -nl-type: u32}
    14: {id: nl80211_frequency_attr_indoor_only, -nl-type: flag}
    15: {id: nl80211_frequency_attr_ir_concurrent, -nl-type: flag}
    16: {id: nl80211_frequency_attr_no_20mhz, -nl-type: flag}
    17: {id: nl80211_frequency_attr_no_10mhz, -nl-type: flag}
    18: {id: nl80211_frequency_attr_wmm, -nl-type: nest-array, -nl-nest: nl80211_wmm_rule}
    19: {id: nl80211_frequency_attr_no_he, -nl-type: flag}
    20: {id: nl80211_frequency_attr_offset, -nl-type: u32}
    21: {id: nl80211_frequency_attr_1mhz, -nl-type: flag}
    22: {id: nl80211_frequency_attr_2mhz, -nl-type: flag}
    23: {id: nl80211_frequency_attr_4mhz, -nl-type: flag}
    24: {id: nl80211_frequency_attr_8mhz, -nl-type: flag}
    25: {id: nl80211_frequency_attr_16mhz, -nl-type: flag}
    26: {id: nl80211_frequency_attr_no_320mhz, -nl-type: flag}
    27: {id: nl80211_frequency_attr_no_eht, -nl-type: flag}
    28: {id: nl80211_frequency_attr_psd, -nl-type: s8}
    29: {id: nl80211_frequency_attr_dfs_concurrent, -nl-type: flag}
    30: {id: nl80211_frequency_attr_no_6ghz_vlp_client, -nl-type: flag}
    31: {id: nl80211_frequency_attr_no_6ghz_afc_client, -nl-type: flag}
    32: {id: nl80211_frequency_attr_can_monitor, -nl-type: flag}
    33: {id: nl80211_frequency_attr_allow_6ghz_vlp_ap, -nl-type: flag}
    34: {id: nl80211_frequency_attr_allow_20mhz_activity, -nl-type: flag}
    35: {id: nl80211_frequency_attr_no_4mhz, -nl-type: flag}
    36: {id: nl80211_frequency_attr_no_8mhz, -nl-type: flag}
    37: {id: nl80211_frequency_attr_no_16mhz, -nl-type: flag}
    38: {id: nl80211_frequency_attr_s1g_no_primary, -nl-type: flag}
    39: {id: nl80211_frequency_attr_no_uhr, -nl-type: flag}
    40: {id: nl80211_frequency_attr_cac_start_time, -nl-type: u64}
    41: {id: nl80211_frequency_attr_pad, -nl-type: binary}
  nl80211_bitrate_attr:
    0: {id: nl80211_bitrate_attr_invalid, -nl-type: binary}
    1: {id: nl80211_bitrate_attr_rate, -nl-type: u32}
    2: {id: nl80211_bitrate_attr_2ghz_shortpreamble, -nl-type: flag}
  nl80211_band_iftype_attr:
    0: {id: nl80211_band_iftype_attr_invalid, -nl-type: binary}
    1: {id: nl80211_band_iftype_attr_iftypes, -nl-type: nest, -nl-nest: nl80211_iftype_attr}
    2: {id: nl80211_band_iftype_attr_he_cap_mac, -nl-type: binary}
    3: {id: nl80211_band_iftype_attr_he_cap_phy, -nl-type: binary}
    4: {id: nl80211_band_iftype_attr_he_cap_mcs_set, -nl-type: binary}
    5: {id: nl80211_band_iftype_attr_he_cap_ppe, -nl-type: binary}
    6: {id: nl80211_band_iftype_attr_he_6ghz_capa, -nl-type: binary}
    7: {id: nl80211_band_iftype_attr_vendor_elems, -nl-type: binary}
    8: {id: nl80211_band_iftype_attr_eht_cap_mac, -nl-type: binary}
    9: {id: nl80211_band_iftype_attr_eht_cap_phy, -nl-type: binary}
    10: {id: nl80211_band_iftype_attr_eht_cap_mcs_set, -nl-type: binary}
    11: {id: nl80211_band_iftype_attr_eht_cap_ppe, -nl-type: binary}
    12: {id: nl80211_band_iftype_attr_uhr_cap_mac, -nl-type: binary}
    13: {id: nl80211_band_iftype_attr_uhr_cap_phy, -nl-type: binary}
  nl80211_wmm_rule:
    0: {id: nl80211_wmmr_invalid, -nl-type: binary}
    1: {id: nl80211_wmmr_cw_min, -nl-type: u16}
    2: {id: nl80211_wmmr_cw_max, -nl-type: u16}
    3: {id: nl80211_wmmr_aifsn, -nl-type: u8}
    4: {id: nl80211_wmmr_txop, -nl-type: u16}
  nl80211_reg_rule_attr:
    0: {id: nl80211_reg_rule_attr_invalid, -nl-type: binary}
    1: {id: nl80211_attr_reg_rule_flags, -nl-type: u32, -nl-flags: nl80211_reg_rule_flags}
    2: {id: nl80211_attr_freq_range_start, -nl-type: u32}
    3: {id: nl80211_attr_freq_range_end, -nl-type: u32}
    4: {id: nl80211_attr_freq_range_max_bw, -nl-type: u32}
    5: {id: nl80211_attr_power_rule_max_ant_gain, -nl-type: u32}
    6: {id: nl80211_attr_power_rule_max_eirp, -nl-type: u32}
    7: {id: nl80211_attr_dfs_cac_time, -nl-type: u32}
    8: {id: nl80211_attr_power_rule_psd, -nl-type: s8}
  nl80211_if_combination_attrs:
    0: {id: nl80211_iface_comb_unspec, -nl-type: binary}
    1: {id: nl80211_iface_comb_limits, -nl-type: nest-array, -nl-nest: nl80211_iface_limit_attrs}
    2: {id: nl80211_iface_comb_maxnum, -nl-type: u32}
    3: {id: nl80211_iface_comb_sta_ap_bi_match, -nl-type: flag}
    4: {id: nl80211_iface_comb_num_channels, -nl-type: u32}
    5: {id: nl80211_iface_comb_radar_detect_widths, -nl-type: u32, -nl-flags: nl80211_chan_width_bit}
    6: {id: nl80211_iface_comb_radar_detect_regions, -nl-type: u32, -nl-flags: nl80211_dfs_region_bit}
    7: {id: nl80211_iface_comb_bi_min_gcd, -nl-type: u32}
  nl80211_iface_limit_attrs:
    0: {id: nl80211_iface_limit_unspec, -nl-type: binary}
    1: {id: nl80211_iface_limit_max, -nl-type: u32}
    2: {id: nl80211_iface_limit_types, -nl-type: nest, -nl-nest: nl80211_iftype_attr}
  nl80211_txq_stats:
    0: {id: nl80211_txq_stats_invalid, -nl-type: binary}
    1: {id: nl80211_txq_stats_backlog_bytes, -nl-type: u32}
    2: {id: nl80211_txq_stats_backlog_packets, -nl-type: u32}
    3: {id: nl80211_txq_stats_flows, -nl-type: u32}
    4: {id: nl80211_txq_stats_drops, -nl-type: u32}
    5: {id: nl80211_txq_stats_ecn_marks, -nl-type: u32}
    6: {id: nl80211_txq_stats_overlimit, -nl-type: u32}
    7: {id: nl80211_txq_stats_overmemory, -nl-type: u32}
    8: {id: nl80211_txq_stats_collisions, -nl-type: u32}
    9: {id: nl80211_txq_stats_tx_bytes, -nl-type: u32}
    10: {id: nl80211_txq_stats_tx_packets, -nl-type: u32}
    11: {id: nl80211_txq_stats_max_flows, -nl-type: u32}
  nl80211_wowlan_triggers:
    0: {id: nl80211_wowlan_trig_invalid, -nl-type: binary}
    1: {id: nl80211_wowlan_trig_any, -nl-type: flag}
    2: {id: nl80211_wowlan_trig_disconnect, -nl-type: flag}
    3: {id: nl80211_wowlan_trig_magic_pkt, -nl-type: flag}
    4: {id: nl80211_wowlan_trig_pkt_pattern, -nl-type: nest-array, -nl-nest: nl80211_packet_pattern_attr}
    5: {id: nl80211_wowlan_trig_gtk_rekey_supported, -nl-type: flag}
    6: {id: nl80211_wowlan_trig_gtk_rekey_failure, -nl-type: flag}
    7: {id: nl80211_wowlan_trig_eap_ident_request, -nl-type: flag}
    8: {id: nl80211_wowlan_trig_4way_handshake, -nl-type: flag}
    9: {id: nl80211_wowlan_trig_rfkill_release, -nl-type: flag}
    10: {id: nl80211_wowlan_trig_wakeup_pkt_80211, -nl-type: binary}
    11: {id: nl80211_wowlan_trig_wakeup_pkt_80211_len, -nl-type: u32}
    12: {id: nl80211_wowlan_trig_wakeup_pkt_8023, -nl-type: binary}
    13: {id: nl80211_wowlan_trig_wakeup_pkt_8023_len, -nl-type: u32}
    14: {id: nl80211_wowlan_trig_tcp_connection, -nl-type: nest, -nl-nest: nl80211_wowlan_tcp_attrs}
    15: {id: nl80211_wowlan_trig_wakeup_tcp_match, -nl-type: flag}
    16: {id: nl80211_wowlan_trig_wakeup_tcp_connlost, -nl-type: flag}
    17: {id: nl80211_wowlan_trig_wakeup_tcp_nomoretokens, -nl-type: flag}
    18: {id: nl80211_wowlan_trig_net_detect, -nl-type: nest, -nl-nest: nl80211_attrs}
    19: {id: nl80211_wowlan_trig_net_detect_results, -nl-type: nest-array, -nl-nest: nl80211_attrs}
    20: {id: nl80211_wowlan_trig_unprotected_deauth_disassoc, -nl-type: flag}
  nl80211_wowlan_tcp_attrs:
    0: {id: nl80211_wowlan_tcp_invalid, -nl-type: binary}
    1: {id: nl80211_wowlan_tcp_src_ipv4, -nl-type: ipv4}
    2: {id: nl80211_wowlan_tcp_dst_ipv4, -nl-type: ipv4}
    3: {id: nl80211_wowlan_tcp_dst_mac, -nl-type: lladdr}
    4: {id: nl80211_wowlan_tcp_src_port, -nl-type: u16}
    5: {id: nl80211_wowlan_tcp_dst_port, -nl-type: u16}
    6: {id: nl80211_wowlan_tcp_data_payload, -nl-type: binary}
    7: {id: nl80211_wowlan_tcp_data_payload_seq, -nl-type: binary}
    8: {id: nl80211_wowlan_tcp_data_payload_token, -nl-type: binary}
    9: {id: nl80211_wowlan_tcp_data_interval, -nl-type: u32}
    10: {id: nl80211_wowlan_tcp_wake_payload, -nl-type: binary}
    11: {id: nl80211_wowlan_tcp_wake_mask, -nl-type: binary}
  nl80211_packet_pattern_attr:
    0: {id: nl80211_pktpat_invalid, -nl-type: binary}
    1: {id: nl80211_pktpat_mask, -nl-type: binary}
    2: {id: nl80211_pktpat_pattern, -nl-type: binary}
    3: {id: nl80211_pktpat_offset, -nl-type: u32}
  nl80211_sta_info:
    0: {id: nl80211_sta_info_invalid, -nl-type: binary}
    1: {id: nl80211_sta_info_inactive_time, -nl-type: u32}
    2: {id: nl80211_sta_info_rx_bytes, -nl-type: u32}
    3: {id: nl80211_sta_info_tx_bytes, -nl-type: u32}
    4: {id: nl80211_sta_info_llid, -nl-type: u16}
    5: {id: nl80211_sta_info_plid, -nl-type: u16}
    6: {id: nl80211_sta_info_plink_state, -nl-type: u8, -nl-enum: nl80211_plink_state}
    7: {id: nl80211_sta_info_signal, -nl-type: s8}
    8: {id: nl80211_sta_info_tx_bitrate, -nl-type: nest, -nl-nest: nl80211_rate_info}
    9: {id: nl80211_sta_info_rx_packets, -nl-type: u32}
    10: {id: nl80211_sta_info_tx_packets, -nl-type: u32}
    11: {id: nl80211_sta_info_tx_retries, -nl-type: u32}
    12: {id: nl80211_sta_info_tx_failed, -nl-type: u32}
    13: {id: nl80211_sta_info_signal_avg, -nl-type: s8}
    14: {id: nl80211_sta_info_rx_bitrate, -nl-type: nest, -nl-nest: nl80211_rate_info}
    15: {id: nl80211_sta_info_bss_param, -nl-type: nest, -nl-nest: nl80211_sta_bss_param}
    16: {id: nl80211_sta_info_connected_time, -nl-type: u32}
    17: {id: nl80211_sta_info_sta_flags, -nl-type: struct, -nl-struct: nl80211_sta_flag_update}
    18: {id: nl80211_sta_info_beacon_loss, -nl-type: u32}
    19: {id: nl80211_sta_info_t_offset, -nl-type: s64}
    20: {id: nl80211_sta_info_local_pm, -nl-type: u32, -nl-enum: nl80211_mesh_power_mode}
    21: {id: nl80211_sta_info_peer_pm, -nl-type: u32, -nl-enum: nl80211_mesh_power_mode}
    22: {id: nl80211_sta_info_nonpeer_pm, -nl-type: u32, -nl-enum: nl80211_mesh_power_mode}
    23: {id: nl80211_sta_info_rx_bytes64, -nl-type: u64}
    24: {id: nl80211_sta_info_tx_bytes64, -nl-type: u64}
    25: {id: nl80211_sta_info_chain_signal, -nl-type: binary}
    26: {id: nl80211_sta_info_chain_signal_avg, -nl-type: binary}
    27: {id: nl80211_sta_info_expected_throughput, -nl-type: u32}
    28: {id: nl80211_sta_info_rx_drop_misc, -nl-type: u64}
    29: {id: nl80211_sta_info_beacon_rx, -nl-type: u64}
    30: {id: nl80211_sta_info_beacon_signal_avg, -nl-type: s8}
    31: {id: nl80211_sta_info_tid_stats, -nl-type: nest-array, -nl-nest: nl80211_tid_stats}
    32: {id: nl80211_sta_info_rx_duration, -nl-type: u64}
    33: {id: nl80211_sta_info_pad, -nl-type: binary}
    34: {id: nl80211_sta_info_ack_signal, -nl-type: s8}
    35: {id: nl80211_sta_info_ack_signal_avg, -nl-type: s8}
    36: {id: nl80211_sta_info_rx_mpdus, -nl-type: u32}
    37: {id: nl80211_sta_info_fcs_error_count, -nl-type: u32}
    38: {id: nl80211_sta_info_connected_to_gate, -nl-type: u8}
    39: {id: nl80211_sta_info_tx_duration, -nl-type: u64}
    40: {id: nl80211_sta_info_airtime_weight, -nl-type: u16}
    41: {id: nl80211_sta_info_airtime_link_metric, -nl-type: u32}
    42: {id: nl80211_sta_info_assoc_at_boottime, -nl-type: u64}
    43: {id: nl80211_sta_info_connected_to_as, -nl-type: u8}
  nl80211_rate_info:
    0: {id: nl80211_rate_info_invalid, -nl-type: binary}
    1: {id: nl80211_rate_info_bitrate, -nl-type: u16}
    2: {id: nl80211_rate_info_mcs, -nl-type: u8}
    3: {id: nl80211_rate_info_40_mhz_width, -nl-type: flag}
    4: {id: nl80211_rate_info_short_gi, -nl-type: flag}
    5: {id: nl80211_rate_info_bitrate32, -nl-type: u32}
    6: {id: nl80211_rate_info_vht_mcs, -nl-type: u8}
    7: {id: nl80211_rate_info_vht_nss, -nl-type: u8}
    8: {id: nl80211_rate_info_80_mhz_width, -nl-type: flag}
    9: {id: nl80211_rate_info_80p80_mhz_width, -nl-type: flag}
    10: {id: nl80211_rate_info_160_mhz_width, -nl-type: flag}
    11: {id: nl80211_rate_info_10_mhz_width, -nl-type: flag}
    12: {id: nl80211_rate_info_5_mhz_width, -nl-type: flag}
    13: {id: nl80211_rate_info_he_mcs, -nl-type: u8}
    14: {id: nl80211_rate_info_he_nss, -nl-type: u8}
    15: {id: nl80211_rate_info_he_gi, -nl-type: u8, -nl-enum: nl80211_he_gi}
    16: {id: nl80211_rate_info_he_dcm, -nl-type: u8}
    17: {id: nl80211_rate_info_he_ru_alloc, -nl-type: u8, -nl-enum: nl80211_he_ru_alloc}
    18: {id: nl80211_rate_info_320_mhz_width, -nl-type: flag}
    19: {id: nl80211_rate_info_eht_mcs, -nl-type: u8}
    20: {id: nl80211_rate_info_eht_nss, -nl-type: u8}
    21: {id: nl80211_rate_info_eht_gi, -nl-type: u8, -nl-enum: nl80211_eht_gi}
    22: {id: nl80211_rate_info_eht_ru_alloc, -nl-type: u8, -nl-enum: nl80211_eht_ru_alloc}
    23: {id: nl80211_rate_info_s1g_mcs, -nl-type: u8}
    24: {id: nl80211_rate_info_s1g_nss, -nl-type: u8}
    25: {id: nl80211_rate_info_1_mhz_width, -nl-type: flag}
    26: {id: nl80211_rate_info_2_mhz_width, -nl-type: flag}
    27: {id: nl80211_rate_info_4_mhz_width, -nl-type: flag}
    28: {id: nl80211_rate_info_8_mhz_width, -nl-type: flag}
    29: {id: nl80211_rate_info_16_mhz_width, -nl-type: flag}
    30: {id: nl80211_rate_info_uhr_mcs, -nl-type: u8}
    31: {id: nl80211_rate_info_uhr_elr, -nl-type: flag}
    32: {id: nl80211_rate_info_uhr_im, -nl-type: flag}
  nl80211_sta_bss_param:
    0: {id: nl80211_sta_bss_param_invalid, -nl-type: binary}
    1: {id: nl80211_sta_bss_param_cts_prot, -nl-type: flag}
    2: {id: nl80211_sta_bss_param_short_preamble, -nl-type: flag}
    3: {id: nl80211_sta_bss_param_short_slot_time, -nl-type: flag}
    4: {id: nl80211_sta_bss_param_dtim_period, -nl-type: u8}
    5: {id: nl80211_sta_bss_param_beacon_interval, -nl-type: u16}
  nl80211_tid_stats:
    0: {id: nl80211_tid_stats_invalid, -nl-type: binary}
    1: {id: nl80211_tid_stats_rx_msdu, -nl-type: u64}
    2: {id: nl80211_tid_stats_tx_msdu, -nl-type: u64}
    3: {id: nl80211_tid_stats_tx_msdu_retries, -nl-type: u64}
    4: {id: nl80211_tid_stats_tx_msdu_failed, -nl-type: u64}
    5: {id: nl80211_tid_stats_pad, -nl-type: binary}
    6: {id: nl80211_tid_stats_txq_stats, -nl-type: nest, -nl-nest: nl80211_txq_stats}
  nl80211_bss:
    0: {id: nl80211_bss_invalid, -nl-type: binary}
    1: {id: nl80211_bss_bssid, -nl-type: lladdr}
    2: {id: nl80211_bss_frequency, -nl-type: u32}
    3: {id: nl80211_bss_tsf, -nl-type: u64}
    4: {id: nl80211_bss_beacon_interval, -nl-type: u16}
    5: {id: nl80211_bss_capability, -nl-type: u16}
    6: {id: nl80211_bss_information_elements, -nl-type: binary}
    7: {id: nl80211_bss_signal_mbm, -nl-type: s32}
    8: {id: nl80211_bss_signal_unspec, -nl-type: u8}
    9: {id: nl80211_bss_status, -nl-type: u32, -nl-enum: nl80211_bss_status}
    10: {id: nl80211_bss_seen_ms_ago, -nl-type: u32}
    11: {id: nl80211_bss_beacon_ies, -nl-type: binary}
    12: {id: nl80211_bss_chan_width, -nl-type: u32, -nl-enum: nl80211_bss_scan_width}
    13: {id: nl80211_bss_beacon_tsf, -nl-type: u64}
    14: {id: nl80211_bss_presp_data, -nl-type: flag}
    15: {id: nl80211_bss_last_seen_boottime, -nl-type: u64}
    16: {id: nl80211_bss_pad, -nl-type: binary}
    17: {id: nl80211_bss_parent_tsf, -nl-type: u64}
    18: {id: nl80211_bss_parent_bssid, -nl-type: lladdr}
    19: {id: nl80211_bss_chain_signal, -nl-type: binary}
    20: {id: nl80211_bss_frequency_offset, -nl-type: u32}
    21: {id: nl80211_bss_mlo_link_id, -nl-type: u8}
    22: {id: nl80211_bss_mld_addr, -nl-type: lladdr}
    23: {id: nl80211_bss_use_for, -nl-type: u32, -nl-flags: nl80211_bss_use_for}
    24: {id: nl80211_bss_cannot_use_reasons, -nl-type: u64, -nl-flags: nl80211_bss_cannot_use_reasons}
  nl80211_survey_info:
    0: {id: nl80211_survey_info_invalid, -nl-type: binary}
    1: {id: nl80211_survey_info_frequency, -nl-type: u32}
    2: {id: nl80211_survey_info_noise, -nl-type: s8}
    3: {id: nl80211_survey_info_in_use, -nl-type: flag}
    4: {id: nl80211_survey_info_time, -nl-type: u64}
    5: {id: nl80211_survey_info_time_busy, -nl-type: u64}
    6: {id: nl80211_survey_info_time_ext_busy, -nl-type: u64}
    7: {id: nl80211_survey_info_time_rx, -nl-type: u64}
    8: {id: nl80211_survey_info_time_tx, -nl-type: u64}
    9: {id: nl80211_survey_info_time_scan, -nl-type: u64}
    10: {id: nl80211_survey_info_pad, -nl-type: binary}
    11: {id: nl80211_survey_info_time_bss_rx, -nl-type: u64}
    12: {id: nl80211_survey_info_frequency_offset, -nl-type: u32}
  nl80211_key_attributes:
    0: {id: nl80211_key_invalid, -nl-type: binary}
    1: {id: nl80211_key_data, -nl-type: binary}
    2: {id: nl80211_key_idx, -nl-type: u8}
    3: {id: nl80211_key_cipher, -nl-type: u32}
    4: {id: nl80211_key_seq, -nl-type: binary}
    5: {id: nl80211_key_default, -nl-type: flag}
    6: {id: nl80211_key_default_mgmt, -nl-type: flag}
    7: {id: nl80211_key_type, -nl-type: u32, -nl-enum: nl80211_key_type}
    8: {id: nl80211_key_default_types, -nl-type: nest, -nl-nest: nl80211_key_default_types}
    9: {id: nl80211_key_mode, -nl-type: u8, -nl-enum: nl80211_key_mode}
    10: {id: nl80211_key_default_beacon, -nl-type: flag}
    11: {id: nl80211_key_ltf_seed, -nl-type: binary}
  nl80211_key_default_types:
    0: {id: nl80211_key_default_type_invalid, -nl-type: binary}
    1: {id: nl80211_key_default_type_unicast, -nl-type: flag}
    2: {id: nl80211_key_default_type_multicast, -nl-type: flag}
  nl80211_mpath_info:
    0: {id: nl80211_mpath_info_invalid, -nl-type: binary}
    1: {id: nl80211_mpath_info_frame_qlen, -nl-type: u32}
    2: {id: nl80211_mpath_info_sn, -nl-type: u32}
    3: {id: nl80211_mpath_info_metric, -nl-type: u32}
    4: {id: nl80211_mpath_info_exptime, -nl-type: u32}
    5: {id: nl80211_mpath_info_flags, -nl-type: u8, -nl-flags: nl80211_mpath_flags}
    6: {id: nl80211_mpath_info_discovery_timeout, -nl-type: u32}
    7: {id: nl80211_mpath_info_discovery_retries, -nl-type: u8}
    8: {id: nl80211_mpath_info_hop_count, -nl-type: u8}
    9: {id: nl80211_mpath_info_path_change, -nl-type: u32}
  nl80211_txq_attr:
    0: {id: nl80211_txq_attr_invalid, -nl-type: binary}
    1: {id: nl80211_txq_attr_ac, -nl-type: u8, -nl-enum: nl80211_ac}
    2: {id: nl80211_txq_attr_txop, -nl-type: u16}
    3: {id: nl80211_txq_attr_cwmin, -nl-type: u16}
    4: {id: nl80211_txq_attr_cwmax, -nl-type: u16}
    5: {id: nl80211_txq_attr_aifs, -nl-type: u8}
  nl80211_sched_scan_match_attr:
    0: {id: nl80211_sched_scan_match_attr_invalid, -nl-type: binary}
    1: {id: nl80211_sched_scan_match_attr_ssid, -nl-type: binary}
    2: {id: nl80211_sched_scan_match_attr_rssi, -nl-type: s32}
    3: {id: nl80211_sched_scan_match_attr_relative_rssi, -nl-type: s32}
    4: {id: nl80211_sched_scan_match_attr_rssi_adjust, -nl-type: binary}
    5: {id: nl80211_sched_scan_match_attr_bssid, -nl-type: lladdr}
    6: {id: nl80211_sched_scan_match_per_band_rssi, -nl-type: binary}
  nl80211_tx_rate_attributes:
    0: {id: nl80211_txrate_invalid, -nl-type: binary}
    1: {id: nl80211_txrate_legacy, -nl-type: binary}
    2: {id: nl80211_txrate_ht, -nl-type: binary}
    3: {id: nl80211_txrate_vht, -nl-type: binary}
    4: {id: nl80211_txrate_gi, -nl-type: u8, -nl-enum: nl80211_txrate_gi}
    5: {id: nl80211_txrate_he, -nl-type: binary}
    6: {id: nl80211_txrate_he_gi, -nl-type: u8}
    7: {id: nl80211_txrate_he_ltf, -nl-type: u8}
    8: {id: nl80211_txrate_eht, -nl-type: binary}
    9: {id: nl80211_txrate_eht_gi, -nl-type: u8}
    10: {id: nl80211_txrate_eht_ltf, -nl-type: u8}
  nl80211_attr_cqm:
    0: {id: nl80211_attr_cqm_invalid, -nl-type: binary}
    1: {id: nl80211_attr_cqm_rssi_thold, -nl-type: binary}
    2: {id: nl80211_attr_cqm_rssi_hyst, -nl-type: u32}
    3: {id: nl80211_attr_cqm_rssi_threshold_event, -nl-type: u32, -nl-enum: nl80211_cqm_rssi_threshold_event}
    4: {id: nl80211_attr_cqm_pkt_loss_event, -nl-type: u32}
    5: {id: nl80211_attr_cqm_txe_rate, -nl-type: u32}
    6: {id: nl80211_attr_cqm_txe_pkts, -nl-type: u32}
    7: {id: nl80211_attr_cqm_txe_intvl, -nl-type: u32}
    8: {id: nl80211_attr_cqm_beacon_loss_event, -nl-type: flag}
    9: {id: nl80211_attr_cqm_rssi_level, -nl-type: s32}
  nl80211_sta_wme_attr:
    0: {id: nl80211_sta_wme_invalid, -nl-type: binary}
    1: {id: nl80211_sta_wme_uapsd_queues, -nl-type: u8}
    2: {id: nl80211_sta_wme_max_sp, -nl-type: u8}
  nl80211_rekey_data:
    0: {id: nl80211_rekey_data_invalid, -nl-type: binary}
    1: {id: nl80211_rekey_data_kek, -nl-type: binary}
    2: {id: nl80211_rekey_data_kck, -nl-type: binary}
    3: {id: nl80211_rekey_data_replay_ctr, -nl-type: binary}
    4: {id: nl80211_rekey_data_akm, -nl-type: u32}
  nl80211_sched_scan_plan:
    0: {id: nl80211_sched_scan_plan_invalid, -nl-type: binary}
    1: {id: nl80211_sched_scan_plan_interval, -nl-type: u32}
    2: {id: nl80211_sched_scan_plan_iterations, -nl-type: u32}
  nl80211_pmksa_candidate_attr:
    0: {id: nl80211_pmksa_candidate_invalid, -nl-type: binary}
    1: {id: nl80211_pmksa_candidate_index, -nl-type: u32}
    2: {id: nl80211_pmksa_candidate_bssid, -nl-type: lladdr}
    3: {id: nl80211_pmksa_candidate_preauth, -nl-type: flag}
  nl80211_bss_select_attr:
    0: {id: nl80211_bss_select_attr_invalid, -nl-type: binary}
    1: {id: nl80211_bss_select_attr_rssi, -nl-type: flag}
    2: {id: nl80211_bss_select_attr_band_pref, -nl-type: u32, -nl-enum: nl80211_band}
    3: {id: nl80211_bss_select_attr_rssi_adjust, -nl-type: binary}
  nl80211_iftype_akm_attributes:
    0: {id: nl80211_iftype_akm_attr_invalid, -nl-type: binary}
    1: {id: nl80211_iftype_akm_attr_iftypes, -nl-type: nest, -nl-nest: nl80211_iftype_attr}
    2: {id: nl80211_iftype_akm_attr_suites, -nl-type: binary}
  nl80211_sar_attrs:
    0: {id: nl80211_sar_attr_invalid, -nl-type: binary}
    1: {id: nl80211_sar_attr_type, -nl-type: u32, -nl-enum: nl80211_sar_type}
    2: {id: nl80211_sar_attr_specs, -nl-type: nest-array, -nl-nest: nl80211_sar_specs_attrs}
  nl80211_sar_specs_attrs:
    0: {id: nl80211_sar_attr_specs_invalid, -nl-type: binary}
    1: {id: nl80211_sar_attr_specs_power, -nl-type: s32}
    2: {id: nl80211_sar_attr_specs_range_index, -nl-type: u32}
    3: {id: nl80211_sar_attr_specs_start_freq, -nl-type: u32}
    4: {id: nl80211_sar_attr_specs_end_freq, -nl-type: u32}
  nl80211_meshconf_params:
    0: {id: nl80211_meshconf_invalid, -nl-type: binary}
    1: {id: nl80211_meshconf_retry_timeout, -nl-type: u16}
    2: {id: nl80211_meshconf_confirm_timeout, -nl-type: u16}
    3: {id: nl80211_meshconf_holding_timeout, -nl-type: u16}
    4: {id: nl80211_meshconf_max_peer_links, -nl-type: u16}
    5: {id: nl80211_meshconf_max_retries, -nl-type: u8}
    6: {id: nl80211_meshconf_ttl, -nl-type: u8}
    7: {id: nl80211_meshconf_auto_open_plinks, -nl-type: u8}
    8: {id: nl80211_meshconf_hwmp_max_preq_retries, -nl-type: u8}
    9: {id: nl80211_meshconf_path_refresh_time, -nl-type: u32}
    10: {id: nl80211_meshconf_min_discovery_timeout, -nl-type: u16}
    11: {id: nl80211_meshconf_hwmp_active_path_timeout, -nl-type: u32}
    12: {id: nl80211_meshconf_hwmp_preq_min_interval, -nl-type: u16}
    13: {id: nl80211_meshconf_hwmp_net_diam_trvs_time, -nl-type: u16}
    14: {id: nl80211_meshconf_hwmp_rootmode, -nl-type: u8}
    15: {id: nl80211_meshconf_element_ttl, -nl-type: u8}
    16: {id: nl80211_meshconf_hwmp_rann_interval, -nl-type: u16}
    17: {id: nl80211_meshconf_gate_announcements, -nl-type: u8}
    18: {id: nl80211_meshconf_hwmp_perr_min_interval, -nl-type: u16}
    19: {id: nl80211_meshconf_forwarding, -nl-type: u8}
    20: {id: nl80211_meshconf_rssi_threshold, -nl-type: s32}
    21: {id: nl80211_meshconf_sync_offset_max_neighbor, -nl-type: u32}
    22: {id: nl80211_meshconf_ht_opmode, -nl-type: u16}
    23: {id: nl80211_meshconf_hwmp_path_to_root_timeout, -nl-type: u32}
    24: {id: nl80211_meshconf_hwmp_root_interval, -nl-type: u16}
    25: {id: nl80211_meshconf_hwmp_confirmation_interval, -nl-type: u16}
    26: {id: nl80211_meshconf_power_mode, -nl-type: u32, -nl-enum: nl80211_mesh_power_mode}
    27: {id: nl80211_meshconf_awake_window, -nl-type: u16}
    28: {id: nl80211_meshconf_plink_timeout, -nl-type: u32}
    29: {id: nl80211_meshconf_connected_to_gate, -nl-type: u8}
    30: {id: nl80211_meshconf_nolearn, -nl-type: u8}
    31: {id: nl80211_meshconf_connected_to_as, -nl-type: u8}
  nl80211_mesh_setup_params:
    0: {id: nl80211_mesh_setup_invalid, -nl-type: binary}
    1: {id: nl80211_mesh_setup_enable_vendor_path_sel, -nl-type: u8}
    2: {id: nl80211_mesh_setup_enable_vendor_metric, -nl-type: u8}
    3: {id: nl80211_mesh_setup_ie, -nl-type: binary}
    4: {id: nl80211_mesh_setup_userspace_auth, -nl-type: flag}
    5: {id: nl80211_mesh_setup_userspace_ampe, -nl-type: flag}
    6: {id: nl80211_mesh_setup_enable_vendor_sync, -nl-type: u8}
    7: {id: nl80211_mesh_setup_userspace_mpm, -nl-type: flag}
    8: {id: nl80211_mesh_setup_auth_protocol, -nl-type: u8}
  nl80211_nan_func_attributes:
    0: {id: nl80211_nan_func_invalid, -nl-type: binary}
    1: {id: nl80211_nan_func_type, -nl-type: binary}
    2: {id: nl80211_nan_func_service_id, -nl-type: binary}
    3: {id: nl80211_nan_func_publish_type, -nl-type: binary}
    4: {id: nl80211_nan_func_publish_bcast, -nl-type: binary}
    5: {id: nl80211_nan_func_subscribe_active, -nl-type: binary}
    6: {id: nl80211_nan_func_follow_up_id, -nl-type: binary}
    7: {id: nl80211_nan_func_follow_up_req_id, -nl-type: binary}
    8: {id: nl80211_nan_func_follow_up_dest, -nl-type: binary}
    9: {id: nl80211_nan_func_close_range, -nl-type: binary}
    10: {id: nl80211_nan_func_ttl, -nl-type: binary}
    11: {id: nl80211_nan_func_service_info, -nl-type: binary}
    12: {id: nl80211_nan_func_srf, -nl-type: binary}
    13: {id: nl80211_nan_func_rx_match_filter, -nl-type: binary}
    14: {id: nl80211_nan_func_tx_match_filter, -nl-type: binary}
    15: {id: nl80211_nan_func_instance_id, -nl-type: binary}
    16: {id: nl80211_nan_func_term_reason, -nl-type: binary}
  nl80211_nan_match_attributes:
    0: {id: nl80211_nan_match_invalid, -nl-type: binary}
    1: {id: nl80211_nan_match_func_local, -nl-type: nest, -nl-nest: nl80211_nan_func_attributes}
    2: {id: nl80211_nan_match_func_peer, -nl-type: nest, -nl-nest: nl80211_nan_func_attributes}
  nl80211_ftm_responder_attributes:
    0: {id: nl80211_ftm_resp_attr_invalid, -nl-type: binary}
    1: {id: nl80211_ftm_resp_attr_enabled, -nl-type: flag}
    2: {id: nl80211_ftm_resp_attr_lci, -nl-type: binary}
    3: {id: nl80211_ftm_resp_attr_civicloc, -nl-type: binary}
  nl80211_ftm_responder_stats:
    0: {id: nl80211_ftm_stats_invalid, -nl-type: binary}
    1: {id: nl80211_ftm_stats_success_num, -nl-type: binary}
    2: {id: nl80211_ftm_stats_partial_num, -nl-type: binary}
    3: {id: nl80211_ftm_stats_failed_num, -nl-type: binary}
    4: {id: nl80211_ftm_stats_asap_num, -nl-type: binary}
    5: {id: nl80211_ftm_stats_non_asap_num, -nl-type: binary}
    6: {id: nl80211_ftm_stats_total_duration_msec, -nl-type: binary}
    7: {id: nl80211_ftm_stats_unknown_triggers_num, -nl-type: binary}
    8: {id: nl80211_ftm_stats_reschedule_requests_num, -nl-type: binary}
    9: {id: nl80211_ftm_stats_out_of_window_triggers_num, -nl-type: binary}
    10: {id: nl80211_ftm_stats_pad, -nl-type: binary}
  nl80211_peer_measurement_attrs:
    0: {id: nl80211_pmsr_attr_invalid, -nl-type: binary}
    1: {id: nl80211_pmsr_attr_max_peers, -nl-type: u32}
    2: {id: nl80211_pmsr_attr_report_ap_tsf, -nl-type: flag}
    3: {id: nl80211_pmsr_attr_randomize_mac_addr, -nl-type: flag}
    4: {id: nl80211_pmsr_attr_type_capa, -nl-type: binary}
    5: {id: nl80211_pmsr_attr_peers, -nl-type: binary}
    6: {id: nl80211_pmsr_attr_max_peer_ista_role, -nl-type: u32}
    7: {id: nl80211_pmsr_attr_max_peer_rsta_role, -nl-type: u32}
  nl80211_obss_pd_attributes:
    0: {id: nl80211_he_obss_pd_attr_invalid, -nl-type: binary}
    1: {id: nl80211_he_obss_pd_attr_min_offset, -nl-type: u8}
    2: {id: nl80211_he_obss_pd_attr_max_offset, -nl-type: u8}
    3: {id: nl80211_he_obss_pd_attr_non_srg_max_offset, -nl-type: u8}
    4: {id: nl80211_he_obss_pd_attr_bss_color_bitmap, -nl-type: binary}
    5: {id: nl80211_he_obss_pd_attr_partial_bssid_bitmap, -nl-type: binary}
    6: {id: nl80211_he_obss_pd_attr_sr_ctrl, -nl-type: u8}
  nl80211_bss_color_attributes:
    0: {id: nl80211_he_bss_color_attr_invalid, -nl-type: binary}
    1: {id: nl80211_he_bss_color_attr_color, -nl-type: u8}
    2: {id: nl80211_he_bss_color_attr_disabled, -nl-type: flag}
    3: {id: nl80211_he_bss_color_attr_partial, -nl-type: flag}
  nl80211_tid_config_attr:
    0: {id: nl80211_tid_config_attr_invalid, -nl-type: binary}
    1: {id: nl80211_tid_config_attr_pad, -nl-type: binary}
    2: {id: nl80211_tid_config_attr_vif_supp, -nl-type: u64}
    3: {id: nl80211_tid_config_attr_peer_supp, -nl-type: u64}
    4: {id: nl80211_tid_config_attr_override, -nl-type: flag}
    5: {id: nl80211_tid_config_attr_tids, -nl-type: u16}
    6: {id: nl80211_tid_config_attr_noack, -nl-type: u8}
    7: {id: nl80211_tid_config_attr_retry_short, -nl-type: u8}
    8: {id: nl80211_tid_config_attr_retry_long, -nl-type: u8}
    9: {id: nl80211_tid_config_attr_ampdu_ctrl, -nl-type: u8}
    10: {id: nl80211_tid_config_attr_rtscts_ctrl, -nl-type: u8}
    11: {id: nl80211_tid_config_attr_amsdu_ctrl, -nl-type: u8}
    12: {id: nl80211_tid_config_attr_tx_rate_type, -nl-type: u8, -nl-enum: nl80211_tx_rate_setting}
    13: {id: nl80211_tid_config_attr_tx_rate, -nl-type: nest-array, -nl-nest: nl80211_tx_rate_attributes}
  nl80211_fils_discovery_attributes:
    0: {id: nl80211_fils_discovery_attr_invalid, -nl-type: binary}
    1: {id: nl80211_fils_discovery_attr_int_min, -nl-type: u32}
    2: {id: nl80211_fils_discovery_attr_int_max, -nl-type: u32}
    3: {id: nl80211_fils_discovery_attr_tmpl, -nl-type: binary}
  nl80211_unsol_bcast_probe_resp_attributes:
    0: {id: nl80211_unsol_bcast_probe_resp_attr_invalid, -nl-type: binary}
    1: {id: nl80211_unsol_bcast_probe_resp_attr_int, -nl-type: u32}
    2: {id: nl80211_unsol_bcast_probe_resp_attr_tmpl, -nl-type: binary}
  nl80211_mbssid_config_attributes:
    0: {id: nl80211_mbssid_config_attr_invalid, -nl-type: binary}
    1: {id: nl80211_mbssid_config_attr_max_interfaces, -nl-type: u8}
    2: {id: nl80211_mbssid_config_attr_max_ema_profile_periodicity, -nl-type: u8}
    3: {id: nl80211_mbssid_config_attr_index, -nl-type: u8}
    4: {id: nl80211_mbssid_config_attr_tx_ifindex, -nl-type: u32}
    5: {id: nl80211_mbssid_config_attr_ema, -nl-type: flag}
    6: {id: nl80211_mbssid_config_attr_tx_link_id, -nl-type: u8}
  nl80211_wowlan_triggers_supported:
    0: {id: nl80211_wowlan_trig_invalid, -nl-type: binary}
    1: {id: nl80211_wowlan_trig_any, -nl-type: flag}
    2: {id: nl80211_wowlan_trig_disconnect, -nl-type: flag}
    3: {id: nl80211_wowlan_trig_magic_pkt, -nl-type: flag}
    4: {id: nl80211_wowlan_trig_pkt_pattern, -nl-type: binary}
    5: {id: nl80211_wowlan_trig_gtk_rekey_supported, -nl-type: flag}
    6: {id: nl80211_wowlan_trig_gtk_rekey_failure, -nl-type: flag}
    7: {id: nl80211_wowlan_trig_eap_ident_request, -nl-type: flag}
    8: {id: nl80211_wowlan_trig_4way_handshake, -nl-type: flag}
    9: {id: nl80211_wowlan_trig_rfkill_release, -nl-type: flag}
    10: {id: nl80211_wowlan_trig_wakeup_pkt_80211, -nl-type: binary}
    11: {id: nl80211_wowlan_trig_wakeup_pkt_80211_len, -nl-type: u32}
    12: {id: nl80211_wowlan_trig_wakeup_pkt_8023, -nl-type: binary}
    13: {id: nl80211_wowlan_trig_wakeup_pkt_8023_len, -nl-type: u32}
    14: {id: nl80211_wowlan_trig_tcp_connection, -nl-type: nest, -nl-nest: nl80211_wowlan_tcp_attrs}
    15: {id: nl80211_wowlan_trig_wakeup_tcp_match, -nl-type: flag}
    16: {id: nl80211_wowlan_trig_wakeup_tcp_connlost, -nl-type: flag}
    17: {id: nl80211_wowlan_trig_wakeup_tcp_nomoretokens, -nl-type: flag}
    18: {id: nl80211_wowlan_trig_net_detect, -nl-type: u32}
    19: {id: nl80211_wowlan_trig_net_detect_results, -nl-type: flag}
    20: {id: nl80211_wowlan_trig_unprotected_deauth_disassoc, -nl-type: flag}
  nl80211_iftype_attr:
    0: {id: nl80211_iftype_unspecified, -nl-type: flag}
    1: {id: nl80211_iftype_adhoc, -nl-type: flag}
    2: {id: nl80211_iftype_station, -nl-type: flag}
    3: {id: nl80211_iftype_ap, -nl-type: flag}
    4: {id: nl80211_iftype_ap_vlan, -nl-type: flag}
    5: {id: nl80211_iftype_wds, -nl-type: flag}
    6: {id: nl80211_iftype_monitor, -nl-type: flag}
    7: {id: nl80211_iftype_mesh_point, -nl-type: flag}
    8: {id: nl80211_iftype_p2p_client, -nl-type: flag}
    9: {id: nl80211_iftype_p2p_go, -nl-type: flag}
    10: {id: nl80211_iftype_p2p_device, -nl-type: flag}
    11: {id: nl80211_iftype_ocb, -nl-type: flag}
    12: {id: nl80211_iftype_nan, -nl-type: flag}
    13: {id: nl80211_iftype_nan_data, -nl-type: flag}
    14: {id: nl80211_iftype_pd, -nl-type: flag}
  nl80211_sta_flag_attr:
    0: {id: nl80211_sta_flag_invalid, -nl-type: flag}
    1: {id: nl80211_sta_flag_authorized, -nl-type: flag}
    2: {id: nl80211_sta_flag_short_preamble, -nl-type: flag}
    3: {id: nl80211_sta_flag_wme, -nl-type: flag}
    4: {id: nl80211_sta_flag_mfp, -nl-type: flag}
    5: {id: nl80211_sta_flag_authenticated, -nl-type: flag}
    6: {id: nl80211_sta_flag_tdls_peer, -nl-type: flag}
    7: {id: nl80211_sta_flag_associated, -nl-type: flag}
    8: {id: nl80211_sta_flag_spp_amsdu, -nl-type: flag}
  nl80211_mntr_flag_attr:
    0: {id: nl80211_mntr_flag_invalid, -nl-type: flag}
    1: {id: nl80211_mntr_flag_fcsfail, -nl-type: flag}
    2: {id: nl80211_mntr_flag_plcpfail, -nl-type: flag}
    3: {id: nl80211_mntr_flag_control, -nl-type: flag}
    4: {id: nl80211_mntr_flag_other_bss, -nl-type: flag}
    5: {id: nl80211_mntr_flag_cook_frames, -nl-type: flag}
    6: {id: nl80211_mntr_flag_active, -nl-type: flag}
    7: {id: nl80211_mntr_flag_skip_tx, -nl-type: flag}
  nl80211_iftype_frame_types:
    0: {id: nl80211_iftype_unspecified, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    1: {id: nl80211_iftype_adhoc, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    2: {id: nl80211_iftype_station, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    3: {id: nl80211_iftype_ap, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    4: {id: nl80211_iftype_ap_vlan, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    5: {id: nl80211_iftype_wds, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    6: {id: nl80211_iftype_monitor, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    7: {id: nl80211_iftype_mesh_point, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    8: {id: nl80211_iftype_p2p_client, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    9: {id: nl80211_iftype_p2p_go, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    10: {id: nl80211_iftype_p2p_device, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    11: {id: nl80211_iftype_ocb, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    12: {id: nl80211_iftype_nan, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    13: {id: nl80211_iftype_nan_data, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
    14: {id: nl80211_iftype_pd, -nl-type: nest, -nl-nest: nl80211_frame_type_attr}
  nl80211_frame_type_attr:
    101: {id: nl80211_attr_frame_type, -nl-type: u16}
  nl80211_wiphy_radio_attrs:
    # NL80211_ATTR_WIPHY_RADIOS: one nest per physical radio of the wiphy (7.2)
    1: {id: nl80211_wiphy_radio_attr_index, -nl-type: u32}
    2: {id: nl80211_wiphy_radio_attr_freq_range, -nl-type: nest, -nl-nest: nl80211_wiphy_radio_freq_range}
    3: {id: nl80211_wiphy_radio_attr_interface_combination, -nl-type: nest, -nl-nest: nl80211_if_combination_attrs}
    4: {id: nl80211_wiphy_radio_attr_antenna_mask, -nl-type: u32}
    5: {id: nl80211_wiphy_radio_attr_rts_threshold, -nl-type: u32}
  nl80211_wiphy_radio_freq_range:
    # a radio's frequency range, in kHz
    1: {id: nl80211_wiphy_radio_freq_attr_start, -nl-type: u32}
    2: {id: nl80211_wiphy_radio_freq_attr_end, -nl-type: u32}
  nl80211_s1g_short_beacon_attrs:
    1: {id: nl80211_s1g_short_beacon_attr_head, -nl-type: binary}
    2: {id: nl80211_s1g_short_beacon_attr_tail, -nl-type: binary}
  nl80211_bss_param_attrs:
    # NL80211_ATTR_BSS_PARAM of NL80211_CMD_GET_WIPHY: the NL80211_CMD_SET_BSS attributes the wiphy can
    # change, each present as a flag (the same numbers as nl80211_attrs)
    28: {id: nl80211_attr_bss_cts_prot, -nl-type: flag}
    29: {id: nl80211_attr_bss_short_preamble, -nl-type: flag}
    30: {id: nl80211_attr_bss_short_slot_time, -nl-type: flag}
    36: {id: nl80211_attr_bss_basic_rates, -nl-type: flag}
    96: {id: nl80211_attr_ap_isolate, -nl-type: flag}
    109: {id: nl80211_attr_bss_ht_opmode, -nl-type: flag}
    162: {id: nl80211_attr_p2p_ctwindow, -nl-type: flag}
    163: {id: nl80211_attr_p2p_oppps, -nl-type: flag}
  nl80211_nan_conf_attributes:
    1: {id: nl80211_nan_conf_cluster_id, -nl-type: lladdr}
    2: {id: nl80211_nan_conf_extra_attrs, -nl-type: binary}
    3: {id: nl80211_nan_conf_vendor_elems, -nl-type: binary}
    4: {id: nl80211_nan_conf_band_configs, -nl-type: nest-array, -nl-nest: nl80211_nan_band_conf_attributes}
    5: {id: nl80211_nan_conf_scan_period, -nl-type: u16}
    6: {id: nl80211_nan_conf_scan_dwell_time, -nl-type: u16}
    7: {id: nl80211_nan_conf_discovery_beacon_interval, -nl-type: u8}
    8: {id: nl80211_nan_conf_notify_dw, -nl-type: flag}
  nl80211_nan_band_conf_attributes:
    1: {id: nl80211_nan_band_conf_band, -nl-type: u8, -nl-enum: nl80211_band}
    2: {id: nl80211_nan_band_conf_freq, -nl-type: u16}
    3: {id: nl80211_nan_band_conf_rssi_close, -nl-type: s8}
    4: {id: nl80211_nan_band_conf_rssi_middle, -nl-type: s8}
    5: {id: nl80211_nan_band_conf_wake_dw, -nl-type: u8}
    6: {id: nl80211_nan_band_conf_disable_scan, -nl-type: flag}
  nl80211_nan_capabilities:
    # NL80211_ATTR_NAN_CAPABILITIES of NL80211_CMD_GET_WIPHY (7.2)
    1: {id: nl80211_nan_capa_configurable_sync, -nl-type: flag}
    2: {id: nl80211_nan_capa_userspace_de, -nl-type: flag}
    3: {id: nl80211_nan_capa_op_mode, -nl-type: u8}
    4: {id: nl80211_nan_capa_num_antennas, -nl-type: u8}
    5: {id: nl80211_nan_capa_max_channel_switch_time, -nl-type: u16}
    6: {id: nl80211_nan_capa_capabilities, -nl-type: u8}
    7: {id: nl80211_nan_capa_phy, -nl-type: nest, -nl-nest: nl80211_nan_phy_cap_attr}
  nl80211_nan_phy_cap_attr:
    1: {id: nl80211_nan_phy_cap_attr_ht_mcs_set, -nl-type: binary}
    2: {id: nl80211_nan_phy_cap_attr_ht_capa, -nl-type: u16}
    3: {id: nl80211_nan_phy_cap_attr_ht_ampdu_factor, -nl-type: u8}
    4: {id: nl80211_nan_phy_cap_attr_ht_ampdu_density, -nl-type: u8}
    5: {id: nl80211_nan_phy_cap_attr_vht_mcs_set, -nl-type: binary}
    6: {id: nl80211_nan_phy_cap_attr_vht_capa, -nl-type: u32}
    7: {id: nl80211_nan_phy_cap_attr_he_mac, -nl-type: binary}
    8: {id: nl80211_nan_phy_cap_attr_he_phy, -nl-type: binary}
    9: {id: nl80211_nan_phy_cap_attr_he_mcs_set, -nl-type: binary}
    10: {id: nl80211_nan_phy_cap_attr_he_ppe, -nl-type: binary}
  nl80211_nan_peer_map_attrs:
    1: {id: nl80211_nan_peer_map_attr_map_id, -nl-type: u8}
    2: {id: nl80211_nan_peer_map_attr_time_slots, -nl-type: binary}
  nl80211_iftype:
    0: nl80211_iftype_unspecified
    1: nl80211_iftype_adhoc
    2: nl80211_iftype_station
    3: nl80211_iftype_ap
    4: nl80211_iftype_ap_vlan
    5: nl80211_iftype_wds
    6: nl80211_iftype_monitor
    7: nl80211_iftype_mesh_point
    8: nl80211_iftype_p2p_client
    9: nl80211_iftype_p2p_go
    10: nl80211_iftype_p2p_device
    11: nl80211_iftype_ocb
    12: nl80211_iftype_nan
    13: nl80211_iftype_nan_data
    14: nl80211_iftype_pd
  nl80211_band:
    0: nl80211_band_2ghz
    1: nl80211_band_5ghz
    2: nl80211_band_60ghz
    3: nl80211_band_6ghz
    4: nl80211_band_s1ghz
    5: nl80211_band_lc
  nl80211_channel_type:
    0: nl80211_chan_no_ht
    1: nl80211_chan_ht20
    2: nl80211_chan_ht40minus
    3: nl80211_chan_ht40plus
  nl80211_reg_initiator:
    0: nl80211_regdom_set_by_core
    1: nl80211_regdom_set_by_user
    2: nl80211_regdom_set_by_driver
    3: nl80211_regdom_set_by_country_ie
  nl80211_reg_type:
    0: nl80211_regdom_type_country
    1: nl80211_regdom_type_world
    2: nl80211_regdom_type_custom_world
    3: nl80211_regdom_type_intersection
  nl80211_auth_type:
    # 8 is NL80211_AUTHTYPE_EPPKE in 7.2 and __NL80211_AUTHTYPE_NUM (AUTOMATIC, user space's "any") in 6.1 and
    # 6.12; AUTOMATIC is not named, since the releases number it apart (8, 10)
    0: nl80211_authtype_open_system
    1: nl80211_authtype_shared_key
    2: nl80211_authtype_ft
    3: nl80211_authtype_network_eap
    4: nl80211_authtype_sae
    5: nl80211_authtype_fils_sk
    6: nl80211_authtype_fils_sk_pfs
    7: nl80211_authtype_fils_pk
    8: nl80211_authtype_eppke
    9: nl80211_authtype_ieee8021x
  nl80211_key_type:
    0: nl80211_keytype_group
    1: nl80211_keytype_pairwise
    2: nl80211_keytype_peerkey
  nl80211_mfp:
    0: nl80211_mfp_no
    1: nl80211_mfp_required
    2: nl80211_mfp_optional
  nl80211_ps_state:
    0: nl80211_ps_disabled
    1: nl80211_ps_enabled
  nl80211_tx_power_setting:
    0: nl80211_tx_power_automatic
    1: nl80211_tx_power_limited
    2: nl80211_tx_power_fixed
  nl80211_plink_state:
    0: nl80211_plink_listen
    1: nl80211_plink_opn_snt
    2: nl80211_plink_opn_rcvd
    3: nl80211_plink_cnf_rcvd
    4: nl80211_plink_estab
    5: nl80211_plink_holding
    6: nl80211_plink_blocked
  nl80211_hidden_ssid:
    0: nl80211_hidden_ssid_not_in_use
    1: nl80211_hidden_ssid_zero_len
    2: nl80211_hidden_ssid_zero_contents
  nl80211_tdls_operation:
    0: nl80211_tdls_discovery_req
    1: nl80211_tdls_setup
    2: nl80211_tdls_teardown
    3: nl80211_tdls_enable_link
    4: nl80211_tdls_disable_link
  nl80211_dfs_regions:
    0: nl80211_dfs_unset
    1: nl80211_dfs_fcc
    2: nl80211_dfs_etsi
    3: nl80211_dfs_jp
  nl80211_user_reg_hint_type:
    0: nl80211_user_reg_hint_user
    1: nl80211_user_reg_hint_cell_base
    2: nl80211_user_reg_hint_indoor
  nl80211_connect_failed_reason:
    0: nl80211_conn_fail_max_clients
    1: nl80211_conn_fail_blocked_client
  nl80211_chan_width:
    0: nl80211_chan_width_20_noht
    1: nl80211_chan_width_20
    2: nl80211_chan_width_40
    3: nl80211_chan_width_80
    4: nl80211_chan_width_80p80
    5: nl80211_chan_width_160
    6: nl80211_chan_width_5
    7: nl80211_chan_width_10
    8: nl80211_chan_width_1
    9: nl80211_chan_width_2
    10: nl80211_chan_width_4
    11: nl80211_chan_width_8
    12: nl80211_chan_width_16
    13: nl80211_chan_width_320
  nl80211_mesh_power_mode:
    0: nl80211_mesh_power_unknown
    1: nl80211_mesh_power_active
    2: nl80211_mesh_power_light_sleep
    3: nl80211_mesh_power_deep_sleep
  nl80211_acl_policy:
    0: nl80211_acl_policy_accept_unless_listed
    1: nl80211_acl_policy_deny_unless_listed
  nl80211_radar_event:
    0: nl80211_radar_detected
    1: nl80211_radar_cac_finished
    2: nl80211_radar_cac_aborted
    3: nl80211_radar_nop_finished
    4: nl80211_radar_pre_cac_expired
    5: nl80211_radar_cac_started
  nl80211_crit_proto_id:
    0: nl80211_crit_proto_unspec
    1: nl80211_crit_proto_dhcp
    2: nl80211_crit_proto_eapol
    3: nl80211_crit_proto_apipa
  nl80211_smps_mode:
    0: nl80211_smps_off
    1: nl80211_smps_static
    2: nl80211_smps_dynamic
  nl80211_sta_p2p_ps_status:
    0: nl80211_p2p_ps_unsupported
    1: nl80211_p2p_ps_supported
  nl80211_timeout_reason:
    0: nl80211_timeout_unspecified
    1: nl80211_timeout_scan
    2: nl80211_timeout_auth
    3: nl80211_timeout_assoc
  nl80211_external_auth_action:
    0: nl80211_external_auth_start
    1: nl80211_external_auth_abort
  nl80211_sae_pwe_mechanism:
    0: nl80211_sae_pwe_unspecified
    1: nl80211_sae_pwe_hunt_and_peck
    2: nl80211_sae_pwe_hash_to_element
    3: nl80211_sae_pwe_both
  nl80211_dfs_state:
    0: nl80211_dfs_usable
    1: nl80211_dfs_unavailable
    2: nl80211_dfs_available
  nl80211_he_gi:
    0: nl80211_rate_info_he_gi_0_8
    1: nl80211_rate_info_he_gi_1_6
    2: nl80211_rate_info_he_gi_3_2
  nl80211_he_ru_alloc:
    0: nl80211_rate_info_he_ru_alloc_26
    1: nl80211_rate_info_he_ru_alloc_52
    2: nl80211_rate_info_he_ru_alloc_106
    3: nl80211_rate_info_he_ru_alloc_242
    4: nl80211_rate_info_he_ru_alloc_484
    5: nl80211_rate_info_he_ru_alloc_996
    6: nl80211_rate_info_he_ru_alloc_2x996
  nl80211_eht_gi:
    0: nl80211_rate_info_eht_gi_0_8
    1: nl80211_rate_info_eht_gi_1_6
    2: nl80211_rate_info_eht_gi_3_2
  nl80211_eht_ru_alloc:
    0: nl80211_rate_info_eht_ru_alloc_26
    1: nl80211_rate_info_eht_ru_alloc_52
    2: nl80211_rate_info_eht_ru_alloc_52p26
    3: nl80211_rate_info_eht_ru_alloc_106
    4: nl80211_rate_info_eht_ru_alloc_106p26
    5: nl80211_rate_info_eht_ru_alloc_242
    6: nl80211_rate_info_eht_ru_alloc_484
    7: nl80211_rate_info_eht_ru_alloc_484p242
    8: nl80211_rate_info_eht_ru_alloc_996
    9: nl80211_rate_info_eht_ru_alloc_996p484
    10: nl80211_rate_info_eht_ru_alloc_996p484p242
    11: nl80211_rate_info_eht_ru_alloc_2x996
    12: nl80211_rate_info_eht_ru_alloc_2x996p484
    13: nl80211_rate_info_eht_ru_alloc_3x996
    14: nl80211_rate_info_eht_ru_alloc_3x996p484
    15: nl80211_rate_info_eht_ru_alloc_4x996
  nl80211_bss_status:
    0: nl80211_bss_status_authenticated
    1: nl80211_bss_status_associated
    2: nl80211_bss_status_ibss_joined
  nl80211_bss_scan_width:
    0: nl80211_bss_chan_width_20
    1: nl80211_bss_chan_width_10
    2: nl80211_bss_chan_width_5
    3: nl80211_bss_chan_width_1
    4: nl80211_bss_chan_width_2
  nl80211_key_mode:
    0: nl80211_key_rx_tx
    1: nl80211_key_no_tx
    2: nl80211_key_set_tx
  nl80211_ac:
    0: nl80211_ac_vo
    1: nl80211_ac_vi
    2: nl80211_ac_be
    3: nl80211_ac_bk
    4: nl80211_num_acs
  nl80211_txrate_gi:
    0: nl80211_txrate_default_gi
    1: nl80211_txrate_force_sgi
    2: nl80211_txrate_force_lgi
  nl80211_cqm_rssi_threshold_event:
    0: nl80211_cqm_rssi_threshold_event_low
    1: nl80211_cqm_rssi_threshold_event_high
    2: nl80211_cqm_rssi_beacon_loss_event
  nl80211_sar_type:
    0: nl80211_sar_type_power
  nl80211_tx_rate_setting:
    0: nl80211_tx_rate_automatic
    1: nl80211_tx_rate_limited
    2: nl80211_tx_rate_fixed
  nl80211_wpa_versions:
    0x1: nl80211_wpa_version_1
    0x2: nl80211_wpa_version_2
    0x4: nl80211_wpa_version_3
  nl80211_ap_sme_features:
    0x1: nl80211_ap_sme_sa_query_offload
  nl80211_feature_flags:
    0x1: nl80211_feature_sk_tx_status
    0x2: nl80211_feature_ht_ibss
    0x4: nl80211_feature_inactivity_timer
    0x8: nl80211_feature_cell_base_reg_hints
    0x10: nl80211_feature_p2p_device_needs_channel
    0x20: nl80211_feature_sae
    0x40: nl80211_feature_low_priority_scan
    0x80: nl80211_feature_scan_flush
    0x100: nl80211_feature_ap_scan
    0x200: nl80211_feature_vif_txpower
    0x400: nl80211_feature_need_obss_scan
    0x800: nl80211_feature_p2p_go_ctwin
    0x1000: nl80211_feature_p2p_go_oppps
    0x4000: nl80211_feature_advertise_chan_limits
    0x8000: nl80211_feature_full_ap_client_state
    0x10000: nl80211_feature_userspace_mpm
    0x20000: nl80211_feature_active_monitor
    0x40000: nl80211_feature_ap_mode_chan_width_change
    0x80000: nl80211_feature_ds_param_set_ie_in_probes
    0x100000: nl80211_feature_wfa_tpc_ie_in_probes
    0x200000: nl80211_feature_quiet
    0x400000: nl80211_feature_tx_power_insertion
    0x800000: nl80211_feature_ackto_estimation
    0x1000000: nl80211_feature_static_smps
    0x2000000: nl80211_feature_dynamic_smps
    0x4000000: nl80211_feature_supports_wmm_admission
    0x8000000: nl80211_feature_mac_on_create
    0x10000000: nl80211_feature_tdls_channel_switch
    0x20000000: nl80211_feature_scan_random_mac_addr
    0x40000000: nl80211_feature_sched_scan_random_mac_addr
    0x80000000: nl80211_feature_nd_random_mac_addr
  nl80211_probe_resp_offload_support_attr:
    0x1: nl80211_probe_resp_offload_support_wps
    0x2: nl80211_probe_resp_offload_support_wps2
    0x4: nl80211_probe_resp_offload_support_p2p
    0x8: nl80211_probe_resp_offload_support_80211u
  nl80211_scan_flags:
    0x1: nl80211_scan_flag_low_priority
    0x2: nl80211_scan_flag_flush
    0x4: nl80211_scan_flag_ap
    0x8: nl80211_scan_flag_random_addr
    0x10: nl80211_scan_flag_fils_max_channel_time
    0x20: nl80211_scan_flag_accept_bcast_probe_resp
    0x40: nl80211_scan_flag_oce_probe_req_high_tx_rate
    0x80: nl80211_scan_flag_oce_probe_req_deferral_suppression
    0x100: nl80211_scan_flag_low_span
    0x200: nl80211_scan_flag_low_power
    0x400: nl80211_scan_flag_high_accuracy
    0x800: nl80211_scan_flag_random_sn
    0x1000: nl80211_scan_flag_min_preq_content
    0x2000: nl80211_scan_flag_freq_khz
    0x4000: nl80211_scan_flag_colocated_6ghz
  nl80211_protocol_features:
    0x1: nl80211_protocol_feature_split_wiphy_dump
  nl80211_rxmgmt_flags:
    0x1: nl80211_rxmgmt_flag_answered
    0x2: nl80211_rxmgmt_flag_external_auth
  nl80211_tdls_peer_capability:
    0x1: nl80211_tdls_peer_ht
    0x2: nl80211_tdls_peer_vht
    0x4: nl80211_tdls_peer_wmm
    0x8: nl80211_tdls_peer_he
  nl80211_ap_settings_flags:
    0x1: nl80211_ap_settings_external_auth_support
    0x2: nl80211_ap_settings_sa_query_offload_support
  nl80211_reg_rule_flags:
    0x1: nl80211_rrf_no_ofdm
    0x2: nl80211_rrf_no_cck
    0x4: nl80211_rrf_no_indoor
    0x8: nl80211_rrf_no_outdoor
    0x10: nl80211_rrf_dfs
    0x20: nl80211_rrf_ptp_only
    0x40: nl80211_rrf_ptmp_only
    0x80: nl80211_rrf_no_ir
    0x100: nl80211_rrf_no_ibss
    0x800: nl80211_rrf_auto_bw
    0x1000: nl80211_rrf_ir_concurrent
    0x2000: nl80211_rrf_no_ht40minus
    0x4000: nl80211_rrf_no_ht40plus
    0x8000: nl80211_rrf_no_80mhz
    0x10000: nl80211_rrf_no_160mhz
    0x20000: nl80211_rrf_no_he
    0x40000: nl80211_rrf_no_320mhz
    0x80000: nl80211_rrf_no_eht
    0x100000: nl80211_rrf_psd
    0x200000: nl80211_rrf_dfs_concurrent
    0x400000: nl80211_rrf_no_6ghz_vlp_client
    0x800000: nl80211_rrf_no_6ghz_afc_client
    0x1000000: nl80211_rrf_allow_6ghz_vlp_ap
    0x2000000: nl80211_rrf_allow_20mhz_activity
    0x4000000: nl80211_rrf_no_uhr
  nl80211_mpath_flags:
    0x1: nl80211_mpath_flag_active
    0x2: nl80211_mpath_flag_resolving
    0x4: nl80211_mpath_flag_sn_valid
    0x8: nl80211_mpath_flag_fixed
    0x10: nl80211_mpath_flag_resolved
  nl80211_band_bit:
    0x1: nl80211_band_2ghz
    0x2: nl80211_band_5ghz
    0x4: nl80211_band_60ghz
    0x8: nl80211_band_6ghz
    0x10: nl80211_band_s1ghz
    0x20: nl80211_band_lc
  nl80211_sta_flag_bit:
    0x2: nl80211_sta_flag_authorized
    0x4: nl80211_sta_flag_short_preamble
    0x8: nl80211_sta_flag_wme
    0x10: nl80211_sta_flag_mfp
    0x20: nl80211_sta_flag_authenticated
    0x40: nl80211_sta_flag_tdls_peer
    0x80: nl80211_sta_flag_associated
    0x100: nl80211_sta_flag_spp_amsdu
  nl80211_bss_use_for:
    # NL80211_BSS_USE_FOR: what the BSS can be used for (bits)
    0x1: nl80211_bss_use_for_normal
    0x2: nl80211_bss_use_for_mld_link
  nl80211_bss_cannot_use_reasons:
    # NL80211_BSS_CANNOT_USE_REASONS (bits of a u64)
    0x1: nl80211_bss_cannot_use_nstr_nonprimary
    0x2: nl80211_bss_cannot_use_6ghz_pwr_mismatch
  nl80211_chan_width_bit:
    0x1: nl80211_chan_width_20_noht
    0x2: nl80211_chan_width_20
    0x4: nl80211_chan_width_40
    0x8: nl80211_chan_width_80
    0x10: nl80211_chan_width_80p80
    0x20: nl80211_chan_width_160
    0x40: nl80211_chan_width_5
    0x80: nl80211_chan_width_10
    0x100: nl80211_chan_width_1
    0x200: nl80211_chan_width_2
    0x400: nl80211_chan_width_4
    0x800: nl80211_chan_width_8
    0x1000: nl80211_chan_width_16
    0x2000: nl80211_chan_width_320
  nl80211_dfs_region_bit:
    0x1: nl80211_dfs_unset
    0x2: nl80211_dfs_fcc
    0x4: nl80211_dfs_etsi
    0x8: nl80211_dfs_jp
