meta:
  id: genetlink_drbd
  title: "Generic netlink family drbd: DRBD_ADM_*, DRBD_NLA_*, DRBD_A_DRBD_CFG_CONTEXT_*, DRBD_A_RESOURCE_INFO_* ..."
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  DRBD's administration (drbdsetup; the drbd module, DRBD 8.4; Linux 7.2 headers). Every message carries a struct
  drbd_genlmsghdr after genlmsghdr: the minor device a request operates on or an answer is about (~0 where the
  request names a resource or connection in DRBD_NLA_CFG_CONTEXT instead), and the request's flags, in answers the
  result code. The attributes are nests, one per configuration or state structure (DRBD_NLA_*), each with its own
  set (DRBD_A_<STRUCT>_*). DRBD's flags are one byte (0 or 1), not
  netlink flags. drbdsetup may set bit 14 of an attribute's type (the bit of NLA_F_NET_BYTEORDER) on
  attributes the kernel must understand (one it does not is refused with ERR_MANDATORY_TAG, drbd.h); nlscope reads
  that bit as netlink's byte-order flag, which changes nothing for a string but would show a flagged number in a
  request byte-swapped. The kernel's answers do not set it. The *_STATE commands (RESOURCE_STATE ...) are the events
  the kernel sends to group "events", each with a DRBD_NLA_NOTIFICATION_HEADER. The 7.2 header numbers each set's
  members but gives no value types; the types here are those of the kernel's own definition of the sets
  (include/linux/drbd_genl.h of the kernel tree, its GENL_struct lists: __u32/__s32/__u64 fields, __str_field a
  string, __bin_field bytes, __flg_field one byte). The value names are drbd.h's enums, tied to the members by
  drbd_limits.h's defaults (DRBD_ON_IO_ERROR_DEF EP_DETACH, DRBD_RR_CONFLICT_DEF ASB_DISCONNECT, DRBD_PROTOCOL_DEF
  DRBD_PROT_C ...) or by the names (connection state, role, disk state, timeout type, broadcast reason).
doc-ref: /usr/include/linux/drbd_genl.h, /usr/include/linux/drbd.h
params:
  - id: is_le
    type: bool
types:
  drbd_genlmsghdr:
    doc: struct drbd_genlmsghdr, after genlmsghdr in every message of the family
    seq:
      - {id: minor, type: u4, doc: "the minor device; 0xffffffff: none (the resource is named in DRBD_NLA_CFG_CONTEXT)"}
      - {id: flags, type: u4, doc: "a union: in requests the flags (DRBD_GENL_F_*: 1 SET_DEFAULTS), in answers ret_code, the result (enum drbd_ret_code of drbd.h: 101, NO_ERROR)"}
