meta:
  id: netfilter_queue
  title: "nfnetlink_queue (NFNL_SUBSYS_QUEUE): NFQNL_MSG_* and NFQA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Packets queued to user space (nft ... queue num N, iptables -j NFQUEUE, libnetfilter_queue
  programs such as suricata or nfqws): the kernel sends NFQNL_MSG_PACKET, the program answers
  with NFQNL_MSG_VERDICT (or NFQNL_MSG_VERDICT_BATCH: one verdict for every packet up to id),
  and binds to a queue and sets its copy mode with NFQNL_MSG_CONFIG. nfgenmsg's res_id is the
  queue number. Every integer value is big-endian (htonl/htons in the kernel), in the
  attributes as in the structs. NFQA_CT and NFQA_EXP hold ctnetlink's CTA_* and CTA_EXPECT_*
  attributes. The hook of the packet header is named with the NF_INET_* hooks (IPv4, IPv6,
  inet); the bridge and ARP families number their hooks differently.
doc-ref: /usr/include/linux/netfilter/nfnetlink_queue.h, /usr/include/linux/netfilter.h, /usr/include/linux/netfilter/nf_conntrack_common.h
params:
  - id: is_le
    type: bool
types:
  nfqnl_msg_packet_hdr:
    doc: struct nfqnl_msg_packet_hdr (NFQA_PACKET_HDR), packed
    seq:
      - {id: packet_id, type: u4be}
      - {id: hw_protocol, type: u2be, -nl-enum: netfilter_log.eth_p}
      - {id: hook, type: u1, -nl-enum: netfilter_nftables.nf_inet_hooks}
  nfqnl_msg_packet_hw:
    doc: struct nfqnl_msg_packet_hw (NFQA_HWADDR); hw_addrlen bytes of hw_addr are the address
    seq:
      - {id: hw_addrlen, type: u2be}
      - {id: pad, type: u2}
      - {id: hw_addr, size: 8, -nl-type: lladdr}
  nfqnl_msg_packet_timestamp:
    doc: struct nfqnl_msg_packet_timestamp (NFQA_TIMESTAMP)
    seq:
      - {id: sec, type: u8be}
      - {id: usec, type: u8be}
  nfqnl_msg_verdict_hdr:
    doc: |
      struct nfqnl_msg_verdict_hdr (NFQA_VERDICT_HDR); verdict is NF_* in the low 16 bits (an
      NF_QUEUE verdict carries the next queue number in the high 16 bits)
    seq:
      - {id: verdict, type: u4be, -nl-enum: netfilter_nftables.nf_verdict}
      - {id: id, type: u4be}
  nfqnl_msg_config_cmd:
    doc: struct nfqnl_msg_config_cmd (NFQA_CFG_CMD)
    seq:
      - {id: command, type: u1, -nl-enum: nfqnl_msg_config_cmds}
      - {id: pad, type: u1}
      - {id: pf, type: u2be, -nl-enum: linux_common.address_family}
  nfqnl_msg_config_params:
    doc: struct nfqnl_msg_config_params (NFQA_CFG_PARAMS), packed
    seq:
      - {id: copy_range, type: u4be}
      - {id: copy_mode, type: u1, -nl-enum: nfqnl_config_mode}
