meta:
  id: audit_message
  title: NETLINK_AUDIT message types and structs
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The kernel audit subsystem (kernel/audit.c) and its daemon (auditd, auditctl). Requests
  1000..1099 carry structs (-nl-fixed-header): struct audit_status for AUDIT_GET replies and
  AUDIT_SET, struct audit_rule_data (a fixed part then buflen bytes of string fields, shown as
  bytes) for AUDIT_ADD_RULE, AUDIT_DEL_RULE and AUDIT_LIST_RULES replies. Event records (1100
  and up: userspace messages AUDIT_FIRST_USER_MSG..AUDIT_LAST_USER_MSG and
  AUDIT_FIRST_USER_MSG2..AUDIT_LAST_USER_MSG2, kernel records such as AUDIT_SYSCALL) are text,
  "audit(SECONDS.MILLIS:SERIAL): key=value ..." from the kernel (-nl-text: true).
  Types in the user ranges that the header does not name are shown as AUDIT_USER_MSG_<n>.
doc-ref: /usr/include/linux/audit.h
params:
  - id: is_le
    type: bool
types:
  audit_status:
    doc: struct audit_status
    seq:
      - {id: mask, type: u4, -nl-flags: audit_status_mask}
      - {id: enabled, type: u4, -nl-enum: audit_enabled}
      - {id: failure, type: u4, -nl-enum: audit_fail}
      - {id: pid, type: u4}
      - {id: rate_limit, type: u4}
      - {id: backlog_limit, type: u4}
      - {id: lost, type: u4}
      - {id: backlog, type: u4}
      - {id: feature_bitmap, type: u4, -nl-flags: audit_feature_bitmap, doc: "union with the deprecated version"}
      - {id: backlog_wait_time, type: u4}
      - {id: backlog_wait_time_actual, type: u4}
  audit_rule_data:
    doc: struct audit_rule_data without its buf[] (buflen bytes that follow)
    seq:
      - {id: flags, type: u4, -nl-enum: audit_filter}
      - {id: action, type: u4, -nl-enum: audit_action}
      - {id: field_count, type: u4}
      - {id: mask, size: 256, doc: "u32 mask[AUDIT_BITMASK_SIZE]: bit N is syscall N"}
      - {id: fields, size: 256, -nl-entry-type: u32, -nl-count: field_count, -nl-enum: audit_rule_field, doc: "u32 fields[AUDIT_MAX_FIELDS]: the rule's field ids"}
      - {id: values, size: 256, -nl-entry-type: u32, -nl-count: field_count, doc: "u32 values[AUDIT_MAX_FIELDS]: a number, or a string's length in buf"}
      - {id: fieldflags, size: 256, -nl-entry-type: u32, -nl-count: field_count, -nl-enum: audit_operator, doc: "u32 fieldflags[AUDIT_MAX_FIELDS]: each field's operator"}
      - {id: buflen, type: u4}
  audit_sig_info:
    doc: struct audit_sig_info without its ctx[] (the security context as text)
    seq:
      - {id: uid, type: u4}
      - {id: pid, type: u4}
  audit_tty_status:
    doc: struct audit_tty_status
    seq:
      - {id: enabled, type: u4, -nl-enum: audit_enabled}
      - {id: log_passwd, type: u4}
  audit_features:
    doc: struct audit_features
    seq:
      - {id: vers, type: u4}
      - {id: mask, type: u4, -nl-flags: audit_feature}
      - {id: features, type: u4, -nl-flags: audit_feature}
      - {id: lock, type: u4, -nl-flags: audit_feature}