enums:
  drbd_adm:
    # -nl-group: "events" (DRBD_MCGRP_EVENTS) for the *_STATE events, EVENT and HELPER
    1: {id: drbd_adm_event, -nl-kind: other, -nl-group: events}
    2: {id: drbd_adm_get_status, -nl-kind: get}
    5: {id: drbd_adm_new_minor, -nl-kind: new}
    6: {id: drbd_adm_del_minor, -nl-kind: delete}
    7: {id: drbd_adm_new_resource, -nl-kind: new}
    8: {id: drbd_adm_del_resource, -nl-kind: delete}
    9: {id: drbd_adm_resource_opts, -nl-kind: new}
    10: {id: drbd_adm_connect, -nl-kind: new}
    11: {id: drbd_adm_disconnect, -nl-kind: delete}
    12: {id: drbd_adm_attach, -nl-kind: new}
    13: {id: drbd_adm_resize, -nl-kind: new}
    14: {id: drbd_adm_primary, -nl-kind: new}
    15: {id: drbd_adm_secondary, -nl-kind: new}
    16: {id: drbd_adm_new_c_uuid, -nl-kind: new}
    17: {id: drbd_adm_start_ov, -nl-kind: new}
    18: {id: drbd_adm_detach, -nl-kind: delete}
    19: {id: drbd_adm_invalidate, -nl-kind: new}
    20: {id: drbd_adm_inval_peer, -nl-kind: new}
    21: {id: drbd_adm_pause_sync, -nl-kind: new}
    22: {id: drbd_adm_resume_sync, -nl-kind: new}
    23: {id: drbd_adm_suspend_io, -nl-kind: new}
    24: {id: drbd_adm_resume_io, -nl-kind: new}
    25: {id: drbd_adm_outdate, -nl-kind: new}
    26: {id: drbd_adm_get_timeout_type, -nl-kind: get}
    27: {id: drbd_adm_down, -nl-kind: delete}
    28: {id: drbd_adm_chg_disk_opts, -nl-kind: new}
    29: {id: drbd_adm_chg_net_opts, -nl-kind: new}
    30: {id: drbd_adm_get_resources, -nl-kind: get}
    31: {id: drbd_adm_get_devices, -nl-kind: get}
    32: {id: drbd_adm_get_connections, -nl-kind: get}
    33: {id: drbd_adm_get_peer_devices, -nl-kind: get}
    34: {id: drbd_adm_resource_state, -nl-kind: other, -nl-group: events}
    35: {id: drbd_adm_device_state, -nl-kind: other, -nl-group: events}
    36: {id: drbd_adm_connection_state, -nl-kind: other, -nl-group: events}
    37: {id: drbd_adm_peer_device_state, -nl-kind: other, -nl-group: events}
    38: {id: drbd_adm_get_initial_state, -nl-kind: get}
    40: {id: drbd_adm_helper, -nl-kind: other, -nl-group: events}
    41: {id: drbd_adm_initial_state_done, -nl-kind: other, -nl-group: events}
  drbd_nla:
    1: {id: drbd_nla_cfg_reply, -nl-type: nest, -nl-nest: drbd_a_drbd_cfg_reply}
    2: {id: drbd_nla_cfg_context, -nl-type: nest, -nl-nest: drbd_a_drbd_cfg_context}
    3: {id: drbd_nla_disk_conf, -nl-type: nest, -nl-nest: drbd_a_disk_conf}
    4: {id: drbd_nla_resource_opts, -nl-type: nest, -nl-nest: drbd_a_res_opts}
    5: {id: drbd_nla_net_conf, -nl-type: nest, -nl-nest: drbd_a_net_conf}
    6: {id: drbd_nla_set_role_parms, -nl-type: nest, -nl-nest: drbd_a_set_role_parms}
    7: {id: drbd_nla_resize_parms, -nl-type: nest, -nl-nest: drbd_a_resize_parms}
    8: {id: drbd_nla_state_info, -nl-type: nest, -nl-nest: drbd_a_state_info}
    9: {id: drbd_nla_start_ov_parms, -nl-type: nest, -nl-nest: drbd_a_start_ov_parms}
    10: {id: drbd_nla_new_c_uuid_parms, -nl-type: nest, -nl-nest: drbd_a_new_c_uuid_parms}
    11: {id: drbd_nla_timeout_parms, -nl-type: nest, -nl-nest: drbd_a_timeout_parms}
    12: {id: drbd_nla_disconnect_parms, -nl-type: nest, -nl-nest: drbd_a_disconnect_parms}
    13: {id: drbd_nla_detach_parms, -nl-type: nest, -nl-nest: drbd_a_detach_parms}
    15: {id: drbd_nla_resource_info, -nl-type: nest, -nl-nest: drbd_a_resource_info}
    16: {id: drbd_nla_device_info, -nl-type: nest, -nl-nest: drbd_a_device_info}
    17: {id: drbd_nla_connection_info, -nl-type: nest, -nl-nest: drbd_a_connection_info}
    18: {id: drbd_nla_peer_device_info, -nl-type: nest, -nl-nest: drbd_a_peer_device_info}
    19: {id: drbd_nla_resource_statistics, -nl-type: nest, -nl-nest: drbd_a_resource_statistics}
    20: {id: drbd_nla_device_statistics, -nl-type: nest, -nl-nest: drbd_a_device_statistics}
    21: {id: drbd_nla_connection_statistics, -nl-type: nest, -nl-nest: drbd_a_connection_statistics}
    22: {id: drbd_nla_peer_device_statistics, -nl-type: nest, -nl-nest: drbd_a_peer_device_statistics}
    23: {id: drbd_nla_notification_header, -nl-type: nest, -nl-nest: drbd_a_drbd_notification_header}
    24: {id: drbd_nla_helper, -nl-type: nest, -nl-nest: drbd_a_drbd_helper_info}
  drbd_a_drbd_cfg_reply:
    1: {id: drbd_a_drbd_cfg_reply_info_text, -nl-type: string}
  drbd_a_drbd_cfg_context:
    1: {id: drbd_a_drbd_cfg_context_ctx_volume, -nl-type: u32}
    2: {id: drbd_a_drbd_cfg_context_ctx_resource_name, -nl-type: string}
    3: {id: drbd_a_drbd_cfg_context_ctx_my_addr, -nl-type: binary, doc: a struct sockaddr_in or sockaddr_in6}
    4: {id: drbd_a_drbd_cfg_context_ctx_peer_addr, -nl-type: binary, doc: a struct sockaddr_in or sockaddr_in6}
  drbd_a_res_opts:
    1: {id: drbd_a_res_opts_cpu_mask, -nl-type: string, doc: "the worker threads' CPU mask in hex; empty: any"}
    2: {id: drbd_a_res_opts_on_no_data, -nl-type: u32, -nl-enum: drbd_on_no_data}
  drbd_a_disk_conf:
    1: {id: drbd_a_disk_conf_backing_dev, -nl-type: string, doc: "the backing block device path"}
    2: {id: drbd_a_disk_conf_meta_dev, -nl-type: string, doc: "the meta-data device path"}
    3: {id: drbd_a_disk_conf_meta_dev_idx, -nl-type: s32, doc: "the meta-data index; -1 DRBD_MD_INDEX_INTERNAL (drbd.h), -2 flexible external, -3 flexible internal"}
    4: {id: drbd_a_disk_conf_disk_size, -nl-type: u64, doc: "sectors; 0: the whole device"}
    5: {id: drbd_a_disk_conf_max_bio_bvecs, -nl-type: u32}
    6: {id: drbd_a_disk_conf_on_io_error, -nl-type: u32, -nl-enum: drbd_io_error_p}
    7: {id: drbd_a_disk_conf_fencing, -nl-type: u32, -nl-enum: drbd_fencing_p}
    8: {id: drbd_a_disk_conf_resync_rate, -nl-type: u32, doc: "KiB/s"}
    9: {id: drbd_a_disk_conf_resync_after, -nl-type: s32, doc: "the minor to resync after; -1: none"}
    10: {id: drbd_a_disk_conf_al_extents, -nl-type: u32}
    11: {id: drbd_a_disk_conf_c_plan_ahead, -nl-type: u32, doc: "0.1 s"}
    12: {id: drbd_a_disk_conf_c_delay_target, -nl-type: u32, doc: "0.1 s"}
    13: {id: drbd_a_disk_conf_c_fill_target, -nl-type: u32, doc: "sectors"}
    14: {id: drbd_a_disk_conf_c_max_rate, -nl-type: u32, doc: "KiB/s"}
    15: {id: drbd_a_disk_conf_c_min_rate, -nl-type: u32, doc: "KiB/s"}
    16: {id: drbd_a_disk_conf_disk_barrier, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    17: {id: drbd_a_disk_conf_disk_flushes, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    18: {id: drbd_a_disk_conf_disk_drain, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    19: {id: drbd_a_disk_conf_md_flushes, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    20: {id: drbd_a_disk_conf_disk_timeout, -nl-type: u32, doc: "0.1 s; 0: disabled"}
    21: {id: drbd_a_disk_conf_read_balancing, -nl-type: u32, -nl-enum: drbd_read_balancing}
    23: {id: drbd_a_disk_conf_al_updates, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    24: {id: drbd_a_disk_conf_discard_zeroes_if_aligned, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    25: {id: drbd_a_disk_conf_rs_discard_granularity, -nl-type: u32, doc: "bytes; 0: disabled"}
    26: {id: drbd_a_disk_conf_disable_write_same, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_net_conf:
    1: {id: drbd_a_net_conf_shared_secret, -nl-type: string}
    2: {id: drbd_a_net_conf_cram_hmac_alg, -nl-type: string}
    3: {id: drbd_a_net_conf_integrity_alg, -nl-type: string}
    4: {id: drbd_a_net_conf_verify_alg, -nl-type: string}
    5: {id: drbd_a_net_conf_csums_alg, -nl-type: string}
    6: {id: drbd_a_net_conf_wire_protocol, -nl-type: u32, -nl-enum: drbd_prot}
    7: {id: drbd_a_net_conf_connect_int, -nl-type: u32, doc: "seconds"}
    8: {id: drbd_a_net_conf_timeout, -nl-type: u32, doc: "0.1 s"}
    9: {id: drbd_a_net_conf_ping_int, -nl-type: u32, doc: "seconds"}
    10: {id: drbd_a_net_conf_ping_timeo, -nl-type: u32, doc: "0.1 s"}
    11: {id: drbd_a_net_conf_sndbuf_size, -nl-type: u32, doc: "bytes; 0: the kernel sizes it"}
    12: {id: drbd_a_net_conf_rcvbuf_size, -nl-type: u32, doc: "bytes; 0: the kernel sizes it"}
    13: {id: drbd_a_net_conf_ko_count, -nl-type: u32}
    14: {id: drbd_a_net_conf_max_buffers, -nl-type: u32}
    15: {id: drbd_a_net_conf_max_epoch_size, -nl-type: u32}
    16: {id: drbd_a_net_conf_unplug_watermark, -nl-type: u32}
    17: {id: drbd_a_net_conf_after_sb_0p, -nl-type: u32, -nl-enum: drbd_after_sb_p}
    18: {id: drbd_a_net_conf_after_sb_1p, -nl-type: u32, -nl-enum: drbd_after_sb_p}
    19: {id: drbd_a_net_conf_after_sb_2p, -nl-type: u32, -nl-enum: drbd_after_sb_p}
    20: {id: drbd_a_net_conf_rr_conflict, -nl-type: u32, -nl-enum: drbd_after_sb_p}
    21: {id: drbd_a_net_conf_on_congestion, -nl-type: u32, -nl-enum: drbd_on_congestion}
    22: {id: drbd_a_net_conf_cong_fill, -nl-type: u32, doc: "sectors"}
    23: {id: drbd_a_net_conf_cong_extents, -nl-type: u32}
    24: {id: drbd_a_net_conf_two_primaries, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    25: {id: drbd_a_net_conf_discard_my_data, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    26: {id: drbd_a_net_conf_tcp_cork, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    27: {id: drbd_a_net_conf_always_asbp, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    28: {id: drbd_a_net_conf_tentative, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    29: {id: drbd_a_net_conf_use_rle, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    33: {id: drbd_a_net_conf_csums_after_crash_only, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    34: {id: drbd_a_net_conf_sock_check_timeo, -nl-type: u32, doc: "0.1 s"}
  drbd_a_set_role_parms:
    1: {id: drbd_a_set_role_parms_assume_uptodate, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_resize_parms:
    1: {id: drbd_a_resize_parms_resize_size, -nl-type: u64, doc: "sectors"}
    2: {id: drbd_a_resize_parms_resize_force, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    3: {id: drbd_a_resize_parms_no_resync, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    4: {id: drbd_a_resize_parms_al_stripes, -nl-type: u32}
    5: {id: drbd_a_resize_parms_al_stripe_size, -nl-type: u32, doc: "KiB"}
  drbd_a_state_info:
    1: {id: drbd_a_state_info_sib_reason, -nl-type: u32, -nl-enum: drbd_state_info_bcast_reason}
    2: {id: drbd_a_state_info_current_state, -nl-type: u32, doc: "union drbd_state: role, peer, conn, disk, pdsk ... as bit fields"}
    3: {id: drbd_a_state_info_capacity, -nl-type: u64, doc: "sectors"}
    4: {id: drbd_a_state_info_ed_uuid, -nl-type: u64}
    5: {id: drbd_a_state_info_prev_state, -nl-type: u32, doc: "union drbd_state"}
    6: {id: drbd_a_state_info_new_state, -nl-type: u32, doc: "union drbd_state"}
    7: {id: drbd_a_state_info_uuids, -nl-type: binary, doc: "UI_SIZE (4) u64 UUIDs, indexed by enum drbd_uuid_index"}
    8: {id: drbd_a_state_info_disk_flags, -nl-type: u32}
    9: {id: drbd_a_state_info_bits_total, -nl-type: u64}
    10: {id: drbd_a_state_info_bits_oos, -nl-type: u64, doc: "bits out of sync"}
    11: {id: drbd_a_state_info_bits_rs_total, -nl-type: u64}
    12: {id: drbd_a_state_info_bits_rs_failed, -nl-type: u64}
    13: {id: drbd_a_state_info_helper, -nl-type: string, doc: "the helper program name"}
    14: {id: drbd_a_state_info_helper_exit_code, -nl-type: u32}
    15: {id: drbd_a_state_info_send_cnt, -nl-type: u64}
    16: {id: drbd_a_state_info_recv_cnt, -nl-type: u64}
    17: {id: drbd_a_state_info_read_cnt, -nl-type: u64}
    18: {id: drbd_a_state_info_writ_cnt, -nl-type: u64}
    19: {id: drbd_a_state_info_al_writ_cnt, -nl-type: u64}
    20: {id: drbd_a_state_info_bm_writ_cnt, -nl-type: u64}
    21: {id: drbd_a_state_info_ap_bio_cnt, -nl-type: u32}
    22: {id: drbd_a_state_info_ap_pending_cnt, -nl-type: u32}
    23: {id: drbd_a_state_info_rs_pending_cnt, -nl-type: u32}
  drbd_a_start_ov_parms:
    1: {id: drbd_a_start_ov_parms_ov_start_sector, -nl-type: u64}
    2: {id: drbd_a_start_ov_parms_ov_stop_sector, -nl-type: u64}
  drbd_a_new_c_uuid_parms:
    1: {id: drbd_a_new_c_uuid_parms_clear_bm, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_timeout_parms:
    1: {id: drbd_a_timeout_parms_timeout_type, -nl-type: u32, -nl-enum: drbd_timeout_flag}
  drbd_a_disconnect_parms:
    1: {id: drbd_a_disconnect_parms_force_disconnect, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_detach_parms:
    1: {id: drbd_a_detach_parms_force_detach, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_connection_info:
    1: {id: drbd_a_connection_info_conn_connection_state, -nl-type: u32, -nl-enum: drbd_conns}
    2: {id: drbd_a_connection_info_conn_role, -nl-type: u32, -nl-enum: drbd_role}
  drbd_a_peer_device_info:
    1: {id: drbd_a_peer_device_info_peer_repl_state, -nl-type: u32, -nl-enum: drbd_conns}
    2: {id: drbd_a_peer_device_info_peer_disk_state, -nl-type: u32, -nl-enum: drbd_disk_state}
    3: {id: drbd_a_peer_device_info_peer_resync_susp_user, -nl-type: u32}
    4: {id: drbd_a_peer_device_info_peer_resync_susp_peer, -nl-type: u32}
    5: {id: drbd_a_peer_device_info_peer_resync_susp_dependency, -nl-type: u32}
  drbd_a_connection_statistics:
    1: {id: drbd_a_connection_statistics_conn_congested, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_peer_device_statistics:
    1: {id: drbd_a_peer_device_statistics_peer_dev_received, -nl-type: u64, doc: "sectors"}
    2: {id: drbd_a_peer_device_statistics_peer_dev_sent, -nl-type: u64, doc: "sectors"}
    3: {id: drbd_a_peer_device_statistics_peer_dev_pending, -nl-type: u32, doc: "requests"}
    4: {id: drbd_a_peer_device_statistics_peer_dev_unacked, -nl-type: u32, doc: "requests"}
    5: {id: drbd_a_peer_device_statistics_peer_dev_out_of_sync, -nl-type: u64, doc: "sectors"}
    6: {id: drbd_a_peer_device_statistics_peer_dev_resync_failed, -nl-type: u64, doc: "sectors"}
    7: {id: drbd_a_peer_device_statistics_peer_dev_bitmap_uuid, -nl-type: u64}
    9: {id: drbd_a_peer_device_statistics_peer_dev_flags, -nl-type: u32}
  drbd_a_resource_info:
    1: {id: drbd_a_resource_info_res_role, -nl-type: u32, -nl-enum: drbd_role}
    2: {id: drbd_a_resource_info_res_susp, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    3: {id: drbd_a_resource_info_res_susp_nod, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    4: {id: drbd_a_resource_info_res_susp_fen, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
  drbd_a_device_info:
    1: {id: drbd_a_device_info_dev_disk_state, -nl-type: u32, -nl-enum: drbd_disk_state}
  drbd_a_device_statistics:
    1: {id: drbd_a_device_statistics_dev_size, -nl-type: u64, doc: sectors}
    2: {id: drbd_a_device_statistics_dev_read, -nl-type: u64, doc: sectors read}
    3: {id: drbd_a_device_statistics_dev_write, -nl-type: u64, doc: sectors written}
    4: {id: drbd_a_device_statistics_dev_al_writes, -nl-type: u64, doc: activity log updates}
    5: {id: drbd_a_device_statistics_dev_bm_writes, -nl-type: u64, doc: bitmap updates}
    6: {id: drbd_a_device_statistics_dev_upper_pending, -nl-type: u32, doc: application requests in flight}
    7: {id: drbd_a_device_statistics_dev_lower_pending, -nl-type: u32, doc: backing device requests in flight}
    8: {id: drbd_a_device_statistics_dev_upper_blocked, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    9: {id: drbd_a_device_statistics_dev_lower_blocked, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    10: {id: drbd_a_device_statistics_dev_al_suspended, -nl-type: u8, doc: "a DRBD flag: one byte, 0 or 1"}
    11: {id: drbd_a_device_statistics_dev_exposed_data_uuid, -nl-type: u64}
    12: {id: drbd_a_device_statistics_dev_current_uuid, -nl-type: u64}
    13: {id: drbd_a_device_statistics_dev_disk_flags, -nl-type: u32}
    14: {id: drbd_a_device_statistics_history_uuids, -nl-type: binary, doc: "u64 UUIDs, none for a device without disk"}
  drbd_a_resource_statistics:
    1: {id: drbd_a_resource_statistics_res_stat_write_ordering, -nl-type: u32, -nl-enum: write_ordering_e}
  drbd_a_drbd_notification_header:
    1: {id: drbd_a_drbd_notification_header_nh_type, -nl-type: u32, doc: "enum drbd_notification_type of drbd.h: 0 exists, 1 create, 2 change, 3 destroy, 4 call, 5 response; 0x8000 NOTIFY_CONTINUES: more follow"}
  drbd_a_drbd_helper_info:
    1: {id: drbd_a_drbd_helper_info_helper_name, -nl-type: string}
    2: {id: drbd_a_drbd_helper_info_helper_status, -nl-type: u32}
  drbd_genl_flags:
    0x1: drbd_genl_f_set_defaults
  drbd_on_no_data:
    0: ond_io_error
    1: ond_suspend_io
  drbd_disk_state:
    0: d_diskless
    1: d_attaching
    2: d_failed
    3: d_negotiating
    4: d_inconsistent
    5: d_outdated
    6: d_unknown
    7: d_consistent
    8: d_up_to_date
    15: d_mask
  drbd_io_error_p:
    0: ep_pass_on
    1: ep_call_helper
    2: ep_detach
  drbd_fencing_p:
    -1: fp_not_avail
    0: fp_dont_care
    1: fp_resource
    2: fp_stonith
  drbd_after_sb_p:
    0: asb_disconnect
    1: asb_discard_younger_pri
    2: asb_discard_older_pri
    3: asb_discard_zero_chg
    4: asb_discard_least_chg
    5: asb_discard_local
    6: asb_discard_remote
    7: asb_consensus
    8: asb_discard_secondary
    9: asb_call_helper
    10: asb_violently
  drbd_on_congestion:
    0: oc_block
    1: oc_pull_ahead
    2: oc_disconnect
  drbd_read_balancing:
    0: rb_prefer_local
    1: rb_prefer_remote
    2: rb_round_robin
    3: rb_least_pending
    4: rb_congested_remote
    5: rb_32k_striping
    6: rb_64k_striping
    7: rb_128k_striping
    8: rb_256k_striping
    9: rb_512k_striping
    10: rb_1m_striping
  drbd_prot:
    # DRBD_PROT_* (#defines of drbd.h), the replication protocol
    1: drbd_prot_a
    2: drbd_prot_b
    3: drbd_prot_c
  drbd_role:
    0: r_unknown
    1: r_primary
    2: r_secondary
    3: r_mask
  drbd_conns:
    0: c_standalone
    1: c_disconnecting
    2: c_unconnected
    3: c_timeout
    4: c_broken_pipe
    5: c_network_failure
    6: c_protocol_error
    7: c_tear_down
    8: c_wf_connection
    9: c_wf_report_params
    10: c_connected
    11: c_starting_sync_s
    12: c_starting_sync_t
    13: c_wf_bitmap_s
    14: c_wf_bitmap_t
    15: c_wf_sync_uuid
    16: c_sync_source
    17: c_sync_target
    18: c_verify_s
    19: c_verify_t
    20: c_paused_sync_s
    21: c_paused_sync_t
    22: c_ahead
    23: c_behind
    31: c_mask
  drbd_timeout_flag:
    0: ut_default
    1: ut_degraded
    2: ut_peer_outdated
  drbd_state_info_bcast_reason:
    1: sib_get_status_reply
    2: sib_state_change
    3: sib_helper_pre
    4: sib_helper_post
    5: sib_sync_progress
  write_ordering_e:
    0: wo_none
    1: wo_drain_io
    2: wo_bdev_flush
    3: wo_bio_barrier
