meta:
  id: netfilter_log
  title: "nfnetlink_log (NFNL_SUBSYS_ULOG): NFULNL_MSG_* and NFULA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Packet logging to user space (nft ... log group N, iptables -j NFLOG, ulogd2): the kernel
  sends NFULNL_MSG_PACKET to the listeners of a group; a listener binds to a group and sets its
  copy mode with NFULNL_MSG_CONFIG. nfgenmsg's res_id is the group number. Every integer
  value is big-endian (the kernel writes them with htonl/htons and reads them with ntohl/ntohs),
  in the attributes as in the structs. NFULA_CT holds CTA_* attributes of the packet's conntrack
  entry (with NFULNL_CFG_F_CONNTRACK).
doc-ref: /usr/include/linux/netfilter/nfnetlink_log.h, /usr/include/linux/netfilter/nf_conntrack_common.h, /usr/include/linux/if_ether.h
params:
  - id: is_le
    type: bool
types:
  nfulnl_msg_packet_hdr:
    doc: struct nfulnl_msg_packet_hdr (NFULA_PACKET_HDR)
    seq:
      - {id: hw_protocol, type: u2be, -nl-enum: eth_p}
      - {id: hook, type: u1, -nl-enum: netfilter_nftables.nf_inet_hooks}
      - {id: pad, type: u1}
  nfulnl_msg_packet_hw:
    doc: struct nfulnl_msg_packet_hw (NFULA_HWADDR); hw_addrlen bytes of hw_addr are the address
    seq:
      - {id: hw_addrlen, type: u2be}
      - {id: pad, type: u2}
      - {id: hw_addr, size: 8, -nl-type: lladdr}
  nfulnl_msg_packet_timestamp:
    doc: struct nfulnl_msg_packet_timestamp (NFULA_TIMESTAMP)
    seq:
      - {id: sec, type: u8be}
      - {id: usec, type: u8be}
  nfulnl_msg_config_cmd:
    doc: struct nfulnl_msg_config_cmd (NFULA_CFG_CMD)
    seq:
      - {id: command, type: u1, -nl-enum: nfulnl_msg_config_cmds}
  nfulnl_msg_config_mode:
    doc: struct nfulnl_msg_config_mode (NFULA_CFG_MODE), packed
    seq:
      - {id: copy_range, type: u4be}
      - {id: copy_mode, type: u1, -nl-enum: nfulnl_copy}
      - {id: pad, type: u1}
enums:
  nfulnl_msg_types:
    0: {id: nfulnl_msg_packet, -nl-kind: other, -nl-attrs: nfulnl_attr_type}
    1: {id: nfulnl_msg_config, -nl-kind: other, -nl-attrs: nfulnl_attr_config}
  nfulnl_attr_type:
    0: {id: nfula_unspec, -nl-type: binary}
    1: {id: nfula_packet_hdr, -nl-type: struct, -nl-struct: nfulnl_msg_packet_hdr}
    2: {id: nfula_mark, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfula_timestamp, -nl-type: struct, -nl-struct: nfulnl_msg_packet_timestamp}
    4: {id: nfula_ifindex_indev, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfula_ifindex_outdev, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfula_ifindex_physindev, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfula_ifindex_physoutdev, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfula_hwaddr, -nl-type: struct, -nl-struct: nfulnl_msg_packet_hw}
    9: {id: nfula_payload, -nl-type: binary}
    10: {id: nfula_prefix, -nl-type: string}
    11: {id: nfula_uid, -nl-type: u32, -nl-byte-order: big}
    12: {id: nfula_seq, -nl-type: u32, -nl-byte-order: big}
    13: {id: nfula_seq_global, -nl-type: u32, -nl-byte-order: big}
    14: {id: nfula_gid, -nl-type: u32, -nl-byte-order: big}
    15: {id: nfula_hwtype, -nl-type: u16, -nl-byte-order: big}
    16: {id: nfula_hwheader, -nl-type: binary}
    17: {id: nfula_hwlen, -nl-type: u16, -nl-byte-order: big}
    18: {id: nfula_ct, -nl-type: nest, -nl-nest: netfilter_ctnetlink.cta_attr}
    19: {id: nfula_ct_info, -nl-type: u32, -nl-byte-order: big, -nl-enum: ip_conntrack_info}
    20: {id: nfula_vlan, -nl-type: nest, -nl-nest: nfulnl_vlan_attr}
    21: {id: nfula_l2hdr, -nl-type: binary}
  nfulnl_vlan_attr:
    0: {id: nfula_vlan_unspec, -nl-type: binary}
    1: {id: nfula_vlan_proto, -nl-type: u16, -nl-byte-order: big, -nl-enum: eth_p}
    2: {id: nfula_vlan_tci, -nl-type: u16, -nl-byte-order: big}
  nfulnl_attr_config:
    0: {id: nfula_cfg_unspec, -nl-type: binary}
    1: {id: nfula_cfg_cmd, -nl-type: struct, -nl-struct: nfulnl_msg_config_cmd}
    2: {id: nfula_cfg_mode, -nl-type: struct, -nl-struct: nfulnl_msg_config_mode}
    3: {id: nfula_cfg_nlbufsiz, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfula_cfg_timeout, -nl-type: u32, -nl-byte-order: big}
    5: {id: nfula_cfg_qthresh, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfula_cfg_flags, -nl-type: u16, -nl-byte-order: big, -nl-flags: nfulnl_cfg_f}
  nfulnl_msg_config_cmds:
    0: nfulnl_cfg_cmd_none
    1: nfulnl_cfg_cmd_bind
    2: nfulnl_cfg_cmd_unbind
    3: nfulnl_cfg_cmd_pf_bind
    4: nfulnl_cfg_cmd_pf_unbind
  nfulnl_copy:
    0x00: nfulnl_copy_none
    0x01: nfulnl_copy_meta
    0x02: nfulnl_copy_packet
  nfulnl_cfg_f:
    0x0001: nfulnl_cfg_f_seq
    0x0002: nfulnl_cfg_f_seq_global
    0x0004: nfulnl_cfg_f_conntrack
  ip_conntrack_info:
    # enum ip_conntrack_info (nf_conntrack_common.h), NFULA_CT_INFO and NFQA_CT_INFO
    0: ip_ct_established
    1: ip_ct_related
    2: ip_ct_new
    3: ip_ct_established_reply
    4: ip_ct_related_reply
    5: ip_ct_new_reply
  eth_p:
    # the link-layer protocols (ETH_P_*, linux/if_ether.h) a hook sees most; others show as numbers
    0x0800: eth_p_ip
    0x0806: eth_p_arp
    0x8100: eth_p_8021q
    0x86dd: eth_p_ipv6
    0x88a8: eth_p_8021ad
