meta:
  id: genetlink_netdev
  title: "Generic netlink family netdev: NETDEV_CMD_*, NETDEV_A_DEV_*, NETDEV_A_PAGE_POOL_*, NETDEV_A_QUEUE_*, NETDEV_A_NAPI_*, NETDEV_A_QSTATS_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Network device features the rtnetlink link messages do not carry (Linux 7.2 headers). NETDEV_CMD_DEV_GET
  answers, per device, the XDP actions and XDP/AF_XDP metadata it supports; PAGE_POOL_GET and
  PAGE_POOL_STATS_GET the page pools of the receive queues; QUEUE_GET each RX and TX queue (and its NAPI
  instance); NAPI_GET each NAPI instance (IRQ, thread, busy-poll settings); QSTATS_GET the per-queue or
  per-device statistics of a driver that keeps them. The kernel answers with the request's command, and
  notifies device changes (DEV_*_NTF, group "mgmt") and page pool changes (PAGE_POOL_*_NTF, group "page-pool").
  Its dump answers carry no NLM_F_MULTI (genlmsg_iput), only the NLMSG_DONE at the end.
  The value types are those of the family's YNL spec the header is generated from (uint: 32 or 64 bits).
doc-ref: /usr/include/linux/netdev.h
params:
  - id: is_le
    type: bool
