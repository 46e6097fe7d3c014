meta:
  id: connector_message
  title: NETLINK_CONNECTOR messages (struct cn_msg) and the process events connector
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The kernel connector (drivers/connector/connector.c) wraps every message in struct cn_msg
  after nlmsghdr; nlmsg_type is NLMSG_DONE (3) both ways (cn_netlink_send_mult and the
  documented userspace side), so the protocol's dissector decodes that control type itself.
  cb_id (idx, val) names the connector user; for CN_IDX_PROC/CN_VAL_PROC
  (drivers/connector/cn_proc.c) the data is a u32 enum proc_cn_mcast_op from userspace
  (PROC_CN_MCAST_LISTEN / IGNORE) or a struct proc_event from the kernel: the header below,
  then the member of event_data that `what` selects (enum proc_event_what, -nl-struct).
doc-ref: /usr/include/linux/connector.h, /usr/include/linux/cn_proc.h
params:
  - id: is_le
    type: bool
types:
  cn_msg:
    doc: struct cn_msg (struct cb_id id is flattened to idx, val), without data[len]
    seq:
      - {id: idx, type: u4, -nl-enum: cn_idx}
      - {id: val, type: u4}
      - {id: seq, type: u4}
      - {id: ack, type: u4}
      - {id: len, type: u2}
      - {id: flags, type: u2}
  proc_cn_mcast:
    doc: the u32 enum proc_cn_mcast_op that a listener sends
    seq:
      - {id: mcast_op, type: u4, -nl-enum: proc_cn_mcast_op}
  proc_event_header:
    doc: struct proc_event up to event_data (timestamp_ns is 8-aligned, which it already is)
    seq:
      - {id: what, type: u4, -nl-enum: proc_event_what}
      - {id: cpu, type: u4}
      - {id: timestamp_ns, type: u8}
  ack_proc_event:
    seq:
      - {id: err, type: u4}
  fork_proc_event:
    seq:
      - {id: parent_pid, type: s4}
      - {id: parent_tgid, type: s4}
      - {id: child_pid, type: s4}
      - {id: child_tgid, type: s4}
  exec_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
  uid_proc_event:
    doc: struct id_proc_event for PROC_EVENT_UID
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: ruid, type: u4}
      - {id: euid, type: u4}
  gid_proc_event:
    doc: struct id_proc_event for PROC_EVENT_GID
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: rgid, type: u4}
      - {id: egid, type: u4}
  sid_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
  ptrace_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: tracer_pid, type: s4}
      - {id: tracer_tgid, type: s4}
  comm_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: comm, size: 16, -nl-type: string}
  coredump_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: parent_pid, type: s4}
      - {id: parent_tgid, type: s4}
  exit_proc_event:
    seq:
      - {id: process_pid, type: s4}
      - {id: process_tgid, type: s4}
      - {id: exit_code, type: u4}
      - {id: exit_signal, type: u4}
      - {id: parent_pid, type: s4}
      - {id: parent_tgid, type: s4}
enums:
  cn_idx:
    # -nl-val: the val of the same user (CN_VAL_*)
    0x1: {id: cn_idx_proc, -nl-val: 1}
    0x2: {id: cn_idx_cifs, -nl-val: 1}
    0x3: {id: cn_w1_idx, -nl-val: 1}
    0x4: {id: cn_idx_v86d, -nl-val: 1}
    0x5: cn_idx_bb
    0x6: {id: cn_dst_idx, -nl-val: 1}
    0x7: {id: cn_idx_dm, -nl-val: 1}
    0x8: {id: cn_idx_drbd, -nl-val: 1}
    0x9: {id: cn_kvp_idx, -nl-val: 1}
    0xa: {id: cn_vss_idx, -nl-val: 1}
  proc_cn_mcast_op:
    1: proc_cn_mcast_listen
    2: proc_cn_mcast_ignore
  proc_event_what:
    # -nl-struct: the member of event_data this event fills
    0x00000000: {id: proc_event_none, -nl-struct: ack_proc_event}
    0x00000001: {id: proc_event_fork, -nl-struct: fork_proc_event}
    0x00000002: {id: proc_event_exec, -nl-struct: exec_proc_event}
    0x00000004: {id: proc_event_uid, -nl-struct: uid_proc_event}
    0x00000040: {id: proc_event_gid, -nl-struct: gid_proc_event}
    0x00000080: {id: proc_event_sid, -nl-struct: sid_proc_event}
    0x00000100: {id: proc_event_ptrace, -nl-struct: ptrace_proc_event}
    0x00000200: {id: proc_event_comm, -nl-struct: comm_proc_event}
    0x20000000: {id: proc_event_nonzero_exit, -nl-struct: exit_proc_event, doc: "a process that dies with a non-zero exit status (cn_proc.h, 7.2); a listener selects it in struct proc_input's event_type"}
    0x40000000: {id: proc_event_coredump, -nl-struct: coredump_proc_event}
    0x80000000: {id: proc_event_exit, -nl-struct: exit_proc_event}
