meta:
  id: sock_diag_message
  title: NETLINK_SOCK_DIAG message types and the per-family tables
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Socket monitoring (ss). Every request and reply of SOCK_DIAG_BY_FAMILY starts with the
  address family (the first byte of struct sock_diag_req and of every *_diag_msg). Requests
  (NLM_F_REQUEST set) hold the family's request struct (inet_diag_req_v2, unix_diag_req,
  netlink_diag_req, packet_diag_req), replies the family's *_diag_msg; attributes follow.
  The enum sock_diag_family says, per family, which struct and attribute set that is
  (-nl-request, -nl-request-attrs, -nl-reply, -nl-attrs; -nl-tcp-attrs: the reply set when
  the socket is TCP, where INET_DIAG_INFO holds struct tcp_info, as told by the u8 attribute
  -nl-protocol-attr (INET_DIAG_PROTOCOL, an IPPROTO_* number); without that attribute a
  reply is taken as TCP when it has INET_DIAG_CONG, which only TCP sockets report).
doc-ref: /usr/include/linux/sock_diag.h, /usr/include/linux/vm_sockets_diag.h, /usr/include/linux/xdp_diag.h
params:
  - id: is_le
    type: bool
types:
  sock_diag_req:
    doc: struct sock_diag_req, the start of every request
    seq:
      - id: sdiag_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: sdiag_protocol
        type: u1
  sk_meminfo:
    doc: |
      The u32 array indexed by SK_MEMINFO_* (sock_diag.h), SK_MEMINFO_VARS entries long:
      INET_DIAG_SKMEMINFO, UNIX_DIAG_MEMINFO, NETLINK_DIAG_MEMINFO, PACKET_DIAG_MEMINFO.
    seq:
      - {id: sk_meminfo_rmem_alloc, type: u4}
      - {id: sk_meminfo_rcvbuf, type: u4}
      - {id: sk_meminfo_wmem_alloc, type: u4}
      - {id: sk_meminfo_sndbuf, type: u4}
      - {id: sk_meminfo_fwd_alloc, type: u4}
      - {id: sk_meminfo_wmem_queued, type: u4}
      - {id: sk_meminfo_optmem, type: u4}
      - {id: sk_meminfo_backlog, type: u4}
      - {id: sk_meminfo_drops, type: u4}
  vsock_diag_req:
    doc: struct vsock_diag_req (vm_sockets_diag.h)
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1}
      - {id: pad, type: u2}
      - {id: vdiag_states, type: u4, -nl-flags: sock_diag_inet.tcp_state_bits}
      - {id: vdiag_ino, type: u4}
      - {id: vdiag_show, type: u4}
      - {id: vdiag_cookie, size: 8}
  vsock_diag_msg:
    doc: struct vsock_diag_msg (vm_sockets_diag.h)
    seq:
      - {id: vdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: vdiag_type, type: u1, -nl-enum: socket_type}
      - {id: vdiag_state, type: u1, -nl-enum: sock_diag_inet.tcp_state}
      - {id: vdiag_shutdown, type: u1}
      - {id: vdiag_src_cid, type: u4}
      - {id: vdiag_src_port, type: u4}
      - {id: vdiag_dst_cid, type: u4}
      - {id: vdiag_dst_port, type: u4}
      - {id: vdiag_ino, type: u4}
      - {id: vdiag_cookie, size: 8}
  xdp_diag_req:
    doc: struct xdp_diag_req (xdp_diag.h)
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1}
      - {id: pad, type: u2}
      - {id: xdiag_ino, type: u4}
      - {id: xdiag_show, type: u4, -nl-flags: xdp_show}
      - {id: xdiag_cookie, size: 8}
  xdp_diag_msg:
    doc: struct xdp_diag_msg (xdp_diag.h)
    seq:
      - {id: xdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: xdiag_type, type: u1, -nl-enum: socket_type}
      - {id: pad, type: u2}
      - {id: xdiag_ino, type: u4}
      - {id: xdiag_cookie, size: 8}
  xdp_diag_info:
    seq:
      - {id: ifindex, type: u4}
      - {id: queue_id, type: u4}
  xdp_diag_umem:
    seq:
      - {id: size, type: u8}
      - {id: id, type: u4}
      - {id: num_pages, type: u4}
      - {id: chunk_size, type: u4}
      - {id: headroom, type: u4}
      - {id: ifindex, type: u4}
      - {id: queue_id, type: u4}
      - {id: flags, type: u4}
      - {id: refs, type: u4}
  xdp_diag_stats:
    seq:
      - {id: n_rx_dropped, type: u8}
      - {id: n_rx_invalid, type: u8}
      - {id: n_rx_full, type: u8}
      - {id: n_fill_ring_empty, type: u8}
      - {id: n_tx_invalid, type: u8}
      - {id: n_tx_ring_empty, type: u8}
