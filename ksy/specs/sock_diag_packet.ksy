meta:
  id: sock_diag_packet
  title: "sock_diag for AF_PACKET: packet_diag_req, packet_diag_msg, PACKET_DIAG_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Packet sockets (ss -0). pdiag_num is the socket's protocol (ETH_P_*) in host order.
  PACKET_DIAG_* start at 0.
doc-ref: /usr/include/linux/packet_diag.h
params:
  - id: is_le
    type: bool
types:
  packet_diag_req:
    doc: struct packet_diag_req
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1}
      - {id: pad, type: u2}
      - {id: pdiag_ino, type: u4}
      - {id: pdiag_show, type: u4, -nl-flags: packet_show}
      - {id: pdiag_cookie, size: 8}
  packet_diag_msg:
    doc: struct packet_diag_msg
    seq:
      - {id: pdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: pdiag_type, type: u1, -nl-enum: sock_diag_message.socket_type}
      - {id: pdiag_num, type: u2}
      - {id: pdiag_ino, type: u4}
      - {id: pdiag_cookie, size: 8}
  packet_diag_info:
    doc: struct packet_diag_info
    seq:
      - {id: pdi_index, type: u4}
      - {id: pdi_version, type: u4}
      - {id: pdi_reserve, type: u4}
      - {id: pdi_copy_thresh, type: u4}
      - {id: pdi_tstamp, type: u4}
      - {id: pdi_flags, type: u4, -nl-flags: pdi_flag}
  packet_diag_ring:
    doc: struct packet_diag_ring
    seq:
      - {id: pdr_block_size, type: u4}
      - {id: pdr_block_nr, type: u4}
      - {id: pdr_frame_size, type: u4}
      - {id: pdr_frame_nr, type: u4}
      - {id: pdr_retire_tmo, type: u4}
      - {id: pdr_sizeof_priv, type: u4}
      - {id: pdr_features, type: u4}
enums:
  packet_show:
    0x1: packet_show_info
    0x2: packet_show_mclist
    0x4: packet_show_ring_cfg
    0x8: packet_show_fanout
    0x10: packet_show_meminfo
    0x20: packet_show_filter
  pdi_flag:
    0x1: pdi_running
    0x2: pdi_auxdata
    0x4: pdi_origdev
    0x8: pdi_vnethdr
    0x10: pdi_loss
  packet_diag_attr:
    0: {id: packet_diag_info, -nl-type: struct, -nl-struct: packet_diag_info}
    1: {id: packet_diag_mclist, -nl-type: binary}
    2: {id: packet_diag_rx_ring, -nl-type: struct, -nl-struct: packet_diag_ring}
    3: {id: packet_diag_tx_ring, -nl-type: struct, -nl-struct: packet_diag_ring}
    4: {id: packet_diag_fanout, -nl-type: u32}
    5: {id: packet_diag_uid, -nl-type: u32}
    6: {id: packet_diag_meminfo, -nl-type: struct, -nl-struct: sock_diag_message.sk_meminfo}
    7: {id: packet_diag_filter, -nl-type: binary}
