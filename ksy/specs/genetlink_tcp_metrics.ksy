meta:
  id: genetlink_tcp_metrics
  title: "Generic netlink family tcp_metrics: TCP_METRICS_CMD_*, TCP_METRICS_ATTR_*, TCP_METRICS_A_METRICS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The TCP metrics cache: what the kernel remembers per destination (and source) address from closed
  connections, to start the next one with (ip tcp_metrics show/delete/flush). TCP_METRICS_CMD_GET, as a dump
  or for one address, is answered with the same command: the addresses, the entry's age, the last TIME-WAIT
  timestamp and the metrics (TCP_METRICS_ATTR_VALS, a nest whose attribute types are enum tcp_metric_index
  plus one), and TCP Fast Open's MSS, cookie and SYN drops. TCP_METRICS_CMD_DEL removes one entry, or all
  with no address.
doc-ref: /usr/include/linux/tcp_metrics.h
params:
  - id: is_le
    type: bool
enums:
  tcp_metrics_cmd:
    0: {id: tcp_metrics_cmd_unspec, -nl-kind: other}
    1: {id: tcp_metrics_cmd_get, -nl-kind: get}
    2: {id: tcp_metrics_cmd_del, -nl-kind: delete}
  tcp_metrics_attr:
    0: {id: tcp_metrics_attr_unspec, -nl-type: binary}
    1: {id: tcp_metrics_attr_addr_ipv4, -nl-type: ipv4, doc: the destination (a u32 in network order)}
    2: {id: tcp_metrics_attr_addr_ipv6, -nl-type: ipv6}
    3: {id: tcp_metrics_attr_age, -nl-type: u64, doc: milliseconds since the entry was last updated}
    4: {id: tcp_metrics_attr_tw_tsval, -nl-type: u32, doc: "the peer's last TCP timestamp value, as received"}
    5: {id: tcp_metrics_attr_tw_ts_stamp, -nl-type: s32, doc: seconds since it was received}
    6: {id: tcp_metrics_attr_vals, -nl-type: nest, -nl-nest: tcp_metrics_a_metrics}
    7: {id: tcp_metrics_attr_fopen_mss, -nl-type: u16}
    8: {id: tcp_metrics_attr_fopen_syn_drops, -nl-type: u16}
    9: {id: tcp_metrics_attr_fopen_syn_drop_ts, -nl-type: u64, doc: milliseconds since the last drop}
    10: {id: tcp_metrics_attr_fopen_cookie, -nl-type: binary}
    11: {id: tcp_metrics_attr_saddr_ipv4, -nl-type: ipv4, doc: the source (a u32 in network order)}
    12: {id: tcp_metrics_attr_saddr_ipv6, -nl-type: ipv6}
    13: {id: tcp_metrics_attr_pad, -nl-type: binary}
  tcp_metrics_a_metrics:
    # TCP_METRIC_* + 1, each a u32
    1: {id: tcp_metrics_a_metrics_rtt, -nl-type: u32, doc: milliseconds}
    2: {id: tcp_metrics_a_metrics_rttvar, -nl-type: u32, doc: milliseconds}
    3: {id: tcp_metrics_a_metrics_ssthresh, -nl-type: u32}
    4: {id: tcp_metrics_a_metrics_cwnd, -nl-type: u32}
    5: {id: tcp_metrics_a_metrics_reodering, -nl-type: u32, doc: "(sic: the header's spelling)"}
    6: {id: tcp_metrics_a_metrics_rtt_us, -nl-type: u32, doc: "microseconds, times 8 (ip tcp_metrics divides)"}
    7: {id: tcp_metrics_a_metrics_rttvar_us, -nl-type: u32, doc: "microseconds, times 4 (ip tcp_metrics divides)"}
  tcp_metric_index:
    # the kernel's own index of the metrics, one less than their attribute types
    0: tcp_metric_rtt
    1: tcp_metric_rttvar
    2: tcp_metric_ssthresh
    3: tcp_metric_cwnd
    4: tcp_metric_reordering
    5: tcp_metric_rtt_us
    6: tcp_metric_rttvar_us