enums:
  multicast_groups:
    # enum audit_nlgrps (linux/audit.h). The kernel queues every record it logs (its own event
    # records, and the AUDIT_USER / user-range messages it relays from userspace through
    # audit_log_user_recv_msg) and kauditd_thread hands each one to
    # kauditd_send_multicast_skb, which sends a copy to AUDIT_NLGRP_READLOG (nlmsg_multicast,
    # kernel/audit.c) besides the unicast to auditd. -nl-group marks those record types. The
    # AUDIT_DAEMON_* types get none: audit_netlink_ok refuses them (-EINVAL), so the kernel
    # logs none. The user-range types without an entry here (the dissector names them
    # AUDIT_USER_MSG_<n> from audit_user_ranges) get no group either, as they have no entry.
    0: audit_nlgrp_none
    1: audit_nlgrp_readlog
  audit_msg_type:
    # -nl-after-header: what follows the fixed header (rule-buf: buflen bytes; text: a string)
    1000: {id: audit_get, -nl-kind: get, -nl-fixed-header: audit_status}
    1001: {id: audit_set, -nl-kind: other, -nl-fixed-header: audit_status}
    1002: {id: audit_list, -nl-kind: get}
    1003: {id: audit_add, -nl-kind: new}
    1004: {id: audit_del, -nl-kind: delete}
    1005: {id: audit_user, -nl-kind: other, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1006: {id: audit_login, -nl-kind: other, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1007: {id: audit_watch_ins, -nl-kind: new}
    1008: {id: audit_watch_rem, -nl-kind: delete}
    1009: {id: audit_watch_list, -nl-kind: get}
    1010: {id: audit_signal_info, -nl-kind: get, -nl-fixed-header: audit_sig_info, -nl-after-header: text}
    1011: {id: audit_add_rule, -nl-kind: new, -nl-fixed-header: audit_rule_data, -nl-after-header: rule-buf}
    1012: {id: audit_del_rule, -nl-kind: delete, -nl-fixed-header: audit_rule_data, -nl-after-header: rule-buf}
    1013: {id: audit_list_rules, -nl-kind: get, -nl-fixed-header: audit_rule_data, -nl-after-header: rule-buf}
    1014: {id: audit_trim, -nl-kind: other}
    1015: {id: audit_make_equiv, -nl-kind: other}
    1016: {id: audit_tty_get, -nl-kind: get, -nl-fixed-header: audit_tty_status}
    1017: {id: audit_tty_set, -nl-kind: other, -nl-fixed-header: audit_tty_status}
    1018: {id: audit_set_feature, -nl-kind: other, -nl-fixed-header: audit_features}
    1019: {id: audit_get_feature, -nl-kind: get, -nl-fixed-header: audit_features}
    1100: {id: audit_first_user_msg, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1107: {id: audit_user_avc, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1124: {id: audit_user_tty, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1199: {id: audit_last_user_msg, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1200: {id: audit_daemon_start, -nl-text: true}
    1201: {id: audit_daemon_end, -nl-text: true}
    1202: {id: audit_daemon_abort, -nl-text: true}
    1203: {id: audit_daemon_config, -nl-text: true}
    1300: {id: audit_syscall, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1302: {id: audit_path, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1303: {id: audit_ipc, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1304: {id: audit_socketcall, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1305: {id: audit_config_change, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1306: {id: audit_sockaddr, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1307: {id: audit_cwd, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1309: {id: audit_execve, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1311: {id: audit_ipc_set_perm, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1312: {id: audit_mq_open, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1313: {id: audit_mq_sendrecv, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1314: {id: audit_mq_notify, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1315: {id: audit_mq_getsetattr, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1316: {id: audit_kernel_other, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1317: {id: audit_fd_pair, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1318: {id: audit_obj_pid, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1319: {id: audit_tty, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1320: {id: audit_eoe, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1321: {id: audit_bprm_fcaps, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1322: {id: audit_capset, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1323: {id: audit_mmap, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1324: {id: audit_netfilter_pkt, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1325: {id: audit_netfilter_cfg, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1326: {id: audit_seccomp, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1327: {id: audit_proctitle, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1328: {id: audit_feature_change, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1329: {id: audit_replace, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1330: {id: audit_kern_module, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1331: {id: audit_fanotify, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1332: {id: audit_time_injoffset, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1333: {id: audit_time_adjntpval, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1334: {id: audit_bpf, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1335: {id: audit_event_listener, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1336: {id: audit_uringop, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1337: {id: audit_openat2, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1338: {id: audit_dm_ctrl, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1339: {id: audit_dm_event, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1400: {id: audit_avc, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1401: {id: audit_selinux_err, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1402: {id: audit_avc_path, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1403: {id: audit_mac_policy_load, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1404: {id: audit_mac_status, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1405: {id: audit_mac_config_change, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1406: {id: audit_mac_unlbl_allow, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1407: {id: audit_mac_cipsov4_add, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1408: {id: audit_mac_cipsov4_del, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1409: {id: audit_mac_map_add, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1410: {id: audit_mac_map_del, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1411: {id: audit_mac_ipsec_addsa, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1412: {id: audit_mac_ipsec_delsa, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1413: {id: audit_mac_ipsec_addspd, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1414: {id: audit_mac_ipsec_delspd, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1415: {id: audit_mac_ipsec_event, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1416: {id: audit_mac_unlbl_stcadd, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1417: {id: audit_mac_unlbl_stcdel, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1418: {id: audit_mac_calipso_add, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1419: {id: audit_mac_calipso_del, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1420: {id: audit_ipe_access, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1421: {id: audit_ipe_config_change, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1422: {id: audit_ipe_policy_load, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1423: {id: audit_landlock_access, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1424: {id: audit_landlock_domain, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1425: {id: audit_mac_task_contexts, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1426: {id: audit_mac_obj_contexts, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1700: {id: audit_anom_promiscuous, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1701: {id: audit_anom_abend, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1702: {id: audit_anom_link, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1703: {id: audit_anom_creat, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1799: {id: audit_last_kern_anom_msg, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1800: {id: audit_integrity_data, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1801: {id: audit_integrity_metadata, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1802: {id: audit_integrity_status, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1803: {id: audit_integrity_hash, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1804: {id: audit_integrity_pcr, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1805: {id: audit_integrity_rule, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1806: {id: audit_integrity_evm_xattr, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1807: {id: audit_integrity_policy_rule, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    1808: {id: audit_integrity_userspace, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    2000: {id: audit_kernel, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    2100: {id: audit_first_user_msg2, -nl-text: true, -nl-group: audit_nlgrp_readlog}
    2999: {id: audit_last_user_msg2, -nl-text: true, -nl-group: audit_nlgrp_readlog}
  audit_user_ranges:
    # [first, last] ranges of userspace message types (text), named AUDIT_USER_MSG_<n> when unnamed
    1100: {id: audit_first_user_msg, -nl-last: 1199}
    2100: {id: audit_first_user_msg2, -nl-last: 2999}
  audit_status_mask:
    0x0001: audit_status_enabled
    0x0002: audit_status_failure
    0x0004: audit_status_pid
    0x0008: audit_status_rate_limit
    0x0010: audit_status_backlog_limit
    0x0020: audit_status_backlog_wait_time
    0x0040: audit_status_lost
    0x0080: audit_status_backlog_wait_time_actual
  audit_feature_bitmap:
    0x0001: audit_feature_bitmap_backlog_limit
    0x0002: audit_feature_bitmap_backlog_wait_time
    0x0004: audit_feature_bitmap_executable_path
    0x0008: audit_feature_bitmap_exclude_extend
    0x0010: audit_feature_bitmap_sessionid_filter
    0x0020: audit_feature_bitmap_lost_reset
    0x0040: audit_feature_bitmap_filter_fs
  audit_feature:
    0x1: audit_feature_only_unset_loginuid
    0x2: audit_feature_loginuid_immutable
  audit_enabled:
    0: disabled
    1: enabled
    2: locked
  audit_fail:
    0: audit_fail_silent
    1: audit_fail_printk
    2: audit_fail_panic
  audit_filter:
    0x00: audit_filter_user
    0x01: audit_filter_task
    0x02: audit_filter_entry
    0x03: audit_filter_watch
    0x04: audit_filter_exit
    0x05: audit_filter_exclude
    0x06: audit_filter_fs
    0x07: audit_filter_uring_exit
  audit_action:
    0: audit_never
    1: audit_possible
    2: audit_always
  audit_rule_field:
    # linux/audit.h "Rule fields": what each entry of audit_rule_data's fields[] compares
    0: audit_pid
    1: audit_uid
    2: audit_euid
    3: audit_suid
    4: audit_fsuid
    5: audit_gid
    6: audit_egid
    7: audit_sgid
    8: audit_fsgid
    9: audit_loginuid
    10: audit_pers
    11: audit_arch
    12: audit_msgtype
    13: audit_subj_user
    14: audit_subj_role
    15: audit_subj_type
    16: audit_subj_sen
    17: audit_subj_clr
    18: audit_ppid
    19: audit_obj_user
    20: audit_obj_role
    21: audit_obj_type
    22: audit_obj_lev_low
    23: audit_obj_lev_high
    24: audit_loginuid_set
    25: audit_sessionid
    26: audit_fstype
    100: audit_devmajor
    101: audit_devminor
    102: audit_inode
    103: audit_exit
    104: audit_success
    105: audit_watch
    106: audit_perm
    107: audit_dir
    108: audit_filetype
    109: audit_obj_uid
    110: audit_obj_gid
    111: audit_field_compare
    112: audit_exe
    113: audit_saddr_fam
    200: audit_arg0
    201: audit_arg1
    202: audit_arg2
    203: audit_arg3
    210: audit_filterkey
  audit_operator:
    # linux/audit.h: the operator of a rule field (fieldflags[]); AUDIT_OPERATORS is their mask
    0x08000000: audit_bit_mask
    0x10000000: audit_less_than
    0x20000000: audit_greater_than
    0x30000000: audit_not_equal
    0x40000000: audit_equal
    0x48000000: audit_bit_test
    0x50000000: audit_less_than_or_equal
    0x60000000: audit_greater_than_or_equal
