meta:
  id: genetlink_taskstats
  title: "Generic netlink family TASKSTATS: TASKSTATS_CMD_*, TASKSTATS_CMD_ATTR_*, TASKSTATS_TYPE_*, struct taskstats; CGROUPSTATS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Per-task delay and accounting statistics. A request (TASKSTATS_CMD_GET, as `getdelays -p PID`
  sends) names a task by TASKSTATS_CMD_ATTR_PID or _TGID, or registers a CPU mask (a string
  such as "0-3") to receive exit statistics. The kernel answers, and reports exits, with
  TASKSTATS_CMD_NEW: a TASKSTATS_TYPE_AGGR_PID (or _AGGR_TGID) nest holding the id and
  TASKSTATS_TYPE_STATS, a struct taskstats. The struct is versioned (its first field); this
  spec lays out version 13 (TASKSTATS_VERSION of the header), 416 bytes with the padding the
  aligned(8) members leave. A shorter value (an older kernel) shows as malformed; a longer one
  (a newer kernel) shows the version-13 fields and ignores the rest.
  The same family carries cgroup statistics (cgroupstats.h): CGROUPSTATS_CMD_GET with the
  cgroup directory's file descriptor, answered by CGROUPSTATS_CMD_NEW with struct cgroupstats.
doc-ref: /usr/include/linux/taskstats.h, /usr/include/linux/cgroupstats.h, /usr/include/linux/acct.h
params:
  - id: is_le
    type: bool
types:
  taskstats:
    doc: "struct taskstats, version 13 (taskstats.h); pad_* fields are the compiler's alignment holes"
    seq:
      - {id: version, type: u2}
      - {id: pad_version, size: 2, doc: "alignment padding (offset 2)"}
      - {id: ac_exitcode, type: u4}
      - {id: ac_flag, type: u1, -nl-flags: acct_flag}
      - {id: ac_nice, type: u1}
      - {id: pad_ac_nice, size: 6, doc: "alignment padding (offset 10)"}
      - {id: cpu_count, type: u8}
      - {id: cpu_delay_total, type: u8}
      - {id: blkio_count, type: u8}
      - {id: blkio_delay_total, type: u8}
      - {id: swapin_count, type: u8}
      - {id: swapin_delay_total, type: u8}
      - {id: cpu_run_real_total, type: u8}
      - {id: cpu_run_virtual_total, type: u8}
      - {id: ac_comm, size: 32, -nl-type: string}
      - {id: ac_sched, type: u1}
      - {id: ac_pad, size: 3}
      - {id: pad_ac_pad, size: 4, doc: "alignment padding (offset 116)"}
      - {id: ac_uid, type: u4}
      - {id: ac_gid, type: u4}
      - {id: ac_pid, type: u4}
      - {id: ac_ppid, type: u4}
      - {id: ac_btime, type: u4}
      - {id: pad_ac_btime, size: 4, doc: "alignment padding (offset 140)"}
      - {id: ac_etime, type: u8}
      - {id: ac_utime, type: u8}
      - {id: ac_stime, type: u8}
      - {id: ac_minflt, type: u8}
      - {id: ac_majflt, type: u8}
      - {id: coremem, type: u8}
      - {id: virtmem, type: u8}
      - {id: hiwater_rss, type: u8}
      - {id: hiwater_vm, type: u8}
      - {id: read_char, type: u8}
      - {id: write_char, type: u8}
      - {id: read_syscalls, type: u8}
      - {id: write_syscalls, type: u8}
      - {id: read_bytes, type: u8}
      - {id: write_bytes, type: u8}
      - {id: cancelled_write_bytes, type: u8}
      - {id: nvcsw, type: u8}
      - {id: nivcsw, type: u8}
      - {id: ac_utimescaled, type: u8}
      - {id: ac_stimescaled, type: u8}
      - {id: cpu_scaled_run_real_total, type: u8}
      - {id: freepages_count, type: u8}
      - {id: freepages_delay_total, type: u8}
      - {id: thrashing_count, type: u8}
      - {id: thrashing_delay_total, type: u8}
      - {id: ac_btime64, type: u8}
      - {id: compact_count, type: u8}
      - {id: compact_delay_total, type: u8}
      - {id: ac_tgid, type: u4}
      - {id: pad_ac_tgid, size: 4, doc: "alignment padding (offset 372)"}
      - {id: ac_tgetime, type: u8}
      - {id: ac_exe_dev, type: u8}
      - {id: ac_exe_inode, type: u8}
      - {id: wpcopy_count, type: u8}
      - {id: wpcopy_delay_total, type: u8}
  cgroupstats:
    doc: "struct cgroupstats (cgroupstats.h)"
    seq:
      - {id: nr_sleeping, type: u8}
      - {id: nr_running, type: u8}
      - {id: nr_stopped, type: u8}
      - {id: nr_uninterruptible, type: u8}
      - {id: nr_io_wait, type: u8}
enums:
  taskstats_cmd:
    # The kernel answers TASKSTATS_CMD_GET with TASKSTATS_CMD_NEW (the same command as exit
    # reports); CGROUPSTATS_CMD_* continue the numbering (CGROUPSTATS_CMD_UNSPEC = __TASKSTATS_CMD_MAX).
    0: {id: taskstats_cmd_unspec, -nl-kind: other}
    1: {id: taskstats_cmd_get, -nl-kind: get, -nl-attrs: taskstats_cmd_attr}
    2: {id: taskstats_cmd_new, -nl-kind: new, -nl-attrs: taskstats_type}
    3: {id: cgroupstats_cmd_unspec, -nl-kind: other}
    4: {id: cgroupstats_cmd_get, -nl-kind: get, -nl-attrs: cgroupstats_cmd_attr}
    5: {id: cgroupstats_cmd_new, -nl-kind: new, -nl-attrs: cgroupstats_type}
  acct_flag:
    # ac_flag bits (acct.h)
    0x01: afork
    0x02: asu
    0x04: acompat
    0x08: acore
    0x10: axsig
    0x20: agroup
  taskstats_cmd_attr:
    0: {id: taskstats_cmd_attr_unspec, -nl-type: binary}
    1: {id: taskstats_cmd_attr_pid, -nl-type: u32}
    2: {id: taskstats_cmd_attr_tgid, -nl-type: u32}
    3: {id: taskstats_cmd_attr_register_cpumask, -nl-type: string}
    4: {id: taskstats_cmd_attr_deregister_cpumask, -nl-type: string}
  taskstats_type:
    0: {id: taskstats_type_unspec, -nl-type: binary}
    1: {id: taskstats_type_pid, -nl-type: u32}
    2: {id: taskstats_type_tgid, -nl-type: u32}
    3: {id: taskstats_type_stats, -nl-type: struct, -nl-struct: taskstats}
    4: {id: taskstats_type_aggr_pid, -nl-type: nest, -nl-nest: taskstats_type, doc: "contains pid + stats"}
    5: {id: taskstats_type_aggr_tgid, -nl-type: nest, -nl-nest: taskstats_type, doc: "contains tgid + stats"}
    6: {id: taskstats_type_null, -nl-type: binary, doc: "contains nothing (keeps the stats 8-byte aligned)"}
  cgroupstats_cmd_attr:
    0: {id: cgroupstats_cmd_attr_unspec, -nl-type: binary}
    1: {id: cgroupstats_cmd_attr_fd, -nl-type: u32}
  cgroupstats_type:
    0: {id: cgroupstats_type_unspec, -nl-type: binary}
    1: {id: cgroupstats_type_cgroup_stats, -nl-type: struct, -nl-struct: cgroupstats}
