meta:
  id: genetlink_binder
  title: "Generic netlink family binder: BINDER_CMD_*, BINDER_A_REPORT_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Reports of failed Android binder transactions (binder_linux, Linux 7.2 headers). The family has one command,
  BINDER_CMD_REPORT, a notification the kernel sends to group "report" when a transaction fails: the error the
  sender was returned (a BR_* code such as BR_DEAD_REPLY or BR_FAILED_REPLY), the binder context (the device's
  name), the sending and receiving process and thread, whether it was a reply, the transaction's flags and code and
  its payload's size. The family takes no requests (a BINDER_CMD_REPORT request is refused with EOPNOTSUPP). The
  value types are those of the family's YNL spec the header is generated from.
doc-ref: /usr/include/linux/android/binder_netlink.h, /usr/include/linux/android/binder.h
params:
  - id: is_le
    type: bool
enums:
  binder_cmd:
    1: {id: binder_cmd_report, -nl-kind: other, -nl-group: report}
  binder_a_report:
    1: {id: binder_a_report_error, -nl-type: u32, -nl-enum: binder_driver_return_protocol, doc: "the BR_* code returned to the sender"}
    2: {id: binder_a_report_context, -nl-type: string}
    3: {id: binder_a_report_from_pid, -nl-type: u32}
    4: {id: binder_a_report_from_tid, -nl-type: u32}
    5: {id: binder_a_report_to_pid, -nl-type: u32, doc: "absent where the target could not be found"}
    6: {id: binder_a_report_to_tid, -nl-type: u32, doc: "absent where the target could not be found"}
    7: {id: binder_a_report_is_reply, -nl-type: flag}
    8: {id: binder_a_report_flags, -nl-type: u32, -nl-flags: transaction_flags, doc: "the transaction's flags"}
    9: {id: binder_a_report_code, -nl-type: u32, doc: "the application's transaction code"}
    10: {id: binder_a_report_data_size, -nl-type: u32, doc: bytes}
  binder_driver_return_protocol:
    # linux/android/binder.h, in header order: _IO('r', N) is 0x7200 + N; _IOR('r', N, T) adds 0x80000000 and
    # sizeof(T) << 16 (64-bit binder_uintptr_t: struct binder_transaction_data 64 bytes, _secctx 72,
    # binder_ptr_cookie 16, binder_pri_ptr_cookie 24, binder_frozen_state_info 16). A report carries the error
    # returns (BR_DEAD_REPLY, BR_FAILED_REPLY, BR_FROZEN_REPLY ...)
    0x80047200: br_error
    0x7201: br_ok
    0x80487202: br_transaction_sec_ctx
    0x80407202: br_transaction
    0x80407203: br_reply
    0x80047204: br_acquire_result
    0x7205: br_dead_reply
    0x7206: br_transaction_complete
    0x80107207: br_increfs
    0x80107208: br_acquire
    0x80107209: br_release
    0x8010720a: br_decrefs
    0x8018720b: br_attempt_acquire
    0x720c: br_noop
    0x720d: br_spawn_looper
    0x720e: br_finished
    0x8008720f: br_dead_binder
    0x80087210: br_clear_death_notification_done
    0x7211: br_failed_reply
    0x7212: br_frozen_reply
    0x7213: br_oneway_spam_suspect
    0x7214: br_transaction_pending_frozen
    0x80107215: br_frozen_binder
    0x80087216: br_clear_freeze_notification_done
  transaction_flags:
    0x01: tf_one_way
    0x04: tf_root_object
    0x08: tf_status_code
    0x10: tf_accept_fds
    0x20: tf_clear_buf
    0x40: tf_update_txn
