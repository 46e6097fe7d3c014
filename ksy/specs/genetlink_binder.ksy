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
doc-ref: /usr/include/linux/android/binder_netlink.h
params:
  - id: is_le
    type: bool
enums:
  binder_cmd:
    1: {id: binder_cmd_report, -nl-kind: other, -nl-group: report}
  binder_a_report:
    1: {id: binder_a_report_error, -nl-type: u32, doc: "the BR_* code returned to the sender (enum binder_driver_return_protocol)"}
    2: {id: binder_a_report_context, -nl-type: string}
    3: {id: binder_a_report_from_pid, -nl-type: u32}
    4: {id: binder_a_report_from_tid, -nl-type: u32}
    5: {id: binder_a_report_to_pid, -nl-type: u32, doc: "absent where the target could not be found"}
    6: {id: binder_a_report_to_tid, -nl-type: u32, doc: "absent where the target could not be found"}
    7: {id: binder_a_report_is_reply, -nl-type: flag}
    8: {id: binder_a_report_flags, -nl-type: u32, doc: "the transaction's flags (enum transaction_flags)"}
    9: {id: binder_a_report_code, -nl-type: u32, doc: "the application's transaction code"}
    10: {id: binder_a_report_data_size, -nl-type: u32, doc: bytes}
