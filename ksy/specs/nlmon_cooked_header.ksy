meta:
  id: nlmon_cooked_header
  title: Cooked header of a LINKTYPE_NETLINK frame (what nlmon puts before each netlink packet)
  license: MIT
  endian: be
  xref:
    linktype: 253
doc: |
  Every frame captured on a Linux nlmon interface (pcap link type 253, LINKTYPE_NETLINK)
  starts with this 16-byte header, always big-endian whatever the capturing host. It has the
  layout of the Linux "cooked" (SLL) header. The netlink messages that follow are in the
  capturing host's byte order (see netlink_message.ksy).

  Facts seen on real nlmon captures: packet_type is always 4 (PACKET_OUTGOING), whatever the
  direction of the message, so direction must be inferred from the messages themselves; the
  address is empty; the sender's port id is not recorded anywhere.
doc-ref: /usr/include/linux/if_packet.h, /usr/include/linux/if_arp.h, /usr/include/linux/netlink.h
seq:
  - id: packet_type_raw
    type: u2
    doc: PACKET_* value (if_packet.h); nlmon writes PACKET_OUTGOING for every frame.
  - id: arphrd_type
    type: u2
    doc: ARPHRD_NETLINK (824, if_arp.h) on nlmon.
  - id: address_length
    type: u2
  - id: address
    size: 8
    doc: Link-layer address, unused for netlink (address_length is 0).
  - id: protocol_raw
    type: u2
    doc: Netlink protocol number of the socket the message went through (NETLINK_*).
instances:
  packet_type:
    value: packet_type_raw
    enum: packet_type
  protocol:
    value: protocol_raw
    enum: netlink_protocol
enums:
  packet_type:
    0: packet_host
    1: packet_broadcast
    2: packet_multicast
    3: packet_otherhost
    4: packet_outgoing
    5: packet_loopback
    6: packet_user
    7: packet_kernel
  netlink_protocol:
    # /usr/include/linux/netlink.h; 17 is left free there ("room for NETLINK_DM"),
    # 23..31 are unassigned and used by out-of-tree modules.
    # -nl-types names the enum (spec.enum) of the protocol's message types, whose entries
    # carry -nl-kind and -nl-fixed-header; -nl-fixed-header here is the fixed header that
    # starts every message of the protocol (before its attributes) when the types have none.
    0: {id: netlink_route, -nl-types: rtnetlink_message.rtm_type}
    1: netlink_unused
    2: netlink_usersock
    3: netlink_firewall
    4: {id: netlink_sock_diag, -nl-types: sock_diag_message.sock_diag_type}
    5: netlink_nflog
    6: {id: netlink_xfrm, -nl-types: xfrm_message.xfrm_msg_type}
    7: {id: netlink_selinux, -nl-types: selinux_message.selnl_msg_type}
    8: netlink_iscsi
    9: {id: netlink_audit, -nl-types: audit_message.audit_msg_type}
    10: netlink_fib_lookup
    11: netlink_connector
    12: {id: netlink_netfilter, -nl-fixed-header: netfilter_message.nfgenmsg}
    13: netlink_ip6_fw
    14: netlink_dnrtmsg
    15: netlink_kobject_uevent
    16: {id: netlink_generic, -nl-types: genetlink_message.genl_id, -nl-fixed-header: genetlink_message}
    18: netlink_scsitransport
    19: netlink_ecryptfs
    20: netlink_rdma
    21: {id: netlink_crypto, -nl-types: crypto_message.crypto_msg_type}
    22: netlink_smc
