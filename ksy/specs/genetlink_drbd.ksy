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
  the kernel sends to group "events", each with a DRBD_NLA_NOTIFICATION_HEADER. The header gives no value types;
  this spec states the sets whose types the captures show by their lengths (the configuration context, the
  resource's options, info and statistics, the device's info and statistics, the notification header) and two whose
  names leave no doubt (the reply's text; the helper's name and exit status); the other nests (disk_conf, net_conf,
  state_info, connection and peer device sets ...) are not described here.
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
    3: {id: drbd_nla_disk_conf, -nl-type: binary, doc: "a nest of DRBD_A_DISK_CONF_* (not described here)"}
    4: {id: drbd_nla_resource_opts, -nl-type: nest, -nl-nest: drbd_a_res_opts}
    5: {id: drbd_nla_net_conf, -nl-type: binary, doc: "a nest of DRBD_A_NET_CONF_* (not described here)"}
    6: {id: drbd_nla_set_role_parms, -nl-type: binary, doc: "a nest of DRBD_A_SET_ROLE_PARMS_* (not described here)"}
    7: {id: drbd_nla_resize_parms, -nl-type: binary, doc: "a nest of DRBD_A_RESIZE_PARMS_* (not described here)"}
    8: {id: drbd_nla_state_info, -nl-type: binary, doc: "a nest of DRBD_A_STATE_INFO_* (not described here)"}
    9: {id: drbd_nla_start_ov_parms, -nl-type: binary, doc: "a nest of DRBD_A_START_OV_PARMS_* (not described here)"}
    10: {id: drbd_nla_new_c_uuid_parms, -nl-type: binary, doc: "a nest of DRBD_A_NEW_C_UUID_PARMS_* (not described here)"}
    11: {id: drbd_nla_timeout_parms, -nl-type: binary, doc: "a nest of DRBD_A_TIMEOUT_PARMS_* (not described here)"}
    12: {id: drbd_nla_disconnect_parms, -nl-type: binary, doc: "a nest of DRBD_A_DISCONNECT_PARMS_* (not described here)"}
    13: {id: drbd_nla_detach_parms, -nl-type: binary, doc: "a nest of DRBD_A_DETACH_PARMS_* (not described here)"}
    15: {id: drbd_nla_resource_info, -nl-type: nest, -nl-nest: drbd_a_resource_info}
    16: {id: drbd_nla_device_info, -nl-type: nest, -nl-nest: drbd_a_device_info}
    17: {id: drbd_nla_connection_info, -nl-type: binary, doc: "a nest of DRBD_A_CONNECTION_INFO_* (not described here)"}
    18: {id: drbd_nla_peer_device_info, -nl-type: binary, doc: "a nest of DRBD_A_PEER_DEVICE_INFO_* (not described here)"}
    19: {id: drbd_nla_resource_statistics, -nl-type: nest, -nl-nest: drbd_a_resource_statistics}
    20: {id: drbd_nla_device_statistics, -nl-type: nest, -nl-nest: drbd_a_device_statistics}
    21: {id: drbd_nla_connection_statistics, -nl-type: binary, doc: "a nest of DRBD_A_CONNECTION_STATISTICS_* (not described here)"}
    22: {id: drbd_nla_peer_device_statistics, -nl-type: binary, doc: "a nest of DRBD_A_PEER_DEVICE_STATISTICS_* (not described here)"}
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
  drbd_a_resource_info:
    1: {id: drbd_a_resource_info_res_role, -nl-type: u32, doc: "enum drbd_role of drbd.h: 1 primary, 2 secondary"}
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
    1: {id: drbd_a_resource_statistics_res_stat_write_ordering, -nl-type: u32, doc: "enum write_ordering_e"}
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
