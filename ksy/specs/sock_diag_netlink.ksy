meta:
  id: sock_diag_netlink
  title: "sock_diag for AF_NETLINK: netlink_diag_req, netlink_diag_msg, NETLINK_DIAG_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Netlink sockets (ss -A netlink). ndiag_state is the socket's sk_state: real 6.1 captures
  show TCP_CLOSE (7) for unconnected sockets (ss prints UNCONN), so the TCP state names are
  used. NETLINK_DIAG_* start at 0.
doc-ref: /usr/include/linux/netlink_diag.h
params:
  - id: is_le
    type: bool
types:
  netlink_diag_req:
    doc: struct netlink_diag_req
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1, -nl-enum: nlmon_cooked_header.netlink_protocol}
      - {id: pad, type: u2}
      - {id: ndiag_ino, type: u4}
      - {id: ndiag_show, type: u4, -nl-flags: ndiag_show}
      - {id: ndiag_cookie, size: 8}
  netlink_diag_msg:
    doc: struct netlink_diag_msg
    seq:
      - {id: ndiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: ndiag_type, type: u1, -nl-enum: sock_diag_message.socket_type}
      - {id: ndiag_protocol, type: u1, -nl-enum: nlmon_cooked_header.netlink_protocol}
      - {id: ndiag_state, type: u1, -nl-enum: sock_diag_inet.tcp_state}
      - {id: ndiag_portid, type: u4}
      - {id: ndiag_dst_portid, type: u4}
      - {id: ndiag_dst_group, type: u4}
      - {id: ndiag_ino, type: u4}
      - {id: ndiag_cookie, size: 8}
  netlink_diag_ring:
    doc: struct netlink_diag_ring
    seq:
      - {id: ndr_block_size, type: u4}
      - {id: ndr_block_nr, type: u4}
      - {id: ndr_frame_size, type: u4}
      - {id: ndr_frame_nr, type: u4}
enums:
  ndiag_show:
    0x1: ndiag_show_meminfo
    0x2: ndiag_show_groups
    0x4: ndiag_show_ring_cfg
    0x8: ndiag_show_flags
  ndiag_flag:
    0x1: ndiag_flag_cb_running
    0x2: ndiag_flag_pktinfo
    0x4: ndiag_flag_broadcast_error
    0x8: ndiag_flag_no_enobufs
    0x10: ndiag_flag_listen_all_nsid
    0x20: ndiag_flag_cap_ack
  netlink_diag_attr:
    0: {id: netlink_diag_meminfo, -nl-type: struct, -nl-struct: sock_diag_message.sk_meminfo}
    1: {id: netlink_diag_groups, -nl-type: binary}
    2: {id: netlink_diag_rx_ring, -nl-type: struct, -nl-struct: netlink_diag_ring}
    3: {id: netlink_diag_tx_ring, -nl-type: struct, -nl-struct: netlink_diag_ring}
    4: {id: netlink_diag_flags, -nl-type: u32, -nl-flags: ndiag_flag}