enums:
  xdp_show:
    0x1: xdp_show_info
    0x2: xdp_show_ring_cfg
    0x4: xdp_show_umem
    0x8: xdp_show_meminfo
    0x10: xdp_show_stats
  xdp_diag_attr:
    0: {id: xdp_diag_none, -nl-type: binary}
    1: {id: xdp_diag_info, -nl-type: struct, -nl-struct: xdp_diag_info}
    2: {id: xdp_diag_uid, -nl-type: u32}
    3: {id: xdp_diag_rx_ring, -nl-type: u32}
    4: {id: xdp_diag_tx_ring, -nl-type: u32}
    5: {id: xdp_diag_umem, -nl-type: struct, -nl-struct: xdp_diag_umem}
    6: {id: xdp_diag_umem_fill_ring, -nl-type: u32}
    7: {id: xdp_diag_umem_completion_ring, -nl-type: u32}
    8: {id: xdp_diag_meminfo, -nl-type: struct, -nl-struct: sk_meminfo}
    9: {id: xdp_diag_stats, -nl-type: struct, -nl-struct: xdp_diag_stats}
  sock_diag_type:
    # 18/19 (TCPDIAG_GETSOCK, DCCPDIAG_GETSOCK, inet_diag.h): the old interface, whose
    # requests hold struct inet_diag_req (-nl-legacy: the family's -nl-legacy-request);
    # replies are inet_diag_msg as for SOCK_DIAG_BY_FAMILY. ss still asks DCCP this way.
    18: {id: tcpdiag_getsock, -nl-kind: get, -nl-legacy: true}
    19: {id: dccpdiag_getsock, -nl-kind: get, -nl-legacy: true}
    20: {id: sock_diag_by_family, -nl-kind: get}
    21: {id: sock_destroy, -nl-kind: delete}
  sock_diag_family:
    1: {id: af_unix, -nl-request: sock_diag_unix.unix_diag_req, -nl-reply: sock_diag_unix.unix_diag_msg, -nl-attrs: sock_diag_unix.unix_diag_attr}
    2: {id: af_inet, -nl-request: sock_diag_inet.inet_diag_req_v2_v4, -nl-legacy-request: sock_diag_inet.inet_diag_req_v4, -nl-request-attrs: sock_diag_inet.inet_diag_req_attr, -nl-reply: sock_diag_inet.inet_diag_msg_v4, -nl-attrs: sock_diag_inet.inet_diag_attr, -nl-tcp-attrs: sock_diag_inet.inet_diag_tcp_attr, -nl-protocol-attr: inet_diag_protocol}
    10: {id: af_inet6, -nl-request: sock_diag_inet.inet_diag_req_v2_v6, -nl-legacy-request: sock_diag_inet.inet_diag_req_v6, -nl-request-attrs: sock_diag_inet.inet_diag_req_attr, -nl-reply: sock_diag_inet.inet_diag_msg_v6, -nl-attrs: sock_diag_inet.inet_diag_attr, -nl-tcp-attrs: sock_diag_inet.inet_diag_tcp_attr, -nl-protocol-attr: inet_diag_protocol}
    16: {id: af_netlink, -nl-request: sock_diag_netlink.netlink_diag_req, -nl-reply: sock_diag_netlink.netlink_diag_msg, -nl-attrs: sock_diag_netlink.netlink_diag_attr}
    40: {id: af_vsock, -nl-request: vsock_diag_req, -nl-reply: vsock_diag_msg}
    44: {id: af_xdp, -nl-request: xdp_diag_req, -nl-reply: xdp_diag_msg, -nl-attrs: xdp_diag_attr}
    17: {id: af_packet, -nl-request: sock_diag_packet.packet_diag_req, -nl-reply: sock_diag_packet.packet_diag_msg, -nl-attrs: sock_diag_packet.packet_diag_attr}
  socket_type:
    # enum sock_type: not UAPI in the kernel; glibc mirrors the values in
    # /usr/include/x86_64-linux-gnu/bits/socket_type.h
    1: sock_stream
    2: sock_dgram
    3: sock_raw
    4: sock_rdm
    5: sock_seqpacket
    6: sock_dccp
    10: sock_packet