enums:
  netdev_cmd:
    # -nl-group: "mgmt" (NETDEV_MCGRP_MGMT) for the DEV_*_NTF, "page-pool" (NETDEV_MCGRP_PAGE_POOL) for the
    # PAGE_POOL_*_NTF notifications
    1: {id: netdev_cmd_dev_get, -nl-kind: get, -nl-attrs: netdev_a_dev}
    2: {id: netdev_cmd_dev_add_ntf, -nl-kind: other, -nl-attrs: netdev_a_dev, -nl-group: mgmt}
    3: {id: netdev_cmd_dev_del_ntf, -nl-kind: other, -nl-attrs: netdev_a_dev, -nl-group: mgmt}
    4: {id: netdev_cmd_dev_change_ntf, -nl-kind: other, -nl-attrs: netdev_a_dev, -nl-group: mgmt}
    5: {id: netdev_cmd_page_pool_get, -nl-kind: get, -nl-attrs: netdev_a_page_pool}
    6: {id: netdev_cmd_page_pool_add_ntf, -nl-kind: other, -nl-attrs: netdev_a_page_pool, -nl-group: page-pool}
    7: {id: netdev_cmd_page_pool_del_ntf, -nl-kind: other, -nl-attrs: netdev_a_page_pool, -nl-group: page-pool}
    8: {id: netdev_cmd_page_pool_change_ntf, -nl-kind: other, -nl-attrs: netdev_a_page_pool, -nl-group: page-pool}
    9: {id: netdev_cmd_page_pool_stats_get, -nl-kind: get, -nl-attrs: netdev_a_page_pool_stats}
    10: {id: netdev_cmd_queue_get, -nl-kind: get, -nl-attrs: netdev_a_queue}
    11: {id: netdev_cmd_napi_get, -nl-kind: get, -nl-attrs: netdev_a_napi}
    12: {id: netdev_cmd_qstats_get, -nl-kind: get, -nl-attrs: netdev_a_qstats}
    13: {id: netdev_cmd_bind_rx, -nl-kind: new, -nl-attrs: netdev_a_dmabuf, doc: "binds a dma-buf to RX queues; answered with NETDEV_A_DMABUF_ID"}
    14: {id: netdev_cmd_napi_set, -nl-kind: new, -nl-attrs: netdev_a_napi}
    15: {id: netdev_cmd_bind_tx, -nl-kind: new, -nl-attrs: netdev_a_dmabuf}
    16: {id: netdev_cmd_queue_create, -nl-kind: new, -nl-attrs: netdev_a_queue}
  netdev_a_dev:
    1: {id: netdev_a_dev_ifindex, -nl-type: u32}
    2: {id: netdev_a_dev_pad, -nl-type: binary}
    3: {id: netdev_a_dev_xdp_features, -nl-type: u64, -nl-flags: netdev_xdp_act}
    4: {id: netdev_a_dev_xdp_zc_max_segs, -nl-type: u32, doc: "the most fragments an AF_XDP zero-copy frame may have"}
    5: {id: netdev_a_dev_xdp_rx_metadata_features, -nl-type: u64, -nl-flags: netdev_xdp_rx_metadata}
    6: {id: netdev_a_dev_xsk_features, -nl-type: u64, -nl-flags: netdev_xsk_flags}
  netdev_a_io_uring_provider_info:
    1: {id: netdev_a_io_uring_provider_info_rx_buf_len, -nl-type: u32}
  netdev_a_page_pool:
    1: {id: netdev_a_page_pool_id, -nl-type: uint}
    2: {id: netdev_a_page_pool_ifindex, -nl-type: u32}
    3: {id: netdev_a_page_pool_napi_id, -nl-type: uint}
    4: {id: netdev_a_page_pool_inflight, -nl-type: uint, doc: pages handed out and not returned}
    5: {id: netdev_a_page_pool_inflight_mem, -nl-type: uint, doc: bytes of those pages}
    6: {id: netdev_a_page_pool_detach_time, -nl-type: uint, doc: "seconds (CLOCK_BOOTTIME) when the pool's device went away"}
    7: {id: netdev_a_page_pool_dmabuf, -nl-type: u32}
    8: {id: netdev_a_page_pool_io_uring, -nl-type: nest, -nl-nest: netdev_a_io_uring_provider_info}
  netdev_a_page_pool_stats:
    1: {id: netdev_a_page_pool_stats_info, -nl-type: nest, -nl-nest: netdev_a_page_pool, doc: "the pool (id, ifindex)"}
    8: {id: netdev_a_page_pool_stats_alloc_fast, -nl-type: uint}
    9: {id: netdev_a_page_pool_stats_alloc_slow, -nl-type: uint}
    10: {id: netdev_a_page_pool_stats_alloc_slow_high_order, -nl-type: uint}
    11: {id: netdev_a_page_pool_stats_alloc_empty, -nl-type: uint}
    12: {id: netdev_a_page_pool_stats_alloc_refill, -nl-type: uint}
    13: {id: netdev_a_page_pool_stats_alloc_waive, -nl-type: uint}
    14: {id: netdev_a_page_pool_stats_recycle_cached, -nl-type: uint}
    15: {id: netdev_a_page_pool_stats_recycle_cache_full, -nl-type: uint}
    16: {id: netdev_a_page_pool_stats_recycle_ring, -nl-type: uint}
    17: {id: netdev_a_page_pool_stats_recycle_ring_full, -nl-type: uint}
    18: {id: netdev_a_page_pool_stats_recycle_released_refcnt, -nl-type: uint}
  netdev_a_napi:
    1: {id: netdev_a_napi_ifindex, -nl-type: u32}
    2: {id: netdev_a_napi_id, -nl-type: u32}
    3: {id: netdev_a_napi_irq, -nl-type: u32}
    4: {id: netdev_a_napi_pid, -nl-type: u32, doc: "the NAPI thread's pid, when threaded"}
    5: {id: netdev_a_napi_defer_hard_irqs, -nl-type: u32}
    6: {id: netdev_a_napi_gro_flush_timeout, -nl-type: uint, doc: nanoseconds}
    7: {id: netdev_a_napi_irq_suspend_timeout, -nl-type: uint, doc: nanoseconds}
    8: {id: netdev_a_napi_threaded, -nl-type: u32, -nl-enum: netdev_napi_threaded}
  netdev_a_queue:
    1: {id: netdev_a_queue_id, -nl-type: u32}
    2: {id: netdev_a_queue_ifindex, -nl-type: u32}
    3: {id: netdev_a_queue_type, -nl-type: u32, -nl-enum: netdev_queue_type}
    4: {id: netdev_a_queue_napi_id, -nl-type: u32}
    5: {id: netdev_a_queue_dmabuf, -nl-type: u32}
    6: {id: netdev_a_queue_io_uring, -nl-type: nest, -nl-nest: netdev_a_io_uring_provider_info}
    7: {id: netdev_a_queue_xsk, -nl-type: nest, doc: "present when an AF_XDP socket is bound to the queue; its set (NETDEV_A_XSK_INFO_*) has no members yet"}
    8: {id: netdev_a_queue_lease, -nl-type: nest, -nl-nest: netdev_a_lease}
  netdev_a_lease:
    1: {id: netdev_a_lease_ifindex, -nl-type: u32}
    2: {id: netdev_a_lease_queue, -nl-type: nest, -nl-nest: netdev_a_queue, doc: "the leased queue (id, type)"}
    3: {id: netdev_a_lease_netns_id, -nl-type: s32}
  netdev_a_qstats:
    1: {id: netdev_a_qstats_ifindex, -nl-type: u32}
    2: {id: netdev_a_qstats_queue_type, -nl-type: u32, -nl-enum: netdev_queue_type}
    3: {id: netdev_a_qstats_queue_id, -nl-type: u32}
    4: {id: netdev_a_qstats_scope, -nl-type: uint, -nl-flags: netdev_qstats_scope}
    8: {id: netdev_a_qstats_rx_packets, -nl-type: uint}
    9: {id: netdev_a_qstats_rx_bytes, -nl-type: uint}
    10: {id: netdev_a_qstats_tx_packets, -nl-type: uint}
    11: {id: netdev_a_qstats_tx_bytes, -nl-type: uint}
    12: {id: netdev_a_qstats_rx_alloc_fail, -nl-type: uint}
    13: {id: netdev_a_qstats_rx_hw_drops, -nl-type: uint}
    14: {id: netdev_a_qstats_rx_hw_drop_overruns, -nl-type: uint}
    15: {id: netdev_a_qstats_rx_csum_complete, -nl-type: uint}
    16: {id: netdev_a_qstats_rx_csum_unnecessary, -nl-type: uint}
    17: {id: netdev_a_qstats_rx_csum_none, -nl-type: uint}
    18: {id: netdev_a_qstats_rx_csum_bad, -nl-type: uint}
    19: {id: netdev_a_qstats_rx_hw_gro_packets, -nl-type: uint}
    20: {id: netdev_a_qstats_rx_hw_gro_bytes, -nl-type: uint}
    21: {id: netdev_a_qstats_rx_hw_gro_wire_packets, -nl-type: uint}
    22: {id: netdev_a_qstats_rx_hw_gro_wire_bytes, -nl-type: uint}
    23: {id: netdev_a_qstats_rx_hw_drop_ratelimits, -nl-type: uint}
    24: {id: netdev_a_qstats_tx_hw_drops, -nl-type: uint}
    25: {id: netdev_a_qstats_tx_hw_drop_errors, -nl-type: uint}
    26: {id: netdev_a_qstats_tx_csum_none, -nl-type: uint}
    27: {id: netdev_a_qstats_tx_needs_csum, -nl-type: uint}
    28: {id: netdev_a_qstats_tx_hw_gso_packets, -nl-type: uint}
    29: {id: netdev_a_qstats_tx_hw_gso_bytes, -nl-type: uint}
    30: {id: netdev_a_qstats_tx_hw_gso_wire_packets, -nl-type: uint}
    31: {id: netdev_a_qstats_tx_hw_gso_wire_bytes, -nl-type: uint}
    32: {id: netdev_a_qstats_tx_hw_drop_ratelimits, -nl-type: uint}
    33: {id: netdev_a_qstats_tx_stop, -nl-type: uint}
    34: {id: netdev_a_qstats_tx_wake, -nl-type: uint}
  netdev_a_dmabuf:
    1: {id: netdev_a_dmabuf_ifindex, -nl-type: u32}
    2: {id: netdev_a_dmabuf_queues, -nl-type: nest, -nl-nest: netdev_a_queue, doc: "one per queue bound (id, type)"}
    3: {id: netdev_a_dmabuf_fd, -nl-type: u32}
    4: {id: netdev_a_dmabuf_id, -nl-type: u32}
  netdev_xdp_act:
    # bits; NETDEV_XDP_ACT_MASK (127, "private" in the header) is all of them and no bit of its own
    0x1: netdev_xdp_act_basic
    0x2: netdev_xdp_act_redirect
    0x4: netdev_xdp_act_ndo_xmit
    0x8: netdev_xdp_act_xsk_zerocopy
    0x10: netdev_xdp_act_hw_offload
    0x20: netdev_xdp_act_rx_sg
    0x40: netdev_xdp_act_ndo_xmit_sg
  netdev_xdp_rx_metadata:
    0x1: netdev_xdp_rx_metadata_timestamp
    0x2: netdev_xdp_rx_metadata_hash
    0x4: netdev_xdp_rx_metadata_vlan_tag
  netdev_xsk_flags:
    0x1: netdev_xsk_flags_tx_timestamp
    0x2: netdev_xsk_flags_tx_checksum
    0x4: netdev_xsk_flags_tx_launch_time_fifo
  netdev_queue_type:
    0: netdev_queue_type_rx
    1: netdev_queue_type_tx
  netdev_qstats_scope:
    0x1: netdev_qstats_scope_queue
  netdev_napi_threaded:
    0: netdev_napi_threaded_disabled
    1: netdev_napi_threaded_enabled
    2: netdev_napi_threaded_busy_poll