enums:
  nfqnl_msg_types:
    0: {id: nfqnl_msg_packet, -nl-kind: other, -nl-attrs: nfqnl_attr_type}
    1: {id: nfqnl_msg_verdict, -nl-kind: other, -nl-attrs: nfqnl_attr_type}
    2: {id: nfqnl_msg_config, -nl-kind: other, -nl-attrs: nfqnl_attr_config}
    3: {id: nfqnl_msg_verdict_batch, -nl-kind: other, -nl-attrs: nfqnl_attr_type}
  nfqnl_attr_type:
    0: {id: nfqa_unspec, -nl-type: binary}
    1: {id: nfqa_packet_hdr, -nl-type: struct, -nl-struct: nfqnl_msg_packet_hdr}
    2: {id: nfqa_verdict_hdr, -nl-type: struct, -nl-struct: nfqnl_msg_verdict_hdr}
    3: {id: nfqa_mark, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfqa_timestamp, -nl-type: struct, -nl-struct: nfqnl_msg_packet_timestamp}
    5: {id: nfqa_ifindex_indev, -nl-type: u32, -nl-byte-order: big}
    6: {id: nfqa_ifindex_outdev, -nl-type: u32, -nl-byte-order: big}
    7: {id: nfqa_ifindex_physindev, -nl-type: u32, -nl-byte-order: big}
    8: {id: nfqa_ifindex_physoutdev, -nl-type: u32, -nl-byte-order: big}
    9: {id: nfqa_hwaddr, -nl-type: struct, -nl-struct: nfqnl_msg_packet_hw}
    10: {id: nfqa_payload, -nl-type: binary}
    11: {id: nfqa_ct, -nl-type: nest, -nl-nest: netfilter_ctnetlink.cta_attr}
    12: {id: nfqa_ct_info, -nl-type: u32, -nl-byte-order: big, -nl-enum: netfilter_log.ip_conntrack_info}
    13: {id: nfqa_cap_len, -nl-type: u32, -nl-byte-order: big}
    14: {id: nfqa_skb_info, -nl-type: u32, -nl-byte-order: big, -nl-flags: nfqa_skb}
    15: {id: nfqa_exp, -nl-type: nest, -nl-nest: netfilter_ctnetlink.cta_expect_attr}
    16: {id: nfqa_uid, -nl-type: u32, -nl-byte-order: big}
    17: {id: nfqa_gid, -nl-type: u32, -nl-byte-order: big}
    18: {id: nfqa_secctx, -nl-type: string}
    19: {id: nfqa_vlan, -nl-type: nest, -nl-nest: nfqnl_vlan_attr}
    20: {id: nfqa_l2hdr, -nl-type: binary}
    21: {id: nfqa_priority, -nl-type: u32, -nl-byte-order: big}
    22: {id: nfqa_cgroup_classid, -nl-type: u32, -nl-byte-order: big, doc: "the packet's net_cls cgroup classid (7.2), big-endian as NFQA_PRIORITY"}
  nfqnl_vlan_attr:
    0: {id: nfqa_vlan_unspec, -nl-type: binary}
    1: {id: nfqa_vlan_proto, -nl-type: u16, -nl-byte-order: big, -nl-enum: netfilter_log.eth_p}
    2: {id: nfqa_vlan_tci, -nl-type: u16, -nl-byte-order: big}
  nfqnl_attr_config:
    0: {id: nfqa_cfg_unspec, -nl-type: binary}
    1: {id: nfqa_cfg_cmd, -nl-type: struct, -nl-struct: nfqnl_msg_config_cmd}
    2: {id: nfqa_cfg_params, -nl-type: struct, -nl-struct: nfqnl_msg_config_params}
    3: {id: nfqa_cfg_queue_maxlen, -nl-type: u32, -nl-byte-order: big}
    4: {id: nfqa_cfg_mask, -nl-type: u32, -nl-byte-order: big, -nl-flags: nfqa_cfg_f}
    5: {id: nfqa_cfg_flags, -nl-type: u32, -nl-byte-order: big, -nl-flags: nfqa_cfg_f}
  nfqnl_msg_config_cmds:
    0: nfqnl_cfg_cmd_none
    1: nfqnl_cfg_cmd_bind
    2: nfqnl_cfg_cmd_unbind
    3: nfqnl_cfg_cmd_pf_bind
    4: nfqnl_cfg_cmd_pf_unbind
  nfqnl_config_mode:
    0: nfqnl_copy_none
    1: nfqnl_copy_meta
    2: nfqnl_copy_packet
  nfqa_cfg_f:
    0x1: nfqa_cfg_f_fail_open
    0x2: nfqa_cfg_f_conntrack
    0x4: nfqa_cfg_f_gso
    0x8: nfqa_cfg_f_uid_gid
    0x10: nfqa_cfg_f_secctx
  nfqa_skb:
    0x1: nfqa_skb_csumnotready
    0x2: nfqa_skb_gso
    0x4: nfqa_skb_csum_notverified
